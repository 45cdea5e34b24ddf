import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { sendError } from '../../platform/http/errors.tsx';
import { handleForm } from '../../platform/http/forms.ts';
import { choice, optionalText } from '../../platform/http/fields.ts';
import { sendPage } from '../../platform/http/render.tsx';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import { orgRequest, refuse } from '../organisations/context.ts';
import { ORGANISATIONS_CONTENT, organisationRefs } from '../organisations/service-registration.ts';
import { ACTIONS_CONTENT } from './content.ts';
import type { VNode } from 'preact';
import type { ActionDeps, Reason } from './outcome.ts';
import { milestoneRoutes } from './routes-milestones.tsx';
import { partnerRoutes } from './routes-partners.tsx';
import { indicatorRoutes } from './routes-indicators.tsx';
import { apiRoutes } from './routes-api.ts';
import { moderationRoutes } from './routes-moderation.tsx';
import { parseListQuery } from './query.ts';
import { ActionListPage } from './pages/list/view.tsx';
import { ActionPage, type PageForms } from './pages/action/view.tsx';
import { detailsSchema, obstacleRefs, proposeSchema, toInput } from './pages/propose/schema.ts';
import { DetailsPage } from './pages/propose/view.tsx';
import { changeStatus, editAction, proposeAction, proposers, REASON_MAX } from './service-propose.ts';
import { actionPage, listPage } from './service-public.ts';
import { STATUSES } from './vocabulary.ts';

// The actions' pages: the public list and an action's page; proposing (a member of a
// signatory, in its organisation's space); editing and the status (the lead's and partners'
// members: `signed-in`, the services check who they are).

type Params = { actionSlug: string };

// Named apart from the milestone form's `status` on the same page: one id per field on a page.
const statusSchema = z.object({ actionStatus: choice(STATUSES), stopReason: optionalText(REASON_MAX) });

