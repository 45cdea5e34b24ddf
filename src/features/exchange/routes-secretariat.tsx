import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sendPage, redirectWithFlash } from '../../platform/http/render.tsx';
import { sendError } from '../../platform/http/errors.tsx';
import { handleForm } from '../../platform/http/forms.ts';
import { emptyForm } from '../../platform/views/form.tsx';
import type { ExchangeDeps } from './deps.ts';
import { postView } from './service-public.ts';
import { decodeCursor } from './list-query.ts';
import { hiddenPage, hidePost, unhidePost } from './service-moderation.ts';
import { HiddenPage } from './pages/hidden/view.tsx';
import { hideSchema } from './pages/hide/schema.ts';
import { ModeratePage } from './pages/hide/view.tsx';
import { POST_ID } from './routes-public.tsx';

// The secretariat's moderation of a post: hide with a reason (its organisation reads it), or show again.

const secretariat = { config: { permission: 'secretariat' as const } };
// Decisions ask for the second factor again after 15 minutes, as the practices' review and the
// obstacles' moderation do.
const deciding = { config: { permission: 'secretariat' as const, recentSecondFactor: true } };

export async function secretariatRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps;
  const deps = (): ExchangeDeps => app.deps;
  const load = async (request: FastifyRequest) => {
    const { postId } = request.params as { postId: string };
    return POST_ID.test(postId) ? postView(db, postId) : null;
  };
  const back = (request: FastifyRequest, id: string) =>
    `/${request.lang}/secretariat/exchange/${encodeURIComponent(id)}`;

  app.get('/:lang/secretariat/exchange', secretariat, async (request, reply) => {
    const after = decodeCursor((request.query as { after?: unknown }).after);
    return sendPage(request, reply, <HiddenPage {...await hiddenPage(db, after)} paged={after !== null} />);
  });

  app.get('/:lang/secretariat/exchange/:postId', secretariat, async (request, reply) => {
    const post = await load(request);
    if (!post) return sendError(request, reply, 404, 'notFound');
    return sendPage(request, reply, <ModeratePage post={post} form={emptyForm()} />);
  });

  app.post('/:lang/secretariat/exchange/:postId/hide', deciding, async (request, reply) => {
    const post = await load(request);
    if (!post) return sendError(request, reply, 404, 'notFound');
    return handleForm(request, reply, {
      schema: hideSchema,
      page: (form) => <ModeratePage post={post} form={form} />,
      run: (data) => hidePost(deps(), request.principal!.userId, post.id, data.reason),
      done: () => ({ to: back(request, post.id), flash: 'exchange.flash.hidden' }),
      failed: () => sendError(request, reply, 404, 'notFound'),
    });
  });

  app.post('/:lang/secretariat/exchange/:postId/unhide', deciding, async (request, reply) => {
    const outcome = await unhidePost(deps(), request.principal!.userId, (request.params as { postId: string }).postId);
    if (!outcome.ok) return sendError(request, reply, 404, 'notFound');
    return redirectWithFlash(
      reply,
      back(request, (request.params as { postId: string }).postId),
      'exchange.flash.unhidden',
    );
  });
}
