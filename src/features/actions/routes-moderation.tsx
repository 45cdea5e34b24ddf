import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { text } from '../../platform/http/fields.ts';
import { handleForm, NO_FIELDS } from '../../platform/http/forms.ts';
import { sendError } from '../../platform/http/errors.tsx';
import type { FormState } from '../../platform/views/form.tsx';
import type { ActionDeps } from './outcome.ts';
import type { Shared } from './routes-milestones.tsx';
import { sendPage } from '../../platform/http/render.tsx';
import { featureAction, hiddenActions, hideAction, HIDE_REASON_MAX, unhideAction } from './service-moderation.ts';
import { HiddenActionsPage } from './pages/hidden/view.tsx';
import { decodeCursor } from './query.ts';
import { actionPage } from './service-public.ts';

// The secretariat's buttons on an action's page: hide with a reason (the lead and partners read
// it) or show again, which ask for the second factor again after 15 minutes as the other
// features' moderation does; feature on the home page or take off.

type Params = { actionSlug: string };

/** The reason is shown to the action's organisations: it says what to change. */
export const hideSchema = z.object({ hideReason: text(HIDE_REASON_MAX, { min: 10 }) });

export async function moderationRoutes(app: FastifyInstance, shared: Shared): Promise<void> {
  const { db } = app.deps;
  const deps = (): ActionDeps => app.deps;
  const secretariat = { config: { permission: 'secretariat' as const } };
  const deciding = { config: { permission: 'secretariat' as const, recentSecondFactor: true } };
  const slugOf = (request: FastifyRequest) => (request.params as Params).actionSlug;
  const to = (request: FastifyRequest, slug: string) => `/${request.lang}/actions/${encodeURIComponent(slug)}`;
  const exists = async (request: FastifyRequest) => (await actionPage(db, slugOf(request), request.principal)) !== null;
  const page = async (request: FastifyRequest, form: FormState) => (await shared.actionView(request, { hide: form }))!;

  app.get('/:lang/secretariat/actions', secretariat, async (request, reply) => {
    const after = decodeCursor((request.query as { after?: unknown }).after);
    return sendPage(request, reply, <HiddenActionsPage {...await hiddenActions(db, after)} paged={after !== null} />);
  });

  app.post('/:lang/actions/:actionSlug/hide', deciding, async (request, reply) => {
    if (!(await exists(request))) return sendError(request, reply, 404, 'notFound');
    return handleForm(request, reply, {
      schema: hideSchema,
      page: (form) => page(request, form),
      run: (data) => hideAction(deps(), request.principal!.userId, slugOf(request), data.hideReason),
      done: ({ slug }) => ({ to: to(request, slug), flash: 'actions.moderation.hidden' }),
      failed: () => sendError(request, reply, 404, 'notFound'),
    });
  });

  app.post('/:lang/actions/:actionSlug/unhide', deciding, async (request, reply) => {
    if (!(await exists(request))) return sendError(request, reply, 404, 'notFound');
    return handleForm(request, reply, {
      schema: NO_FIELDS,
      run: () => unhideAction(deps(), request.principal!.userId, slugOf(request)),
      done: ({ slug }) => ({ to: to(request, slug), flash: 'actions.moderation.unhidden' }),
      failed: () => sendError(request, reply, 404, 'notFound'),
    });
  });

  for (const [path, on] of [
    ['feature', true],
    ['unfeature', false],
  ] as const) {
    app.post(`/:lang/actions/:actionSlug/${path}`, secretariat, async (request, reply) => {
      if (!(await exists(request))) return sendError(request, reply, 404, 'notFound');
      return handleForm(request, reply, {
        schema: NO_FIELDS,
        run: () => featureAction(deps(), request.principal!.userId, slugOf(request), on),
        done: ({ slug }) => ({
          to: to(request, slug),
          flash: on ? 'actions.moderation.featured' : 'actions.moderation.unfeatured',
        }),
        failed: shared.answer(request, reply, (form) => page(request, form)),
      });
    });
  }
}