export async function routes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps;
  const deps = (): ActionDeps => app.deps;
  const member = { config: { permission: 'org-member' as const } };
  const signedIn = { config: { permission: 'signed-in' as const } };
  const slugOf = (request: FastifyRequest) => (request.params as Params).actionSlug;
  const pageOf = (request: FastifyRequest, slug = slugOf(request)) =>
    `/${request.lang}/actions/${encodeURIComponent(slug)}`;

  // The list is served to anonymous readers from the page cache (ADR 0022): it shows actions and
  // their lead organisations' names.
  const cachedFrom = [ACTIONS_CONTENT, ORGANISATIONS_CONTENT];
  app.get('/:lang/actions', { config: { permission: 'public', cachedFrom } }, async (request, reply) => {
    const { filter, after } = parseListQuery(request.query);
    const [page, may] = await Promise.all([
      listPage(db, filter, after),
      proposers(db, request.principal?.memberships ?? []),
    ]);
    return sendPage(
      request,
      reply,
      <ActionListPage filter={filter} page={page} paged={after !== null} proposers={may} />,
    );
  });

  /** The action's page, with a form shown again; 404 when the reader may not see it. */
  async function actionView(request: FastifyRequest, forms: PageForms = {}) {
    const view = await actionPage(db, slugOf(request), request.principal);
    return view ? <ActionPage {...view} forms={forms} /> : null;
  }

  app.get('/:lang/actions/:actionSlug', { config: { permission: 'public' } }, async (request, reply) => {
    const page = await actionView(request);
    return page ? sendPage(request, reply, page) : sendError(request, reply, 404, 'notFound');
  });

  const proposePage = (request: FastifyRequest, form: FormState) => {
    const { orgId, orgName } = orgRequest(request);
    return <DetailsPage orgId={orgId} orgName={orgName} form={form} />;
  };

  app.get('/:lang/organisations/:orgId/actions/new', member, async (request, reply) => {
    const { orgId } = orgRequest(request);
    if ((await organisationRefs(db, [orgId])).get(orgId)?.status !== 'signatory')
      return refuse(request, reply, 'forbidden');
    // "Propose an action against this obstacle" links here with ?obstacle=slug.
    const q = (request.query ?? {}) as Record<string, unknown>;
    const obstacle = typeof q.obstacle === 'string' ? q.obstacle.slice(0, 200) : '';
    return sendPage(request, reply, proposePage(request, emptyForm({ lang: request.lang, obstacles: obstacle })));
  });

  app.post('/:lang/organisations/:orgId/actions/new', member, async (request, reply) =>
    handleForm(request, reply, {
      schema: proposeSchema,
      page: (form) => proposePage(request, form),
      run: (data) =>
        proposeAction(deps(), request.principal!.userId, orgRequest(request).orgId, {
          ...toInput(data),
          obstacleRefs: obstacleRefs(data.obstacles),
        }),
      done: ({ slug }) => ({ to: pageOf(request, slug), flash: 'actions.propose.flash' }),
      failed: (failure) =>
        failure.error === 'notFound' || failure.error === 'forbidden'
          ? refuse(request, reply, failure.error)
          : undefined,
    }),
  );

  const editPage = async (request: FastifyRequest, form: FormState | null) => {
    const view = await actionPage(db, slugOf(request), request.principal);
    if (!view || !view.actingOrg) return null;
    const orgName = request.principal?.memberships.find((m) => m.orgId === view.actingOrg)?.orgName ?? '';
    const a = view.action;
    const values = {
      lang: a.lang,
      title: a.title,
      goal: a.goal,
      description: a.description,
      startsOn: a.starts_on,
      endsOn: a.ends_on ?? '',
      needs: view.item.needs,
    };
    return <DetailsPage slug={a.slug} orgName={orgName} form={form ?? emptyForm(values)} />;
  };

  /** How a change's refusal is answered: another page, or the form again (409 on a conflict). */
  const answer =
    (request: FastifyRequest, reply: FastifyReply, page: (form: FormState) => Promise<VNode>) =>
    async (failure: { error: Reason }, form: FormState) =>
      failure.error === 'notFound' || failure.error === 'forbidden'
        ? refuse(request, reply, failure.error)
        : failure.error === 'conflict'
          ? sendPage(request, reply, await page(form), 409)
          : undefined;

  /** 404 when the reader may not see the action, 403 when they may not change it; else null. */
  async function refused(request: FastifyRequest, reply: FastifyReply) {
    const view = await actionPage(db, slugOf(request), request.principal);
    if (!view) return sendError(request, reply, 404, 'notFound');
    return view.actingOrg ? null : refuse(request, reply, 'forbidden');
  }

  app.get(
    '/:lang/actions/:actionSlug/edit',
    signedIn,
    async (request, reply) =>
      (await refused(request, reply)) ?? sendPage(request, reply, (await editPage(request, null))!),
  );

  app.post(
    '/:lang/actions/:actionSlug/edit',
    signedIn,
    async (request, reply) =>
      (await refused(request, reply)) ??
      handleForm(request, reply, {
        schema: detailsSchema,
        page: async (form) => (await editPage(request, form))!,
        run: (data) => editAction(deps(), request.principal!.userId, slugOf(request), toInput(data)),
        done: ({ slug }) => ({ to: pageOf(request, slug), flash: 'actions.edit.flash' }),
        failed: (failure) =>
          failure.error === 'notFound' || failure.error === 'forbidden'
            ? refuse(request, reply, failure.error)
            : undefined,
      }),
  );

  app.post('/:lang/actions/:actionSlug/status', signedIn, async (request, reply) => {
    const no = await refused(request, reply);
    if (no) return no;
    const page = async (form: FormState) => (await actionView(request, { status: form }))!;
    return handleForm(request, reply, {
      schema: statusSchema,
      page,
      run: (data) =>
        changeStatus(deps(), request.principal!.userId, slugOf(request), {
          status: data.actionStatus,
          reason: data.stopReason ?? null,
        }),
      done: ({ slug }) => ({ to: pageOf(request, slug), flash: 'actions.status.flash' }),
      failed: answer(request, reply, page),
    });
  });

  await milestoneRoutes(app, { actionView, refused, answer });
  await partnerRoutes(app, { actionView, refused, answer });
  await indicatorRoutes(app, { actionView, refused, answer });
  await moderationRoutes(app, { actionView, refused, answer });
  await apiRoutes(app);
}
