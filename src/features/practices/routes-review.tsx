import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendPage, redirectWithFlash } from '../../platform/http/render.tsx';
import { sendError } from '../../platform/http/errors.tsx';
import { formWithErrors, parseForm, translateErrors } from '../../platform/http/forms.ts';
import { emptyForm } from '../../platform/views/form.tsx';
import { isStoredName, readStored } from '../../platform/files/storage.ts';
import * as service from './service.ts';
import type { Outcome, PracticeDeps } from './outcome.ts';
import { returnSchema } from './pages/edit/schema.ts';
import { PracticeQueuePage } from './pages/queue/view.tsx';
import { PracticeReviewPage, type ReviewForms } from './pages/review/view.tsx';
import { PracticeLanguagesPage } from './pages/languages/view.tsx';
import { parseMissing, practicesMissing } from './service-languages.ts';

// The secretariat's side: the moderation queue, the review of one revision, and the published
// practices that lack a language. Decisions ask for the second factor again when it was proven
// more than 15 minutes ago, as signing's do. A revision the organisation is still drafting (never
// submitted) is not the secretariat's to read: its URL answers 404 like an unknown one.

type Params = { revisionId: string };
const secretariat = { config: { permission: 'secretariat' as const } };
const deciding = { config: { permission: 'secretariat' as const, recentSecondFactor: true } };

const noForms = (): ReviewForms => ({ publish: emptyForm(), return: emptyForm() });

export async function reviewRoutes(app: FastifyInstance): Promise<void> {
  const deps = (): PracticeDeps => app.deps;

  app.get('/:lang/secretariat/practices', secretariat, async (request, reply) => {
    const after = service.decodeCursor((request.query as { after?: unknown }).after);
    const queue = await service.reviewQueue(app.deps.db, after);
    return sendPage(request, reply, <PracticeQueuePage {...queue} isFirstPage={after === null} />);
  });

  app.get('/:lang/secretariat/practice-languages', secretariat, async (request, reply) => {
    const query = request.query as { missing?: unknown; after?: unknown };
    const missing = parseMissing(query.missing);
    const after = service.decodeCursor(query.after);
    const list = await practicesMissing(app.deps.db, request.lang, missing, after);
    return sendPage(request, reply, <PracticeLanguagesPage missing={missing} {...list} isFirstPage={after === null} />);
  });

  async function showReview(request: FastifyRequest, reply: FastifyReply, forms = noForms(), status = 200) {
    const view = await service.revisionForReview(app.deps.db, (request.params as Params).revisionId);
    if (!view) return sendError(request, reply, 404, 'notFound');
    return sendPage(request, reply, <PracticeReviewPage view={view} forms={forms} />, status);
  }

  app.get('/:lang/secretariat/practices/:revisionId', secretariat, async (request, reply) =>
    showReview(request, reply),
  );

  // A file of the revision under review, or of the practice's published one (the two the review
  // page shows): a file, not a page. Not a file only a draft holds.
  app.get('/:lang/secretariat/practices/:revisionId/files/:file', secretariat, async (request, reply) => {
    const { revisionId, file } = request.params as Params & { file: string };
    const attached = isStoredName(file) && (await service.isReviewableFile(app.deps.db, revisionId, file));
    const body = attached ? await readStored(app.deps.config.dataDir, 'attachments', file) : null;
    if (!body) return sendError(request, reply, 404, 'notFound');
    return service.sendFile(reply, file, body);
  });

  /** After a decision: back to the queue, or the review page again with why it was refused. */
  async function decided(
    request: FastifyRequest,
    reply: FastifyReply,
    form: keyof ReviewForms,
    outcome: Outcome<unknown>,
    flash: string,
    values: Record<string, string | string[] | undefined> = {},
  ) {
    if (outcome.ok) return redirectWithFlash(reply, `/${request.lang}/secretariat/practices`, flash);
    if (outcome.error === 'notFound') return sendError(request, reply, 404, 'notFound');
    if (outcome.error === 'forbidden') return sendError(request, reply, 403, 'forbidden');
    const state = formWithErrors(values, translateErrors(request.lang, outcome.errors));
    return showReview(request, reply, { ...noForms(), [form]: state }, outcome.error === 'conflict' ? 409 : 400);
  }

  app.post('/:lang/secretariat/practices/:revisionId/publish', deciding, async (request, reply) => {
    const outcome = await service.publishRevision(
      deps(),
      request.principal!.userId,
      (request.params as Params).revisionId,
    );
    return decided(request, reply, 'publish', outcome, 'practices.flash.published');
  });

  app.post('/:lang/secretariat/practices/:revisionId/return', deciding, async (request, reply) => {
    const parsed = parseForm(returnSchema, request.body, request.lang);
    if (!parsed.ok) return showReview(request, reply, { ...noForms(), return: parsed.form }, 400);
    const outcome = await service.returnRevision(
      deps(),
      request.principal!.userId,
      (request.params as Params).revisionId,
      parsed.data.comment,
    );
    return decided(request, reply, 'return', outcome, 'practices.flash.returned', parsed.values);
  });
}
