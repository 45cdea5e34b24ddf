import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sendError } from '../../platform/http/errors.tsx';
import { handleForm } from '../../platform/http/forms.ts';
import { sendPage } from '../../platform/http/render.tsx';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import { organisationRefs } from '../organisations/service-registration.ts';
import { belgianToday } from './clock.ts';
import { OverviewPage } from './pages/overview/view.tsx';
import { GroupsPage } from './pages/setup/groups.tsx';
import { setupSchema, valuesOf } from './pages/setup/schema.ts';
import { SetupPage } from './pages/setup/view.tsx';
import { assignSchema, groupSchema } from './pages/proposals/schema.ts';
import { consultationSummary, evaluatedCommitments } from './service-consultation.ts';
import { assignGroup, createGroup, groupsPage } from './service-groups.ts';
import { currentEvaluation, saveEvaluation } from './service-setup.ts';

// The evaluation's public overview, and the secretariat's settings and groups. Changing the
// settings sets the rules of a vote on the charter's text, so, as for the secretariat's other
// decisions, it asks for the second factor again when it was proven long ago.

/** The reader's organisations that are signatories (one query for all of them). */
export async function signatoriesOf(app: FastifyInstance, request: FastifyRequest) {
  const mine = request.principal?.memberships ?? [];
  const refs = await organisationRefs(
    app.deps.db,
    mine.map((m) => m.orgId),
  );
  return mine.filter((m) => refs.get(m.orgId)?.status === 'signatory').map((m) => ({ orgId: m.orgId, orgName: m.orgName }));
}

export async function setupRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps;
  const secretariat = { config: { permission: 'secretariat' as const } };
  const changing = { config: { ...secretariat.config, recentSecondFactor: true } };

  app.get('/:lang/evaluation', { config: { permission: 'public' } }, async (request, reply) => {
    const current = await currentEvaluation(db);
    const [summary, commitments, organisations] = await Promise.all([
      current ? consultationSummary(db, current) : null,
      current ? evaluatedCommitments(db, current.evaluation.charter_version, request.lang) : [],
      signatoriesOf(app, request),
    ]);
    const titles = new Map(commitments.map((c) => [c.number, c.shortTitle]));
    return sendPage(
      request,
      reply,
      <OverviewPage current={current} summary={summary} titles={titles} organisations={organisations} />,
    );
  });

  const setupPage = async (form?: FormState) => {
    const current = await currentEvaluation(db);
    const running = current && current.phase !== 'result' ? current.evaluation : null;
    const shown = form ?? emptyForm(running ? valuesOf(running) : { quorum: 'half', majority: 'twoThirds' });
    return <SetupPage current={current} form={shown} today={belgianToday()} />;
  };

  app.get('/:lang/secretariat/evaluation', secretariat, async (request, reply) =>
    sendPage(request, reply, await setupPage()),
  );

  app.post('/:lang/secretariat/evaluation', changing, async (request, reply) =>
    handleForm(request, reply, {
      schema: setupSchema,
      page: (form) => setupPage(form),
      run: (settings) => saveEvaluation(db, request.principal!.userId, settings),
      done: ({ created }) => ({
        to: `/${request.lang}/secretariat/evaluation`,
        flash: created ? 'evaluation.setup.created' : 'evaluation.setup.saved',
      }),
      // No charter in force: nothing to evaluate (it is loaded on start, so only a broken database).
      failed: (failure) => (failure.error === 'noCharter' ? sendError(request, reply, 409, 'badRequest') : undefined),
    }),
  );

  const groups = async (request: FastifyRequest, form: FormState) => {
    const after = (request.query as { after?: unknown }).after;
    return <GroupsPage list={await groupsPage(db, request.lang, after)} form={form} paged={after !== undefined} />;
  };

  app.get('/:lang/secretariat/evaluation/groups', secretariat, async (request, reply) =>
    sendPage(request, reply, await groups(request, emptyForm())),
  );

  app.post('/:lang/secretariat/evaluation/groups', secretariat, async (request, reply) =>
    handleForm(request, reply, {
      schema: groupSchema,
      page: (form) => groups(request, form),
      run: ({ title }) => createGroup(db, request.principal!.userId, title),
      done: () => ({ to: `/${request.lang}/secretariat/evaluation/groups`, flash: 'evaluation.groups.created' }),
      failed: async (failure, form) =>
        failure.error === 'closed' ? sendPage(request, reply, await groups(request, form), 409) : undefined,
    }),
  );

  app.post('/:lang/secretariat/evaluation/proposals/:proposalId/group', secretariat, async (request, reply) => {
    const { proposalId } = request.params as { proposalId: string };
    return handleForm(request, reply, {
      schema: assignSchema(proposalId),
      page: (form) => groups(request, form),
      run: (groupId) => assignGroup(db, request.principal!.userId, proposalId, groupId),
      done: () => ({ to: `/${request.lang}/secretariat/evaluation/groups`, flash: 'evaluation.groups.moved' }),
      failed: async (failure, form) =>
        failure.error === 'notFound'
          ? sendError(request, reply, 404, 'notFound')
          : failure.error === 'closed'
            ? sendPage(request, reply, await groups(request, form), 409)
            : undefined,
    });
  });
}
