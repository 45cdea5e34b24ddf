import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sendError } from '../../platform/http/errors.tsx';
import { handleForm } from '../../platform/http/forms.ts';
import { sendPage } from '../../platform/http/render.tsx';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import { orgRequest } from '../organisations/context.ts';
import { reportYear } from './report-access.ts';
import { submitCheck, submitReport } from './service-submit.ts';
import { submitSchema } from './pages/submit/schema.ts';
import { SubmitPage, submitPath } from './pages/submit/view.tsx';
import { refuseReport } from './routes-targets.tsx';

// The check before submitting (members read it) and submitting (administrators).

export async function submitRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps;
  const member = { config: { permission: 'org-member' as const } };
  const admin = { config: { permission: 'org-admin' as const } };

  async function page(request: FastifyRequest, form?: FormState) {
    const { orgId, orgName, role } = orgRequest(request);
    const year = reportYear((request.params as { year: string }).year);
    const check = year === null ? null : await submitCheck(db, orgId, year);
    if (!check) return null;
    return <SubmitPage check={check} orgId={orgId} orgName={orgName} canWrite={role === 'admin'} form={form ?? emptyForm()} />;
  }

  app.get('/:lang/organisations/:orgId/reports/:year/submit', member, async (request, reply) => {
    const node = await page(request);
    return node ? sendPage(request, reply, node) : sendError(request, reply, 404, 'notFound');
  });

  app.post('/:lang/organisations/:orgId/reports/:year/submit', admin, async (request, reply) => {
    const { orgId, principal } = orgRequest(request);
    const year = reportYear((request.params as { year: string }).year);
    if (year === null || !(await page(request))) return sendError(request, reply, 404, 'notFound');
    return handleForm(request, reply, {
      schema: submitSchema,
      page: async (form) => (await page(request, form))!,
      run: (data) => submitReport(db, principal.userId, orgId, year, { keepPrivate: data.keepPrivate }),
      done: () => ({ to: `/${request.lang}${submitPath(orgId, year)}`, flash: 'reports.submit.flash.submitted' }),
      failed: (failure) => refuseReport(request, reply, failure.error),
    });
  });
}
