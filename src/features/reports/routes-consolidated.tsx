import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from '../../platform/http/errors.tsx';
import { sendPage } from '../../platform/http/render.tsx';
import { consolidatedApiRoutes } from './routes-consolidated-api.ts';
import { consolidatedPdf } from './consolidated-pdf.ts';
import { consolidatedXlsx, XLSX_TYPE } from './consolidated-xlsx.ts';
import { ReportsIndexPage } from './pages/consolidated/index.tsx';
import { PeriodPage } from './pages/consolidated/period.tsx';
import { YearPage } from './pages/consolidated/year.tsx';
import {
  consolidatedYear,
  parsePeriod,
  parseYear,
  periodReport,
  reportYears,
  type YearReport,
} from './service-consolidated.ts';

// The consolidated reports, public: the list of years, a year's report with its spreadsheet and
// PDF, and the report over two or three years (/en/reports/2024-2026) that the joint evaluation
// starts from. A year without a cycle is a 404; a period that is not two or three years in a row
// is a 400 that shows the years there are.

const open = { config: { permission: 'public' as const } };

export async function consolidatedRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps;

  /** The year's report, or the 404 already sent. */
  async function yearFor(request: FastifyRequest, reply: FastifyReply): Promise<YearReport | FastifyReply> {
    const year = parseYear((request.params as { year: string }).year);
    const report = year === null ? null : await consolidatedYear(db, year, request.lang);
    return report ?? sendError(request, reply, 404, 'notFound');
  }
  const sent = (r: YearReport | FastifyReply): r is FastifyReply => !('cycle' in r);
  const download = (reply: FastifyReply, filename: string) => {
    reply.header('content-disposition', `attachment; filename="${filename}"`);
    reply.header('cache-control', 'public, max-age=300');
  };

  app.get('/:lang/reports', open, async (request, reply) =>
    sendPage(request, reply, <ReportsIndexPage years={await reportYears(db)} />),
  );

  app.get('/:lang/reports/:year.xlsx', open, async (request, reply) => {
    const report = await yearFor(request, reply);
    if (sent(report)) return report;
    download(reply, `consolidated-report-${report.cycle.year}.xlsx`);
    return reply.type(XLSX_TYPE).send(await consolidatedXlsx(report, request.lang));
  });

  app.get('/:lang/reports/:year.pdf', open, async (request, reply) => {
    const report = await yearFor(request, reply);
    if (sent(report)) return report;
    const pdf = await consolidatedPdf(report, request.lang);
    download(reply, pdf.filename);
    return reply.type('application/pdf').send(pdf.data);
  });

  app.get('/:lang/reports/:from-:to', open, async (request, reply) => {
    const { from, to } = request.params as { from: string; to: string };
    const period = parsePeriod(from, to);
    if (!period.ok && period.reason === 'notFound') return sendError(request, reply, 404, 'notFound');
    if (!period.ok) return sendPage(request, reply, <ReportsIndexPage years={await reportYears(db)} badPeriod />, 400);
    const report = await periodReport(db, period.from, period.to, request.lang);
    if (!report) return sendError(request, reply, 404, 'notFound');
    return sendPage(request, reply, <PeriodPage report={report} />);
  });

  app.get('/:lang/reports/:year', open, async (request, reply) => {
    const report = await yearFor(request, reply);
    if (sent(report)) return report;
    const apiHref = `/api/v1/consolidated-reports/${report.cycle.year}?lang=${request.lang}`;
    return sendPage(request, reply, <YearPage report={report} apiHref={apiHref} />);
  });

  await consolidatedApiRoutes(app);
}
