import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { sendError } from '../../platform/http/errors.tsx';
import { handleForm, NO_FIELDS } from '../../platform/http/forms.ts';
import { sendPage } from '../../platform/http/render.tsx';
import { emptyForm, type FormState } from '../../platform/views/form.tsx';
import type { Principal } from '../../platform/auth/principal.ts';
import type { Followable, MailKind } from './declarations.ts';
import type { FollowRow } from './repository.ts';
import {
  followedBy,
  followSubject,
  isFollowing,
  kindsFor,
  mailSettingsOf,
  saveMailSettings,
  unfollowSubject,
} from './service.ts';
import { settingsSchema } from './pages/notifications/schema.ts';
import { NotificationsPage } from './pages/notifications/view.tsx';
import { SubjectPage } from './pages/subject/view.tsx';

// The notification settings page, and following a subject: its own small page (a mail's
// reader lands there to stop) and the two POST routes the FollowButton sends to. Which kinds
// of mail and of subject exist, the other features declare in their manifests (ADR 0021).

type SubjectParams = { subjectKind: string; subjectId: string };

/** `?after=` of the followed list: since~kind~id of the last item shown. */
function parseAfter(query: unknown): FollowRow | null {
  const raw = (query as { after?: unknown } | undefined)?.after;
  if (typeof raw !== 'string' || raw.length > 300) return null;
  const [since, kind, id] = raw.split('~');
  return since && kind && id ? { since, kind, id } : null;
}

export async function routes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps;
  const mailKinds: MailKind[] = app.deps.registry.features.flatMap((f) => f.mailKinds ?? []);
  const followables: Followable[] = app.deps.registry.features.flatMap((f) => f.followables ?? []);
  const signedIn = { config: { permission: 'signed-in' as const } };

  async function settingsPage(request: FastifyRequest, form: FormState | null) {
    const user = request.principal!;
    const kinds = kindsFor(mailKinds, user);
    const switchable = kinds.filter((k) => !k.always);
    const after = parseAfter(request.query);
    const { items, next } = await followedBy(db, followables, user, request.lang, after);
    const settings = await mailSettingsOf(db, user.userId);
    const current = {
      news: settings.news,
      mails: switchable.filter((k) => !settings.off.has(k.key)).map((k) => k.key),
    };
    const nextHref = next
      ? `/${request.lang}/account/notifications?after=${encodeURIComponent(`${next.since}~${next.kind}~${next.id}`)}#following`
      : null;
    return (
      <NotificationsPage
        form={form ?? emptyForm(current)}
        switchable={switchable}
        always={kinds.filter((k) => k.always)}
        followed={items}
        nextHref={nextHref}
        paged={after !== null}
      />
    );
  }

  app.get('/:lang/account/notifications', signedIn, async (request, reply) =>
    sendPage(request, reply, await settingsPage(request, null)),
  );

  app.post('/:lang/account/notifications', signedIn, async (request, reply) => {
    const user = request.principal!;
    const shown = kindsFor(mailKinds, user)
      .filter((k) => !k.always)
      .map((k) => k.key);
    return handleForm(request, reply, {
      schema: settingsSchema(shown),
      page: (form) => settingsPage(request, form),
      run: (data) => saveMailSettings(app.deps, user, { shown, on: data.mails, news: data.news }),
      done: () => ({ to: `/${request.lang}/account/notifications`, flash: 'following.settings.saved' }),
    });
  });

  // Ids are letters, digits and dashes; anything else (a NUL byte, which PostgreSQL refuses in
  // text) names no subject, so it is never looked up and the routes answer 404.
  const subjectOf = (request: FastifyRequest) => {
    const { subjectKind: kind, subjectId: id } = request.params as SubjectParams;
    return { kind, id: /^[A-Za-z0-9_-]{1,100}$/.test(id) ? id : '' };
  };

  app.get('/:lang/following/:subjectKind/:subjectId', signedIn, async (request, reply) => {
    const subject = subjectOf(request);
    const followable = followables.find((f) => f.kind === subject.kind);
    const user = request.principal!;
    const view = followable && (await followable.visible(db, [subject.id], user, request.lang)).get(subject.id);
    if (!followable || !view) return sendError(request, reply, 404, 'notFound');
    const [following, settings] = await Promise.all([
      isFollowing(db, user.userId, subject.kind, subject.id),
      mailSettingsOf(db, user.userId),
    ]);
    return sendPage(
      request,
      reply,
      <SubjectPage {...subject} kindLabel={followable.label} view={view} following={following} news={settings.news} />,
    );
  });

  // Where the button's form came from decides where to go back; nothing else is read from it.
  const backSchema = NO_FIELDS.extend({ back: z.string().optional().catch(undefined) });
  const backTo = (request: FastifyRequest, back: string | undefined, path: string | null) =>
    back === 'settings' || path === null
      ? `/${request.lang}/account/notifications#following`
      : `/${request.lang}${path}`;
  const refuse = (request: FastifyRequest, reply: Parameters<typeof sendError>[1]) =>
    sendError(request, reply, 404, 'notFound');

  // Following sends mail: only to a confirmed address (a stranger's address could be typed at sign-up).
  app.post(
    '/:lang/following/:subjectKind/:subjectId/follow',
    { config: { permission: 'verified' } },
    async (request, reply) =>
      handleForm(request, reply, {
        schema: backSchema,
        run: () =>
          followSubject(app.deps, followables, request.principal as Principal, subjectOf(request), request.lang),
        done: (view) => ({ to: backTo(request, undefined, view.path), flash: 'following.flash.followed' }),
        failed: () => refuse(request, reply),
      }),
  );

  // Stopping needs no confirmed address, and works on a subject since hidden or removed.
  app.post('/:lang/following/:subjectKind/:subjectId/unfollow', signedIn, async (request, reply) => {
    let back: string | undefined;
    return handleForm(request, reply, {
      schema: backSchema,
      run: (data) => {
        back = data.back;
        return unfollowSubject(app.deps, followables, request.principal!, subjectOf(request), request.lang);
      },
      done: (view) => ({ to: backTo(request, back, view?.path ?? null), flash: 'following.flash.unfollowed' }),
      failed: () => refuse(request, reply),
    });
  });
}
