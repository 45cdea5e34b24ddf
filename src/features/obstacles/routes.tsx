import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { sendError } from '../../platform/http/errors.tsx';
import { handleForm } from '../../platform/http/forms.ts';
import { optionalText } from '../../platform/http/fields.ts';
import { redirectWithFlash, sendPage } from '../../platform/http/render.tsx';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import { orgRequest, refuse } from '../organisations/context.ts';
import { ORGANISATIONS_CONTENT, organisationRefs } from '../organisations/service-registration.ts';
import { OBSTACLES_CONTENT } from './derived.ts';
import type { ObstacleDeps } from './outcome.ts';
import { parseListQuery } from './query.ts';
import { ObstacleListPage } from './pages/list/view.tsx';
import { ObstaclePage } from './pages/obstacle/view.tsx';
import { reportSchema, toInput } from './pages/report/schema.ts';
import { ReportPage } from './pages/report/view.tsx';
import { ENDORSEMENT_EVIDENCE_MAX, endorseObstacle, reportObstacle, withdrawEndorsement } from './service-report.ts';
import { figures, listPage, obstaclePage } from './service-public.ts';
import { moderationRoutes } from './routes-moderation.tsx';
import { apiRoutes } from './routes-api.ts';
import { editRoutes } from './routes-edit.tsx';

// The register's pages: the public list and an obstacle's page, the report form (a member of a
// signatory, in its organisation's space) and "we see this too" (`org-member` of the
// organisation in the URL; the services check again that it is a signatory).

type Params = { obstacleSlug: string; orgId: string };

export async function routes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps;
  const deps = (): ObstacleDeps => app.deps;
  const member = { config: { permission: 'org-member' as const } };

  // Anonymous readers get the list from the page cache (ADR 0022): it shows obstacles and the
  // names of the organisations that reported them.
  const cachedFrom = [OBSTACLES_CONTENT, ORGANISATIONS_CONTENT];
  app.get('/:lang/obstacles', { config: { permission: 'public', cachedFrom } }, async (request, reply) => {
    const { filter, after } = parseListQuery(request.query);
    const mine = (request.principal?.memberships ?? []).map((m) => m.orgId);
    const [page, counts, refs] = await Promise.all([
      listPage(db, filter, after),
      figures(db),
      organisationRefs(db, mine),
    ]);
    // "Report an obstacle" for each of the reader's organisations that may: the signatories.
    const reporters = (request.principal?.memberships ?? []).filter((m) => refs.get(m.orgId)?.status === 'signatory');
    return sendPage(
      request,
      reply,
      <ObstacleListPage filter={filter} page={page} paged={after !== null} figures={counts} reporters={reporters} />,
    );
  });

  /** The page's data for this reader; a merged obstacle's address answers 301 to the kept one. */
  async function load(request: FastifyRequest) {
    return obstaclePage(db, (request.params as Params).obstacleSlug, request.principal);
  }
  const pageOf = (request: FastifyRequest) =>
    `/${request.lang}/obstacles/${encodeURIComponent((request.params as Params).obstacleSlug)}`;

  app.get('/:lang/obstacles/:obstacleSlug', { config: { permission: 'public' } }, async (request, reply) => {
    const view = await load(request);
    if (!view) return sendError(request, reply, 404, 'notFound');
    if (view.kind === 'redirect')
      return reply.redirect(`/${request.lang}/obstacles/${encodeURIComponent(view.slug)}`, 301);
    return sendPage(request, reply, <ObstaclePage {...view} />);
  });

  const reportPage = (request: FastifyRequest, form: FormState) => {
    const { orgId, orgName } = orgRequest(request);
    return <ReportPage orgId={orgId} orgName={orgName} form={form} />;
  };

  app.get('/:lang/organisations/:orgId/obstacles/new', member, async (request, reply) => {
    const { orgId } = orgRequest(request);
    // Only a signatory reports: an applicant's members are told no before they type anything.
    if ((await organisationRefs(db, [orgId])).get(orgId)?.status !== 'signatory')
      return refuse(request, reply, 'forbidden');
    return sendPage(request, reply, reportPage(request, emptyForm({ lang: request.lang })));
  });

  app.post('/:lang/organisations/:orgId/obstacles/new', member, async (request, reply) =>
    handleForm(request, reply, {
      schema: reportSchema,
      page: (form) => reportPage(request, form),
      run: (data) => reportObstacle(deps(), request.principal!.userId, orgRequest(request).orgId, toInput(data)),
      done: ({ slug }) => ({
        to: `/${request.lang}/obstacles/${encodeURIComponent(slug)}`,
        flash: 'obstacles.report.flash',
      }),
      failed: (failure) =>
        failure.error === 'notFound' || failure.error === 'forbidden'
          ? refuse(request, reply, failure.error)
          : undefined,
    }),
  );

  app.post('/:lang/obstacles/:obstacleSlug/endorsements/:orgId', member, async (request, reply) => {
    const { obstacleSlug: ref, orgId } = request.params as Params;
    const field = `evidence-${orgId}`;
    const schema = z.object({ [field]: optionalText(ENDORSEMENT_EVIDENCE_MAX) });
    const view = await load(request);
    if (!view || view.kind !== 'page') return sendError(request, reply, 404, 'notFound');
    const page = (state: FormState) => <ObstaclePage {...view} form={{ orgId, state }} />;
    return handleForm(request, reply, {
      schema,
      page,
      run: (data) =>
        endorseObstacle(deps(), request.principal!.userId, {
          ref,
          orgId,
          evidence: (data[field] as string | undefined)?.trim() || null,
        }),
      done: ({ slug }) => ({
        to: `/${request.lang}/obstacles/${encodeURIComponent(slug)}`,
        flash: 'obstacles.endorse.flash',
      }),
      failed: (failure, state) =>
        failure.error === 'notFound' || failure.error === 'forbidden'
          ? refuse(request, reply, failure.error)
          : sendPage(request, reply, page(state), 409),
    });
  });

  app.post('/:lang/obstacles/:obstacleSlug/endorsements/:orgId/withdraw', member, async (request, reply) => {
    const { obstacleSlug: ref, orgId } = request.params as Params;
    const outcome = await withdrawEndorsement(deps(), request.principal!.userId, { ref, orgId });
    if (!outcome.ok) return refuse(request, reply, outcome.error === 'forbidden' ? 'forbidden' : 'notFound');
    return redirectWithFlash(reply, pageOf(request), 'obstacles.endorse.withdrawn');
  });

  await editRoutes(app);
  await moderationRoutes(app);
  await apiRoutes(app);
}
