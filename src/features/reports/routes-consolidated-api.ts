import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { LANGS } from '../../platform/i18n/i18n.ts';
import { apiBadRequest, apiErrorSchema, refuseQuery } from '../../platform/http/api.ts';
import { consolidatedYear, reportYears, type GroupTotals, type Totals } from './service-consolidated.ts';

// The consolidated figures as open data: the years with a reporting cycle, and a year's totals
// (for everyone, by sector, by region), the same figures as /{lang}/reports/{year} and its
// spreadsheet. Read from the kept totals only, so as cheap as the page.

const count = z.number().int();

const figuresSchema = z.object({
  reports: count.describe('Reports submitted about the year'),
  people_trained: count,
  people_reached: count,
  training_hours: count,
  devices: count.describe('Devices provided or lent'),
  targets_due: count.describe("Signatories' own targets for the year"),
  targets_met: count.describe('Of those, the targets met'),
  commitments: z
    .array(count)
    .length(9)
    .describe('For commitments 1 to 9, in order: how many reports had something done under it'),
});

const groupSchema = figuresSchema.extend({
  code: z.string().describe("The sector's or region's code, as in /api/v1/signatories"),
});

const cycleSchema = z.object({
  opens_on: z.string().describe('First day of the reporting window (YYYY-MM-DD, Belgian time)'),
  due_on: z.string().describe('The deadline'),
  grace_until: z.string().describe('Last day of the grace period'),
  required: count.describe('Signatories that had to report'),
  reported: count,
  in_progress: count,
  not_started: count,
  late: count.describe('Past the deadline, not reported yet'),
  not_reporting: count.describe('Past the grace period, not reported'),
});

const yearSchema = z
  .object({
    year: count,
    cycle: cycleSchema,
    totals: figuresSchema,
    by_sector: z.array(groupSchema),
    by_region: z.array(groupSchema.describe('An organisation working in several regions counts in each')),
    commitment_titles: z.array(z.string()).length(9).describe("The commitments' short titles, in `lang`"),
    page_url: z.string(),
    xlsx_url: z.string(),
    pdf_url: z.string(),
  })
  .meta({ id: 'ConsolidatedReport' })
  .describe("A year's consolidated report");

const listSchema = z
  .object({
    items: z.array(
      z.object({ year: count, required: count, reported: count, late: count, not_reporting: count, url: z.string() }),
    ),
  })
  .describe('The years with a reporting cycle, newest first');

const langQuery = z.object({
  lang: z.enum(LANGS).optional().describe('Language of the titles and page links (default nl)'),
});

const figures = (t: Totals) => ({
  reports: t.reports,
  people_trained: t.figures.peopleTrained,
  people_reached: t.figures.peopleReached,
  training_hours: t.figures.trainingHours,
  devices: t.figures.devices,
  targets_due: t.targetsDue,
  targets_met: t.targetsMet,
  commitments: t.commitments,
});
const group = (g: GroupTotals) => ({ code: g.code, ...figures(g.totals) });

export async function consolidatedApiRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, config } = app.deps;
  const tags = ['reports'];
  const open = { permission: 'public' as const };

  api.get(
    '/api/v1/consolidated-reports',
    {
      config: open,
      schema: {
        tags,
        summary: 'The years with a consolidated report, and how many signatories reported',
        response: { 200: listSchema },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      reply.header('access-control-allow-origin', '*');
      const years = await reportYears(db);
      return {
        items: years.map((y) => ({
          year: y.year,
          required: y.required,
          reported: y.reported,
          late: y.late,
          not_reporting: y.notReporting,
          url: `${config.baseUrl}/api/v1/consolidated-reports/${y.year}`,
        })),
      };
    },
  );

  api.get(
    '/api/v1/consolidated-reports/:year',
    {
      config: open,
      attachValidation: true,
      schema: {
        tags,
        summary:
          "A year's consolidated report: who reported, the headline figures, the commitments, by sector and by region",
        params: z.object({ year: z.string().regex(/^\d{4}$/, 'a year of four digits') }),
        querystring: langQuery,
        response: {
          200: yearSchema,
          400: apiBadRequest,
          404: apiErrorSchema.describe('No reporting cycle for this year'),
        },
      },
    },
    async (request, reply) => {
      if (request.validationError) return refuseQuery(reply, request.validationError.message);
      reply.header('access-control-allow-origin', '*');
      const lang = request.query.lang ?? 'nl';
      const r = await consolidatedYear(db, Number(request.params.year), lang);
      if (!r) return reply.status(404).send({ error: 'notFound', statusCode: 404 });
      const c = r.cycle;
      const page = `${config.baseUrl}/${lang}/reports/${c.year}`;
      reply.header('cache-control', 'public, max-age=300');
      return {
        year: c.year,
        cycle: {
          opens_on: c.opensOn,
          due_on: c.dueOn,
          grace_until: c.graceUntil,
          required: c.required,
          reported: c.reported,
          in_progress: c.inProgress,
          not_started: c.notStarted,
          late: c.late,
          not_reporting: c.notReporting,
        },
        totals: figures(r.all),
        by_sector: r.bySector.map(group),
        by_region: r.byRegion.map(group),
        commitment_titles: r.commitments.map((m) => m.title),
        page_url: page,
        xlsx_url: `${page}.xlsx`,
        pdf_url: `${page}.pdf`,
      };
    },
  );
}
