import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { sendError } from '../../platform/http/errors.tsx';
import { handleForm } from '../../platform/http/forms.ts';
import { optionalText } from '../../platform/http/fields.ts';
import { redirectWithFlash, sendPage } from '../../platform/http/render.tsx';
import type { FormState } from '../../platform/views/form.tsx';
import { refuse } from '../organisations/context.ts';
import { isStoredName, readStored } from '../../platform/files/storage.ts';
import { sendFile } from './attachments.ts';
import { parseLibraryQuery } from './library-query.ts';
import type { PracticeDeps } from './outcome.ts';
import { LibraryPage } from './pages/library/view.tsx';
import { PracticePage } from './pages/public/view.tsx';
import { libraryPage } from './service-library.ts';
import { PRACTICES_CONTENT } from './derived.ts';
import { ORGANISATIONS_CONTENT } from '../organisations/service-registration.ts';
import { isFollowing } from '../following/service.ts';
import {
  adoptedByAny,
  adoptPractice,
  askedText,
  NOTE_MAX,
  practicePage,
  publishedAttachment,
  withdrawAdoption,
} from './service-public.ts';

// The public side: the library, a practice, and "We adopted this". The adoption routes are
// `org-member` of the organisation in the URL; the service checks again that it is a signatory
// and not the practice's own organisation.

type Params = { practiceSlug: string; orgId: string };

export async function libraryRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps;
  const deps = (): PracticeDeps => app.deps;

  // Anonymous readers get the library from the page cache, until a practice or an organisation changes.
  const cachedFrom = [PRACTICES_CONTENT, ORGANISATIONS_CONTENT];
  app.get('/:lang/practices', { config: { permission: 'public', cachedFrom } }, async (request, reply) => {
    const { filter, after } = parseLibraryQuery(request.query);
    const page = await libraryPage(db, filter, after, request.lang);
    return sendPage(request, reply, <LibraryPage filter={filter} page={page} paged={after !== null} />);
  });

  /** The practice page's data, or null when it is not in the library (404). */
  async function load(request: FastifyRequest) {
    const { practiceSlug: slug } = request.params as Params;
    const page = await practicePage(db, slug, request.lang, askedText((request.query as { text?: unknown }).text));
    if (!page) return null;
    const mine = (request.principal?.memberships ?? []).map((m) => m.orgId);
    const user = request.principal;
    const following = user ? await isFollowing(db, user.userId, 'practice', page.practice.id) : false;
    return { page, adoptedBy: await adoptedByAny(db, page.practice.id, mine), following };
  }

  app.get('/:lang/practices/:practiceSlug', { config: { permission: 'public' } }, async (request, reply) => {
    const loaded = await load(request);
    if (!loaded) return sendError(request, reply, 404, 'notFound');
    return sendPage(request, reply, <PracticePage {...loaded} />);
  });

  // A published revision's attachment: a file, not a page, for anyone. Only the published
  // revision's files answer (a draft's stay with its organisation and the secretariat), and
  // sendFile's headers keep it from ever acting as a page of the site.
  app.get('/:lang/practices/:practiceSlug/files/:file', { config: { permission: 'public' } }, async (request, reply) => {
    const { practiceSlug: slug, file } = request.params as Params & { file: string };
    const found = isStoredName(file) ? await publishedAttachment(db, slug, file) : undefined;
    const body = found ? await readStored(app.deps.config.dataDir, 'attachments', file) : null;
    if (!body) return sendError(request, reply, 404, 'notFound');
    return sendFile(reply, file, body);
  });

  const member = { config: { permission: 'org-member' as const } };
  const back = (request: FastifyRequest) =>
    `/${request.lang}/practices/${encodeURIComponent((request.params as Params).practiceSlug)}`;

  app.post('/:lang/practices/:practiceSlug/adoptions/:orgId', member, async (request, reply) => {
    const { practiceSlug: slug, orgId } = request.params as Params;
    const field = `note-${orgId}`;
    const schema = z.object({ [field]: optionalText(NOTE_MAX) });
    const loaded = await load(request);
    if (!loaded) return sendError(request, reply, 404, 'notFound');
    const page = (state: FormState) => <PracticePage {...loaded} form={{ orgId, state }} />;
    return handleForm(request, reply, {
      schema,
      page,
      run: async (data) =>
        adoptPractice(deps(), request.principal!.userId, {
          slug,
          orgId,
          note: (data[field] as string | undefined)?.trim() || null,
        }),
      done: () => ({ to: back(request), flash: 'practices.page.adopt.flash' }),
      failed: (failure, state) =>
        failure.error === 'notFound' || failure.error === 'forbidden'
          ? refuse(request, reply, failure.error)
          : sendPage(request, reply, page(state), failure.error === 'conflict' ? 409 : 400),
    });
  });

  app.post('/:lang/practices/:practiceSlug/adoptions/:orgId/withdraw', member, async (request, reply) => {
    const { practiceSlug: slug, orgId } = request.params as Params;
    const outcome = await withdrawAdoption(deps(), request.principal!.userId, { slug, orgId });
    if (!outcome.ok) return refuse(request, reply, outcome.error === 'forbidden' ? 'forbidden' : 'notFound');
    return redirectWithFlash(reply, back(request), 'practices.page.adopt.withdrawn');
  });
}
