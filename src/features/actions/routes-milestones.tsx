import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { handleForm } from '../../platform/http/forms.ts';
import { sendError } from '../../platform/http/errors.tsx';
import { sendPage } from '../../platform/http/render.tsx';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import type { ActionDeps, Reason } from './outcome.ts';
import type { PageForms } from './pages/action/view.tsx';
import { milestoneSchema, toMilestone } from './pages/milestone/schema.ts';
import { MilestonePage } from './pages/milestone/view.tsx';
import { addMilestone, milestoneOf, updateMilestone } from './service-milestones.ts';
import { actionPage } from './service-public.ts';

// Milestones: added on the action's page, moved on from their own page; the lead's and partners'
// members only (the services check it again in the change's transaction).

type Params = { actionSlug: string; milestoneId: string };

export interface Shared {
  actionView(request: FastifyRequest, forms?: PageForms): Promise<VNode | null>;
  refused(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | null>;
  answer(
    request: FastifyRequest,
    reply: FastifyReply,
    page: (form: FormState) => Promise<VNode>,
  ): (failure: { error: Reason }, form: FormState) => Promise<FastifyReply | undefined>;
}

export async function milestoneRoutes(app: FastifyInstance, shared: Shared): Promise<void> {
  const { db } = app.deps;
  const deps = (): ActionDeps => app.deps;
  const signedIn = { config: { permission: 'signed-in' as const } };
  const params = (request: FastifyRequest) => request.params as Params;
  const pageOf = (request: FastifyRequest, slug: string) => `/${request.lang}/actions/${encodeURIComponent(slug)}`;

  app.post('/:lang/actions/:actionSlug/milestones', signedIn, async (request, reply) => {
    const no = await shared.refused(request, reply);
    if (no) return no;
    const page = async (form: FormState) => (await shared.actionView(request, { milestone: form }))!;
    return handleForm(request, reply, {
      schema: milestoneSchema,
      page,
      run: (data) => addMilestone(deps(), request.principal!.userId, params(request).actionSlug, toMilestone(data)),
      done: ({ slug }) => ({ to: `${pageOf(request, slug)}#milestones-heading`, flash: 'actions.milestone.added' }),
      failed: shared.answer(request, reply, page),
    });
  });

  /** The milestone's page, filled with `form` or with what it holds now; null when there is none. */
  async function milestonePage(request: FastifyRequest, form: FormState | null) {
    const view = await actionPage(db, params(request).actionSlug, request.principal);
    const m = view ? await milestoneOf(db, view.action.id, params(request).milestoneId) : undefined;
    if (!view || !m) return null;
    const values = {
      title: m.title,
      dueOn: m.due_on,
      weight: String(m.weight),
      status: m.status,
      percent: m.status === 'under_way' ? String(m.percent) : '',
      doneOn: m.done_on ?? '',
    };
    return (
      <MilestonePage
        slug={view.action.slug}
        actionTitle={view.action.title}
        milestoneId={m.id}
        form={form ?? emptyForm(values)}
      />
    );
  }

  app.get('/:lang/actions/:actionSlug/milestones/:milestoneId', signedIn, async (request, reply) => {
    const no = await shared.refused(request, reply);
    if (no) return no;
    const page = await milestonePage(request, null);
    return page ? sendPage(request, reply, page) : sendError(request, reply, 404, 'notFound');
  });

  app.post('/:lang/actions/:actionSlug/milestones/:milestoneId', signedIn, async (request, reply) => {
    const no = await shared.refused(request, reply);
    if (no) return no;
    if (!(await milestonePage(request, null))) return sendError(request, reply, 404, 'notFound');
    const page = async (form: FormState) => (await milestonePage(request, form))!;
    return handleForm(request, reply, {
      schema: milestoneSchema,
      page,
      run: (data) =>
        updateMilestone(
          deps(),
          request.principal!.userId,
          params(request).actionSlug,
          params(request).milestoneId,
          toMilestone(data),
        ),
      done: ({ slug }) => ({ to: `${pageOf(request, slug)}#milestones-heading`, flash: 'actions.milestone.saved' }),
      failed: shared.answer(request, reply, page),
    });
  });
}
