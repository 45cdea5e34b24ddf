import type { FastifyInstance } from 'fastify';
import { sendError } from '../../platform/http/errors.tsx';
import { sendPage } from '../../platform/http/render.tsx';
import { publicOrganisationBySlug } from '../organisations/service-directory.ts';
import { commitmentTitles, readReport } from './read.ts';
import { reportPdf } from './pdf.ts';
import { PublicReportPage } from './pages/report/preview.tsx';

// A signatory's submitted report for everyone, on its profile: the same view as the preview,
// and its PDF at the same address ending in ".pdf". A draft, a report kept private (an
// organisation in its first year may keep its first one so), or no report at all is a 404 alike, so a
// private report's existence is not given away.

export async function readRoutes(app: FastifyInstance): Promise<void> {
  const deps = app.deps;

  app.get('/:lang/signatories/:slug/reports/:year', { config: { permission: 'public' } }, async (request, reply) => {
    const { slug, year: asked } = request.params as { slug: string; year: string };
    const match = /^(\d{4})(\.pdf)?$/.exec(asked);
    if (!match || !/^[a-z0-9-]{1,120}$/.test(slug)) return sendError(request, reply, 404, 'notFound');
    const org = await publicOrganisationBySlug(deps.db, slug);
    const report = org ? await readReport(deps.db, org.id, Number(match[1])) : null;
    if (!org || !report || report.status !== 'submitted' || report.private)
      return sendError(request, reply, 404, 'notFound');
    const titles = await commitmentTitles(deps.db, org.charter_version, request.lang);
    if (match[2]) {
      const pdf = await reportPdf({ orgName: org.legal_name, report, titles }, request.lang);
      reply.header('content-disposition', `attachment; filename="${slug}-${pdf.filename}"`);
      return reply.type('application/pdf').send(pdf.data);
    }
    return sendPage(
      request,
      reply,
      <PublicReportPage slug={slug} orgName={org.legal_name} report={report} titles={titles} />,
    );
  });
}
