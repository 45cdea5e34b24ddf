import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { handleForm } from '../../platform/http/forms.ts';
import { redirectWithFlash, sendPage } from '../../platform/http/render.tsx';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import { orgRequest, refuse } from '../organisations/context.ts';
import type { ObstacleDeps, Reason } from './outcome.ts';
import { reportSchema, toInput } from './pages/report/schema.ts';
import { ReportPage } from './pages/report/view.tsx';
import { editableObstacle, editObstacle, inputOf } from './service-edit.ts';

// The reporting organisation edits its open obstacle, in its own space
// (`/organisations/:orgId/obstacles/:ownObstacleSlug/edit`, `org-member`; the service checks again
// that the person may write for this signatory and that the obstacle is its own and open). The
// parameter has its own name: the page sweep opens it on the demo organisation's own obstacle,
// while `:obstacleSlug` is another organisation's, which it says it sees too.

type Params = { ownObstacleSlug: string };

export async function editRoutes(app: FastifyInstance): Promise<void> {
  const deps = (): ObstacleDeps => app.deps;
  const member = { config: { permission: 'org-member' as const } };
  const url = '/:lang/organisations/:orgId/obstacles/:ownObstacleSlug/edit';
  const refOf = (request: FastifyRequest) => (request.params as Params).ownObstacleSlug;

  /** The obstacle as it is now, or the page that refuses (not found, not allowed, closed). */
  async function load(request: FastifyRequest) {
    const { principal, orgId } = orgRequest(request);
    return editableObstacle(deps(), principal.userId, orgId, refOf(request));
  }
  const page = (request: FastifyRequest, form: FormState, obstacle: { slug: string; title: string }) => {
    const { orgId, orgName } = orgRequest(request);
    return <ReportPage orgId={orgId} orgName={orgName} form={form} edit={obstacle} />;
  };

  /** A closed obstacle is no longer edited: back to its page, which says so; otherwise 404 or 403. */
  function refused(request: FastifyRequest, reply: FastifyReply, error: Reason) {
    if (error === 'conflict')
      return redirectWithFlash(
        reply,
        `/${request.lang}/obstacles/${encodeURIComponent(refOf(request))}`,
        'obstacles.edit.closed',
      );
    return refuse(request, reply, error === 'forbidden' ? 'forbidden' : 'notFound');
  }

  app.get(url, member, async (request, reply) => {
    const found = await load(request);
    if (!found.ok) return refused(request, reply, found.error);
    return sendPage(request, reply, page(request, emptyForm(inputOf(found.value)), found.value));
  });

  app.post(url, member, async (request, reply) => {
    const found = await load(request);
    if (!found.ok) return refused(request, reply, found.error);
    const { principal, orgId } = orgRequest(request);
    return handleForm(request, reply, {
      schema: reportSchema,
      page: (form) => page(request, form, found.value),
      run: (data) => editObstacle(deps(), principal.userId, { ...toInput(data), orgId, ref: found.value.id }),
      done: ({ slug }) => ({
        to: `/${request.lang}/obstacles/${encodeURIComponent(slug)}`,
        flash: 'obstacles.edit.flash',
      }),
      failed: (failure) =>
        failure.error === 'notFound' || failure.error === 'forbidden'
          ? refuse(request, reply, failure.error)
          : undefined,
    });
  });
}
