import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sendPage, redirectWithFlash } from '../../platform/http/render.tsx';
import { handleForm } from '../../platform/http/forms.ts';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import { orgRequest, refuse } from '../organisations/context.ts';
import type { ExchangeDeps } from './deps.ts';
import { decodeCursor } from './list-query.ts';
import { postsOfOrganisation, postView, type PostView } from './service-public.ts';
import { closePost, createPost, editPost, renewPost } from './service-writing.ts';
import { postSchema, renewSchema } from './pages/edit/schema.ts';
import { EditPage } from './pages/edit/view.tsx';
import { ManagePage } from './pages/manage/view.tsx';
import { MinePage } from './pages/mine/view.tsx';
import { POST_ID } from './routes-public.tsx';

// The posting organisation's side, in its space: its posts, a new one, and for each its page
// (state, the secretariat's reason if hidden), edit, close early and renew. `org-member` of the
// organisation in the URL; the services check again that it is a signatory and the post its own.

const member = { config: { permission: 'org-member' as const } };
type Params = { orgId: string; postId: string };

/** The form's values as the post holds them, to edit it. */
const valuesOf = (p: PostView): FormState['values'] => ({
  kind: p.kind,
  language: p.lang,
  topic: p.topic,
  cause: p.cause,
  region: p.regions,
  title: p.title,
  description: p.description,
  expires: p.expiresOn,
});

export async function orgRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps;
  const deps = (): ExchangeDeps => app.deps;
  const base = (request: FastifyRequest) =>
    `/${request.lang}/organisations/${encodeURIComponent((request.params as Params).orgId)}/exchange`;

  /** The post, if it is this organisation's. */
  async function ownPost(request: FastifyRequest): Promise<PostView | null> {
    const { orgId, postId } = request.params as Params;
    const post = POST_ID.test(postId) ? await postView(db, postId) : null;
    return post && post.orgId === orgId ? post : null;
  }

  app.get('/:lang/organisations/:orgId/exchange', member, async (request, reply) => {
    const { orgId, orgName } = orgRequest(request);
    const after = decodeCursor((request.query as { after?: unknown }).after);
    const page = await postsOfOrganisation(db, orgId, after);
    return sendPage(request, reply, <MinePage orgId={orgId} orgName={orgName} {...page} paged={after !== null} />);
  });

  app.get('/:lang/organisations/:orgId/exchange/new', member, async (request, reply) => {
    const { orgId, orgName } = orgRequest(request);
    // Written in the interface's language unless the author says otherwise.
    const form = emptyForm({ language: request.lang });
    return sendPage(request, reply, <EditPage orgId={orgId} orgName={orgName} postId={null} form={form} />);
  });

  app.post('/:lang/organisations/:orgId/exchange/new', member, async (request, reply) => {
    const { orgId, orgName, principal } = orgRequest(request);
    return handleForm(request, reply, {
      schema: postSchema,
      page: (form) => <EditPage orgId={orgId} orgName={orgName} postId={null} form={form} />,
      run: (data) => createPost(deps(), principal.userId, orgId, data),
      done: ({ id }) => ({ to: `${base(request)}/${encodeURIComponent(id)}`, flash: 'exchange.flash.posted' }),
      failed: (failure) => refuse(request, reply, failure.error === 'forbidden' ? 'forbidden' : 'notFound'),
    });
  });

  app.get('/:lang/organisations/:orgId/exchange/:postId', member, async (request, reply) => {
    const post = await ownPost(request);
    if (!post) return refuse(request, reply, 'notFound');
    return sendPage(
      request,
      reply,
      <ManagePage post={post} orgName={orgRequest(request).orgName} renew={emptyForm()} />,
    );
  });

  app.get('/:lang/organisations/:orgId/exchange/:postId/edit', member, async (request, reply) => {
    const post = await ownPost(request);
    if (!post) return refuse(request, reply, 'notFound');
    const { orgId, orgName } = orgRequest(request);
    return sendPage(
      request,
      reply,
      <EditPage orgId={orgId} orgName={orgName} postId={post.id} form={emptyForm(valuesOf(post))} />,
    );
  });

  app.post('/:lang/organisations/:orgId/exchange/:postId/edit', member, async (request, reply) => {
    const post = await ownPost(request);
    if (!post) return refuse(request, reply, 'notFound');
    const { orgId, orgName, principal } = orgRequest(request);
    return handleForm(request, reply, {
      schema: postSchema,
      page: (form) => <EditPage orgId={orgId} orgName={orgName} postId={post.id} form={form} />,
      run: (data) => editPost(deps(), principal.userId, orgId, post.id, data),
      done: () => ({ to: `${base(request)}/${encodeURIComponent(post.id)}`, flash: 'exchange.flash.saved' }),
      failed: (failure) => refuse(request, reply, failure.error === 'forbidden' ? 'forbidden' : 'notFound'),
    });
  });

  app.post('/:lang/organisations/:orgId/exchange/:postId/renew', member, async (request, reply) => {
    const post = await ownPost(request);
    if (!post) return refuse(request, reply, 'notFound');
    const { orgId, orgName, principal } = orgRequest(request);
    return handleForm(request, reply, {
      schema: renewSchema,
      page: (form) => <ManagePage post={post} orgName={orgName} renew={form} />,
      run: (data) => renewPost(deps(), principal.userId, orgId, post.id, data.expires),
      done: () => ({ to: `${base(request)}/${encodeURIComponent(post.id)}`, flash: 'exchange.flash.renewed' }),
      failed: (failure) => refuse(request, reply, failure.error === 'forbidden' ? 'forbidden' : 'notFound'),
    });
  });

  app.post('/:lang/organisations/:orgId/exchange/:postId/close', member, async (request, reply) => {
    const { orgId, postId } = request.params as Params;
    const outcome = await closePost(deps(), orgRequest(request).principal.userId, orgId, postId);
    if (!outcome.ok) return refuse(request, reply, outcome.error === 'forbidden' ? 'forbidden' : 'notFound');
    return redirectWithFlash(reply, `${base(request)}/${encodeURIComponent(postId)}`, 'exchange.flash.closed');
  });
}
