import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { sendPage } from '../../platform/http/render.tsx';
import { sendError } from '../../platform/http/errors.tsx';
import { handleForm, NO_FIELDS } from '../../platform/http/forms.ts';
import { emptyForm } from '../../platform/views/form.tsx';
import type { Lang } from '../../platform/i18n/i18n.ts';
import * as service from './service.ts';
import { STATUSES } from './repository.ts';
import type { ApplicationStatus } from './signing.table.ts';
import { SecretariatOverviewPage } from './pages/secretariat/overview.tsx';
import { QueuePage } from './pages/secretariat/queue.tsx';
import { ReviewPage, type DecisionForms } from './pages/secretariat/application.tsx';
import { infoSchema, rejectSchema } from './pages/secretariat/schema.ts';

type Params = { lang: Lang; applicationId: string };
const secretariat = { config: { permission: 'secretariat' as const } };
/** Decisions ask for the second factor again when it was proven more than 15 minutes ago. */
const deciding = { config: { permission: 'secretariat' as const, recentSecondFactor: true } };

/** The signed-in secretariat member, with the organisations they belong to (separation of duties). */
const reviewer = (request: FastifyRequest): service.Reviewer => ({
  userId: request.principal!.userId,
  memberOf: request.principal!.memberships.map((m) => m.orgId),
});

/** A refused decision's status by its reason; any other refusal is a conflict with the application's state. */
const DECISION_STATUS: Record<string, number> = { 'signing.error.notFound': 404, 'signing.error.ownInterest': 403 };

const reviewPage = (found: NonNullable<Awaited<ReturnType<typeof service.applicationForSecretariat>>>, forms: DecisionForms) => (
  <ReviewPage view={found.view} history={found.history} forms={forms} ownInterest={found.ownInterest} />
);

const noForms = (): DecisionForms => ({ approve: emptyForm(), reject: emptyForm(), info: emptyForm() });

export async function secretariatRoutes(app: FastifyInstance): Promise<void> {
  const deps = () => app.deps;

  app.get('/:lang/secretariat', secretariat, async (request, reply) => {
    const { counts, oldest } = await service.secretariatOverview(app.deps.db, reviewer(request));
    const links = await Promise.all(
      app.deps.registry.secretariatLinks.map(async (link) => ({
        ...link,
        waiting: link.count ? await link.count(app.deps.db) : null,
      })),
    );
    return sendPage(request, reply, <SecretariatOverviewPage counts={counts} oldest={oldest} links={links} />);
  });

  app.get('/:lang/secretariat/applications', secretariat, async (request, reply) => {
    const query = request.query as { status?: unknown; after?: unknown };
    const status: ApplicationStatus = STATUSES.includes(query.status as ApplicationStatus)
      ? (query.status as ApplicationStatus)
      : 'awaiting_review';
    const after = service.decodeCursor(query.after);
    const { counts, items, next } = await service.reviewQueue(app.deps.db, status, after, reviewer(request));
    return sendPage(
      request,
      reply,
      <QueuePage status={status} counts={counts} items={items} next={next} isFirstPage={after === null} />,
    );
  });

  const reviewOf = (request: FastifyRequest) =>
    service.applicationForSecretariat(app.deps.db, (request.params as Params).applicationId, reviewer(request));

  async function showReview(
    request: FastifyRequest,
    reply: FastifyReply,
    forms: DecisionForms = noForms(),
    status = 200,
  ) {
    const found = await reviewOf(request);
    if (!found) return sendError(request, reply, 404, 'notFound');
    return sendPage(request, reply, reviewPage(found, forms), status);
  }

  app.get('/:lang/secretariat/applications/:applicationId', secretariat, async (request, reply) =>
    showReview(request, reply),
  );

  const back = (request: FastifyRequest) =>
    `/${request.lang}/secretariat/applications/${encodeURIComponent((request.params as Params).applicationId)}`;

  /** One decision: check the form, let the service decide, then back to the application. */
  function decision<S extends z.ZodType>(
    path: string,
    form: keyof DecisionForms,
    schema: S | null,
    decide: (id: string, actor: string, data: z.output<S>) => Promise<service.Outcome<null>>,
    flash: string,
  ) {
    app.post(`/:lang/secretariat/applications/:applicationId/${path}`, deciding, async (request, reply) => {
      const { applicationId } = request.params as Params;
      const found = await reviewOf(request);
      if (!found) return sendError(request, reply, 404, 'notFound');
      return handleForm(request, reply, {
        schema: schema ?? NO_FIELDS,
        page: (typed) => reviewPage(found, { ...noForms(), [form]: typed }),
        run: (data) => decide(applicationId, request.principal!.userId, data as z.output<S>),
        done: () => ({ to: back(request), flash }),
        // Shown afresh: the usual refusal is another member's decision, made meanwhile.
        failed: (outcome, typed) =>
          showReview(request, reply, { ...noForms(), [form]: typed }, DECISION_STATUS[outcome.errors._form ?? ''] ?? 409),
      });
    });
  }

  decision(
    'approve',
    'approve',
    null,
    (id, actor) => service.approveApplication(deps(), id, actor),
    'signing.flash.approved',
  );
  decision(
    'reject',
    'reject',
    rejectSchema,
    (id, actor, data) => service.rejectApplication(deps(), id, actor, data.reason),
    'signing.flash.rejected',
  );
  decision(
    'request-info',
    'info',
    infoSchema,
    (id, actor, data) => service.requestInformation(deps(), id, actor, data.message),
    'signing.flash.infoRequested',
  );
}
