import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sendError } from '../../platform/http/errors.tsx';
import { handleForm } from '../../platform/http/forms.ts';
import { sendPage } from '../../platform/http/render.tsx';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import { orgRequest } from '../organisations/context.ts';
import { reportYear } from './report-access.ts';
import { amendReport, amendView, type Part } from './service-amend.ts';
import { amendSchema, partOf } from './pages/amend/schema.ts';
import { AmendPage, amendPath } from './pages/amend/view.tsx';
import { refuseReport } from './routes-targets.tsx';

// Amendments to a submitted report: members read them, administrators make them.

export async function amendRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps;
  const member = { config: { permission: 'org-member' as const } };
  const admin = { config: { permission: 'org-admin' as const } };

  async function page(request: FastifyRequest, part: Part | null, form?: FormState) {
    const { orgId, orgName, role } = orgRequest(request);
    const year = reportYear((request.params as { year: string }).year);
    const view = year === null ? null : await amendView(db, orgId, year, part);
    if (!view) return null;
    // The form opens with the part's content as it is now.
    const current: FormState['values'] =
      part === 'headline'
        ? Object.fromEntries(Object.entries(view.headline).map(([k, v]) => [k, v === null ? '' : String(v)]))
        : view.section
          ? { correction: view.section.correction, worked: view.section.worked, hard: view.section.hard }
          : {};
    return <AmendPage view={view} orgId={orgId} orgName={orgName} part={part} canWrite={role === 'admin'} form={form ?? emptyForm(current)} />;
  }

  app.get('/:lang/organisations/:orgId/reports/:year/amend', member, async (request, reply) => {
    const node = await page(request, partOf((request.query as { part?: unknown } | undefined)?.part));
    return node ? sendPage(request, reply, node) : sendError(request, reply, 404, 'notFound');
  });

  app.post('/:lang/organisations/:orgId/reports/:year/amend', admin, async (request, reply) => {
    const { orgId, principal } = orgRequest(request);
    const year = reportYear((request.params as { year: string }).year);
    const part = partOf((request.body as { part?: unknown } | undefined)?.part);
    if (year === null || !(await page(request, part))) return sendError(request, reply, 404, 'notFound');
    return handleForm(request, reply, {
      schema: amendSchema,
      page: async (form) => (await page(request, part, form))!,
      run: (data) =>
        amendReport(db, principal.userId, orgId, year, {
          part: data.part,
          reason: data.reason,
          headline: { people_trained: data.people_trained, people_reached: data.people_reached, training_hours: data.training_hours, devices: data.devices },
          section: { correction: data.correction, worked: data.worked, hard: data.hard },
        }),
      done: () => ({ to: `/${request.lang}${amendPath(orgId, year)}`, flash: 'reports.amend.flash.saved' }),
      failed: (failure) => refuseReport(request, reply, failure.error),
    });
  });
}
