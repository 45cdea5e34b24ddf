import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { sendError } from '../../platform/http/errors.tsx';
import { handleForm, NO_FIELDS } from '../../platform/http/forms.ts';
import { sendPage } from '../../platform/http/render.tsx';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import { orgRequest, refuse } from '../organisations/context.ts';
import { frameworkInForce } from './repository-frameworks.ts';
import { writerRole } from './service-access.ts';
import { addEditor, removeEditor } from './service-editors.ts';
import { decodeRunCursor, overviewOf } from './service-read.ts';
import { startRun } from './service-run.ts';
import { refuseRun } from './refusals.ts';
import { OverviewPage } from './pages/overview/view.tsx';
import { answersPath, overviewPath, scopeValues } from './pages/run/parts.tsx';
import { scopeSchema } from './pages/run/schema.ts';
import { answersRoutes } from './routes-answers.tsx';

// The overview (drafts, submitted runs, the start form, the editors), starting a run and naming
// editors. The pages of one run are in routes-answers.tsx.

const editorSchema = z.object({
  userId: z.string({ error: 'form.error.choose' }).min(1, 'form.error.choose').max(100),
});

export async function runRoutes(app: FastifyInstance): Promise<void> {
  const deps = app.deps;
  const member = { config: { permission: 'org-member' as const } };
  const admin = { config: { permission: 'org-admin' as const } };

  /** The overview, with the start form or the editors' form filled in after a refused submit. */
  async function overviewPage(request: FastifyRequest, forms: { start?: FormState; editor?: FormState } = {}) {
    const { orgId, principal } = orgRequest(request);
    const after = decodeRunCursor((request.query as { after?: unknown } | undefined)?.after);
    const overview = await overviewOf(deps, orgId, principal.userId, after);
    if (!overview) return null;
    return (
      <OverviewPage
        orgId={orgId}
        overview={overview}
        startForm={forms.start ?? emptyForm(scopeValues(overview.lastScope))}
        editorForm={forms.editor ?? emptyForm()}
        paged={after !== null}
      />
    );
  }

  app.get('/:lang/organisations/:orgId/assessment', member, async (request, reply) => {
    const page = await overviewPage(request);
    return page ? sendPage(request, reply, page) : sendError(request, reply, 404, 'notFound');
  });

  app.post('/:lang/organisations/:orgId/assessment/runs', member, async (request, reply) => {
    const { orgId, principal } = orgRequest(request);
    // Who may not start is told so before the form is read (the service checks again).
    if (!(await writerRole(deps.db, orgId, principal.userId))) return refuse(request, reply, 'forbidden');
    const framework = await frameworkInForce(deps.db);
    if (!framework) return sendError(request, reply, 404, 'notFound');
    return handleForm(request, reply, {
      schema: scopeSchema(framework),
      page: async (form) => (await overviewPage(request, { start: form }))!,
      run: (data) => startRun(deps, principal.userId, orgId, data.cells),
      done: (started) =>
        started.firstDimension
          ? { to: `/${request.lang}${answersPath(orgId, started.runId, started.firstDimension)}` }
          : { to: `/${request.lang}${overviewPath(orgId)}`, flash: 'assessment.run.flash.draftExists' },
      failed: (failure) => refuseRun(request, reply, failure.error),
    });
  });

  app.post('/:lang/organisations/:orgId/assessment/editors', admin, async (request, reply) => {
    const { orgId, principal } = orgRequest(request);
    return handleForm(request, reply, {
      schema: editorSchema,
      page: async (form) => (await overviewPage(request, { editor: form }))!,
      run: (data) => addEditor(deps.db, principal.userId, orgId, data.userId),
      done: () => ({ to: `/${request.lang}${overviewPath(orgId)}`, flash: 'assessment.overview.editors.added' }),
      failed: (failure) => (failure.error === 'invalid' ? undefined : refuse(request, reply, failure.error)),
    });
  });

  app.post('/:lang/organisations/:orgId/assessment/editors/:userId/remove', admin, async (request, reply) => {
    const { orgId, principal } = orgRequest(request);
    const { userId } = request.params as { userId: string };
    return handleForm(request, reply, {
      schema: NO_FIELDS,
      run: () => removeEditor(deps.db, principal.userId, orgId, userId),
      done: () => ({ to: `/${request.lang}${overviewPath(orgId)}`, flash: 'assessment.overview.editors.removed' }),
      failed: (failure) => (failure.error === 'invalid' ? undefined : refuse(request, reply, failure.error)),
    });
  });

  await answersRoutes(app);
}
