import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { handleForm } from '../../platform/http/forms.ts';
import { sendPage } from '../../platform/http/render.tsx';
import { sendError } from '../../platform/http/errors.tsx';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import { LANGS, type Lang } from '../../platform/i18n/i18n.ts';
import { evaluationResult } from './service-result.ts';
import { charterDraft, publishDraft } from './service-publish.ts';
import { ResultPage } from './pages/result/view.tsx';
import { draftValues, PublishPage } from './pages/publish/view.tsx';
import { bodyField, publishSchema } from './pages/publish/schema.ts';
import { resultRecord, resultResponseSchema } from './opendata.ts';

// The vote's public result, its open data, and the secretariat's draft of the next charter
// version with its publication.

export async function resultRoutes(app: FastifyInstance): Promise<void> {
  const deps = app.deps;
  const secretariat = { config: { permission: 'secretariat' as const } };

  app.get('/:lang/evaluation/result', { config: { permission: 'public' } }, async (request, reply) =>
    sendPage(request, reply, <ResultPage result={await evaluationResult(deps.db)} />),
  );

  async function publishPage(form?: FormState) {
    const answer = await charterDraft(deps.db);
    const shown = form ?? (answer.kind === 'ready' ? emptyForm(draftValues(answer.draft)) : emptyForm());
    return <PublishPage answer={answer} form={shown} />;
  }

  app.get('/:lang/secretariat/evaluation/charter', secretariat, async (request, reply) =>
    sendPage(request, reply, await publishPage()),
  );

  app.post('/:lang/secretariat/evaluation/charter', secretariat, async (request, reply) =>
    handleForm(request, reply, {
      schema: publishSchema,
      page: (form) => publishPage(form),
      run: (data) => {
        const fields = data as Record<string, string>;
        const texts = Object.fromEntries(LANGS.map((l) => [l, fields[bodyField(l)]!])) as Record<Lang, string>;
        return publishDraft(deps, request.principal!, texts);
      },
      done: () => ({ to: `/${request.lang}/secretariat/evaluation/charter`, flash: 'evaluation.draft.flash.published' }),
      failed: (failure) => (failure.error === 'notFound' ? sendError(request, reply, 404, 'notFound') : undefined),
    }),
  );

  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/v1/evaluation/result',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['evaluation'],
        summary: "The joint evaluation's proposals and, from the result day, the vote's counts and outcomes",
        response: { 200: resultResponseSchema },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=60');
      reply.header('access-control-allow-origin', '*');
      return resultRecord(await evaluationResult(deps.db));
    },
  );
}

/** The secretariat overview's link to the draft, for the manifest's `secretariatLinks`. */
export const DRAFT_SECRETARIAT_LINK = { path: '/secretariat/evaluation/charter', label: 'evaluation.draft.link', order: 16 };
