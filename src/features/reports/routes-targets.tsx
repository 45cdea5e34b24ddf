import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from '../../platform/http/errors.tsx';
import { handleForm, NO_FIELDS } from '../../platform/http/forms.ts';
import { sendPage } from '../../platform/http/render.tsx';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import { orgRequest, refuse } from '../organisations/context.ts';
import { reportYear } from './report-access.ts';
import * as service from './service-targets.ts';
import { reachedField, reachedSchema, targetSchema } from './pages/targets/schema.ts';
import { TargetEditPage, TargetsPage, targetsPath } from './pages/targets/view.tsx';

// The organisation's own targets in a report: members read, administrators write while the
// report is a draft.

const member = { config: { permission: 'org-member' as const } };
const admin = { config: { permission: 'org-admin' as const } };

/** A refusal with a reason: 404 or 403; `invalid` shows the form again. */
export function refuseReport(request: FastifyRequest, reply: FastifyReply, error: 'notFound' | 'forbidden' | 'invalid') {
  return error === 'invalid' ? undefined : refuse(request, reply, error);
}

const targetValues = (r: service.TargetsView['set'][number]) => ({
  indicator: r.indicator,
  unit: r.unit,
  direction: r.direction,
  baseYear: String(r.base_year),
  baseValue: r.base_value,
  targetYear: String(r.target_year),
  targetValue: r.target_value,
});

export async function targetsRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps;
  const yearOf = (request: FastifyRequest) => reportYear((request.params as { year: string }).year);

  async function page(request: FastifyRequest, forms: { reached?: FormState; add?: FormState } = {}) {
    const { orgId, orgName, role } = orgRequest(request);
    const year = yearOf(request);
    const view = year === null ? null : await service.targetsView(db, orgId, year);
    if (!view) return null;
    const reached = Object.fromEntries(view.due.map((d) => [reachedField(d.target.id), d.target.reached_value ?? '']));
    return {
      view,
      node: (
        <TargetsPage
          view={view}
          orgId={orgId}
          orgName={orgName}
          canWrite={role === 'admin'}
          reachedForm={forms.reached ?? emptyForm(reached)}
          addForm={forms.add ?? emptyForm()}
        />
      ),
    };
  }

  app.get('/:lang/organisations/:orgId/reports/:year/targets', member, async (request, reply) => {
    const found = await page(request);
    return found ? sendPage(request, reply, found.node) : sendError(request, reply, 404, 'notFound');
  });

  app.post('/:lang/organisations/:orgId/reports/:year/targets', admin, async (request, reply) => {
    const { orgId, principal } = orgRequest(request);
    const year = yearOf(request);
    if (year === null || !(await page(request))) return sendError(request, reply, 404, 'notFound');
    return handleForm(request, reply, {
      schema: targetSchema,
      page: async (form) => (await page(request, { add: form }))!.node,
      run: (data) => service.addTarget(db, principal.userId, orgId, year, data),
      done: () => ({ to: `/${request.lang}${targetsPath(orgId, year)}`, flash: 'reports.targets.flash.added' }),
      failed: (failure) => refuseReport(request, reply, failure.error),
    });
  });

  app.post('/:lang/organisations/:orgId/reports/:year/targets/reached', admin, async (request, reply) => {
    const { orgId, principal } = orgRequest(request);
    const found = await page(request);
    if (!found) return sendError(request, reply, 404, 'notFound');
    const year = found.view.report.year;
    const ids = found.view.due.map((d) => d.target.id);
    return handleForm(request, reply, {
      schema: reachedSchema(ids),
      page: async (form) => (await page(request, { reached: form }))!.node,
      run: (data) => {
        const values = Object.fromEntries(ids.map((id) => [id, (data as Record<string, string | undefined>)[reachedField(id)]]));
        return service.recordReached(db, principal.userId, orgId, year, values);
      },
      done: () => ({ to: `/${request.lang}${targetsPath(orgId, year)}`, flash: 'reports.targets.flash.reached' }),
      failed: (failure) => refuseReport(request, reply, failure.error),
    });
  });

  const targetPage = '/:lang/organisations/:orgId/reports/:year/targets/:targetId';
  const targetIdOf = (request: FastifyRequest) => (request.params as { targetId: string }).targetId.slice(0, 100);

  async function editPage(request: FastifyRequest, form?: FormState) {
    const { orgId, orgName } = orgRequest(request);
    const year = yearOf(request);
    const found = year === null ? null : await service.targetSetIn(db, orgId, year, targetIdOf(request));
    if (!found || found.report.status !== 'draft') return null;
    return (
      <TargetEditPage
        orgId={orgId}
        orgName={orgName}
        year={found.report.year}
        targetId={found.target.id}
        form={form ?? emptyForm(targetValues(found.target))}
      />
    );
  }

  app.get(targetPage, admin, async (request, reply) => {
    const node = await editPage(request);
    return node ? sendPage(request, reply, node) : sendError(request, reply, 404, 'notFound');
  });

  app.post(targetPage, admin, async (request, reply) => {
    const { orgId, principal } = orgRequest(request);
    const year = yearOf(request);
    if (year === null || !(await editPage(request))) return sendError(request, reply, 404, 'notFound');
    return handleForm(request, reply, {
      schema: targetSchema,
      page: async (form) => (await editPage(request, form))!,
      run: (data) => service.changeTarget(db, principal.userId, orgId, year, targetIdOf(request), data),
      done: () => ({ to: `/${request.lang}${targetsPath(orgId, year)}`, flash: 'reports.targets.flash.changed' }),
      failed: (failure) => refuseReport(request, reply, failure.error),
    });
  });

  app.post(`${targetPage}/delete`, admin, async (request, reply) => {
    const { orgId, principal } = orgRequest(request);
    const year = yearOf(request);
    if (year === null) return sendError(request, reply, 404, 'notFound');
    return handleForm(request, reply, {
      schema: NO_FIELDS,
      run: () => service.changeTarget(db, principal.userId, orgId, year, targetIdOf(request), null),
      done: () => ({ to: `/${request.lang}${targetsPath(orgId, year)}`, flash: 'reports.targets.flash.deleted' }),
      failed: (failure) => refuseReport(request, reply, failure.error),
    });
  });
}
