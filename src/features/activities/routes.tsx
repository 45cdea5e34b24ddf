import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from '../../platform/http/errors.tsx';
import { handleForm, NO_FIELDS } from '../../platform/http/forms.ts';
import { sendPage } from '../../platform/http/render.tsx';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import { orgRequest, refuse } from '../organisations/context.ts';
import { organisationRefs } from '../organisations/service-registration.ts';
import { brusselsYear } from '../organisations/service-directory.ts';
import { ActivityLogPage } from './pages/list/view.tsx';
import { ActivityFormPage } from './pages/edit/view.tsx';
import { activitySchema, toInput, valuesOf } from './pages/edit/schema.ts';
import { DeletePage } from './pages/delete/view.tsx';
import { parseLogQuery } from './query.ts';
import { changeActivity, deleteActivity, logActivity, mayReadLog, type Reason } from './service.ts';
import { activityLog, activityOf, totalsOfYear, yearsOfLog } from './service-read.ts';
import { bulkRoutes } from './routes-bulk.tsx';
import { IMPORT_MAX_ROWS } from './service-import.ts';

// The organisation's activity log: the log with its totals (its members, and the secretariat,
// who may read every organisation's), and logging, changing and deleting an activity (members
// of a signatory; the services check again).

type Params = { orgId: string; activityId: string };

/** The calendar year in Belgium now. */
const currentYear = (): number => brusselsYear(new Date().toISOString());

export async function routes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps;
  const member = { config: { permission: 'org-member' as const } };
  const logOf = (request: FastifyRequest) =>
    `/${request.lang}/organisations/${(request.params as Params).orgId}/activities`;
  const failed = (request: FastifyRequest, reply: FastifyReply) => (failure: { error: Reason }) =>
    refuse(request, reply, failure.error);

  app.get('/:lang/organisations/:orgId/activities', { config: { permission: 'signed-in' } }, async (request, reply) => {
    const { orgId } = request.params as Params;
    if (!mayReadLog(request.principal, orgId)) return sendError(request, reply, 403, 'forbidden');
    const org = (await organisationRefs(db, [orgId])).get(orgId);
    if (!org) return sendError(request, reply, 404, 'notFound');
    const query = parseLogQuery(request.query, currentYear());
    const [totals, years, page] = await Promise.all([
      totalsOfYear(db, orgId, query.totalsYear),
      yearsOfLog(db, orgId, currentYear()),
      activityLog(db, orgId, query.filter, query.after),
    ]);
    const isMember = request.principal!.memberships.some((m) => m.orgId === orgId);
    // After an import (routes-bulk.tsx): how many activities it added, for the banner.
    const imported = Number((request.query as { imported?: unknown }).imported);
    return sendPage(
      request,
      reply,
      <ActivityLogPage
        orgId={orgId}
        orgName={org.legalName}
        backHref={isMember ? `/organisations/${orgId}` : `/signatories/${org.slug}`}
        canWrite={isMember && org.status === 'signatory'}
        totalsYear={query.totalsYear}
        totals={totals}
        years={years.includes(query.totalsYear) ? years : [query.totalsYear, ...years]}
        filter={query.filter}
        page={page}
        paged={query.after !== null}
        imported={Number.isInteger(imported) && imported > 0 && imported <= IMPORT_MAX_ROWS ? imported : null}
      />,
    );
  });

  const formPage = (request: FastifyRequest, form: FormState, activityId?: string) => {
    const { orgId, orgName } = orgRequest(request);
    return <ActivityFormPage orgId={orgId} orgName={orgName} form={form} activityId={activityId} />;
  };

  app.get('/:lang/organisations/:orgId/activities/new', member, async (request, reply) => {
    const { orgId } = orgRequest(request);
    // Only a signatory logs: an applicant's members are told no before they type anything.
    if ((await organisationRefs(db, [orgId])).get(orgId)?.status !== 'signatory')
      return refuse(request, reply, 'forbidden');
    return sendPage(request, reply, formPage(request, emptyForm({ visibility: 'public' })));
  });

  app.post('/:lang/organisations/:orgId/activities/new', member, async (request, reply) =>
    handleForm(request, reply, {
      schema: activitySchema,
      page: (form) => formPage(request, form),
      run: (data) => logActivity(app.deps, request.principal!.userId, orgRequest(request).orgId, toInput(data)),
      done: () => ({ to: logOf(request), flash: 'activities.flash.logged' }),
      failed: failed(request, reply),
    }),
  );

  /** The activity in the URL, of the organisation in the URL. */
  const load = (request: FastifyRequest) => {
    const { orgId, activityId } = request.params as Params;
    return activityOf(db, orgId, activityId);
  };

  app.get('/:lang/organisations/:orgId/activities/:activityId/edit', member, async (request, reply) => {
    const activity = await load(request);
    if (!activity) return sendError(request, reply, 404, 'notFound');
    return sendPage(request, reply, formPage(request, emptyForm(valuesOf(activity)), activity.id));
  });

  app.post('/:lang/organisations/:orgId/activities/:activityId/edit', member, async (request, reply) => {
    const activity = await load(request);
    if (!activity) return sendError(request, reply, 404, 'notFound');
    return handleForm(request, reply, {
      schema: activitySchema,
      page: (form) => formPage(request, form, activity.id),
      run: (data) => changeActivity(app.deps, request.principal!.userId, activity.org_id, activity.id, toInput(data)),
      done: () => ({ to: logOf(request), flash: 'activities.flash.changed' }),
      failed: failed(request, reply),
    });
  });

  app.get('/:lang/organisations/:orgId/activities/:activityId/delete', member, async (request, reply) => {
    const activity = await load(request);
    if (!activity) return sendError(request, reply, 404, 'notFound');
    const { orgId, orgName } = orgRequest(request);
    return sendPage(request, reply, <DeletePage orgId={orgId} orgName={orgName} activity={activity} />);
  });

  app.post('/:lang/organisations/:orgId/activities/:activityId/delete', member, async (request, reply) => {
    const activity = await load(request);
    if (!activity) return sendError(request, reply, 404, 'notFound');
    return handleForm(request, reply, {
      schema: NO_FIELDS,
      run: () => deleteActivity(app.deps, request.principal!.userId, activity.org_id, activity.id),
      done: () => ({ to: logOf(request), flash: 'activities.flash.deleted' }),
      failed: failed(request, reply),
    });
  });

  await bulkRoutes(app);
}
