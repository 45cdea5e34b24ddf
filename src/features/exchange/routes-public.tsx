import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendPage } from '../../platform/http/render.tsx';
import { sendError } from '../../platform/http/errors.tsx';
import { handleForm } from '../../platform/http/forms.ts';
import { clientAddressHash } from '../../platform/http/client-address.ts';
import { emptyForm } from '../../platform/views/form.tsx';
import type { ExchangeDeps } from './deps.ts';
import { parseListQuery } from './list-query.ts';
import { answerPost } from './service-answer.ts';
import { listPage, matchesFor, postView } from './service-public.ts';
import { ListPage } from './pages/list/view.tsx';
import { PostPage } from './pages/post/view.tsx';
import { answerSchema } from './pages/answer/schema.ts';
import { AnswerPage } from './pages/answer/view.tsx';

// The public side: the list, a post's page (an expired or closed one still answers and says so;
// a hidden one is gone for the public), and the answer form, which answers 429 with Retry-After
// and the form again, everything typed kept, once a limit is reached.

const open = { config: { permission: 'public' as const } };
/** A post's id in an address: anything else (a NUL byte, which PostgreSQL refuses in text) is never looked up. */
export const POST_ID = /^[A-Za-z0-9_-]{1,64}$/;

export async function publicRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps;
  const deps = (): ExchangeDeps => app.deps;

  app.get('/:lang/exchange', open, async (request, reply) => {
    const { query, after } = parseListQuery(request.query);
    const page = await listPage(db, query, after);
    return sendPage(request, reply, <ListPage query={query} page={page} paged={after !== null} />);
  });

  /** The post, unless the secretariat hid it (then only its organisation and the secretariat see it, elsewhere). */
  async function visible(request: FastifyRequest) {
    const { postId } = request.params as { postId: string };
    const post = POST_ID.test(postId) ? await postView(db, postId) : null;
    return post && post.state !== 'hidden' ? post : null;
  }

  app.get('/:lang/exchange/:postId', open, async (request, reply) => {
    const post = await visible(request);
    if (!post) return sendError(request, reply, 404, 'notFound');
    const matches = post.state === 'open' ? await matchesFor(db, post.id) : [];
    return sendPage(request, reply, <PostPage post={post} matches={matches} />);
  });

  /** Only an open post takes answers; an expired or closed one sends the reader back to its page. */
  async function answerable(request: FastifyRequest, reply: FastifyReply) {
    const post = await visible(request);
    if (!post) return { reply: sendError(request, reply, 404, 'notFound') };
    if (post.state !== 'open')
      return { reply: reply.redirect(`/${request.lang}/exchange/${encodeURIComponent(post.id)}`, 303) };
    return { post };
  }

  app.get('/:lang/exchange/:postId/answer', open, async (request, reply) => {
    const found = await answerable(request, reply);
    if (!found.post) return found.reply;
    return sendPage(request, reply, <AnswerPage post={found.post} form={emptyForm()} />);
  });

  app.post('/:lang/exchange/:postId/answer', open, async (request, reply) => {
    const found = await answerable(request, reply);
    if (!found.post) return found.reply;
    const post = found.post;
    const sender = { userId: request.principal?.userId ?? null, clientKey: await clientAddressHash(request) };
    return handleForm(request, reply, {
      schema: answerSchema,
      page: (form) => <AnswerPage post={post} form={form} />,
      run: (data) => answerPost(deps(), post.id, sender, data),
      done: () => ({ to: `/${request.lang}/exchange/${encodeURIComponent(post.id)}`, flash: 'exchange.answer.flash' }),
      failed: (failure, form) => {
        if (failure.error !== 'tooMany') return sendError(request, reply, 404, 'notFound');
        reply.header('retry-after', String(failure.values?.seconds ?? 60));
        return sendPage(request, reply, <AnswerPage post={post} form={form} />, 429);
      },
    });
  });
}
