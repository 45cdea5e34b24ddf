import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { sendError } from '../../platform/http/errors.tsx';
import { handleForm, NO_FIELDS } from '../../platform/http/forms.ts';
import { sendPage } from '../../platform/http/render.tsx';
import { translator } from '../../platform/i18n/i18n.ts';
import { resultsCsv } from './csv.ts';
import { ResultsPage } from './pages/results/view.tsx';
import { resultsPdf } from './pdf.ts';
import { runResults, togglePublicLine, toggleSharing, type ResultsDetail, type RunResults } from './service-results.ts';

// A run's results, what to do next, the peer benchmark, the PDF and CSV, and the two switches
// (share with the secretariat, the public line). The reading routes are open to anyone signed
// in: the service decides (members of the organisation, the secretariat while the run is
// shared) and answers 404 to everyone else, so a run's existence is not given away.

type RunParams = { orgId: string; runId: string };
const signedIn = { config: { permission: 'signed-in' as const } };
const orgAdmin = { config: { permission: 'org-admin' as const } };

const publicSchema = z.object({
  runId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .optional()
    .catch(undefined),
});

export async function resultsRoutes(app: FastifyInstance): Promise<void> {
  /** The results, or the reply already sent (a draft's redirect, a 404). */
  async function resultsFor(
    request: FastifyRequest,
    reply: FastifyReply,
    detail: ResultsDetail = 'full',
  ): Promise<RunResults | FastifyReply> {
    const { orgId, runId } = request.params as RunParams;
    const answer = await runResults(app.deps.db, request.principal, orgId, runId, request.lang, detail);
    if (answer.kind === 'draft')
      return reply.redirect(`/${request.lang}/organisations/${orgId}/assessment/runs/${runId}/check`, 303);
    if (answer.kind === 'notFound') return sendError(request, reply, 404, 'notFound');
    return answer.results;
  }
  const sent = (r: RunResults | FastifyReply): r is FastifyReply => !('cells' in r);

  app.get('/:lang/organisations/:orgId/assessment/runs/:runId', signedIn, async (request, reply) => {
    const results = await resultsFor(request, reply);
    if (sent(results)) return results;
    return sendPage(request, reply, <ResultsPage results={results} />);
  });

  app.get('/:lang/organisations/:orgId/assessment/runs/:runId/results.pdf', signedIn, async (request, reply) => {
    const results = await resultsFor(request, reply);
    if (sent(results)) return results;
    const pdf = await resultsPdf(results, request.lang);
    reply.header('content-disposition', `attachment; filename="${pdf.filename}"`);
    reply.header('cache-control', 'private, no-store');
    return reply.type('application/pdf').send(pdf.data);
  });

  app.get('/:lang/organisations/:orgId/assessment/runs/:runId/results.csv', signedIn, async (request, reply) => {
    const results = await resultsFor(request, reply, 'levels');
    if (sent(results)) return results;
    reply.header(
      'content-disposition',
      `attachment; filename="self-assessment-${results.submittedAt.slice(0, 10)}.csv"`,
    );
    reply.header('cache-control', 'private, no-store');
    return reply.type('text/csv; charset=utf-8').send(resultsCsv(results, translator(request.lang)));
  });

  app.post('/:lang/organisations/:orgId/assessment/runs/:runId/share', orgAdmin, async (request, reply) => {
    const { orgId, runId } = request.params as RunParams;
    return handleForm(request, reply, {
      schema: NO_FIELDS,
      run: () => toggleSharing(app.deps.db, request.principal!.userId, orgId, runId),
      done: ({ shared }) => ({
        to: `/${request.lang}/organisations/${orgId}/assessment/runs/${runId}`,
        flash: shared ? 'assessment.share.shared' : 'assessment.share.stopped',
      }),
      failed: () => sendError(request, reply, 404, 'notFound'),
    });
  });

  app.post('/:lang/organisations/:orgId/assessment/public', orgAdmin, async (request, reply) => {
    const { orgId } = request.params as { orgId: string };
    let runId: string | undefined;
    return handleForm(request, reply, {
      schema: publicSchema,
      run: (data) => {
        runId = data.runId;
        return togglePublicLine(app.deps.db, request.principal!.userId, orgId);
      },
      done: ({ shown }) => {
        const back = `/${request.lang}/organisations/${orgId}/assessment${runId ? `/runs/${runId}` : ''}`;
        return { to: back, flash: shown ? 'assessment.share.public.nowShown' : 'assessment.share.public.nowHidden' };
      },
      failed: () => sendError(request, reply, 404, 'notFound'),
    });
  });
}
