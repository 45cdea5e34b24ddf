import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Principal } from '../../platform/auth/principal.ts';
import { audit } from '../../platform/audit/audit.ts';
import { now } from '../../platform/db/sql.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import { fail, ok, type Outcome } from '../../platform/outcome.ts';
import type { Followable, MailKind, SubjectView } from './declarations.ts';
import * as repo from './repository.ts';
import type { Db, FollowRow, Subject } from './repository.ts';

// Following and the notification settings: what other features may call (docs/new-feature.md).
// Features that send a mail a person may switch off ask `wantsMail` or `wanting` first; features
// whose things can be followed call `announce` (service-news.ts) when there is news of one.

export type { Followable, MailKind, SubjectView } from './declarations.ts';

/** The settings' key for news of what one follows (its choices are NEWS_CHOICES). */
export const NEWS_KIND = 'following-news';
export const NEWS_CHOICES = ['instant', 'weekly', 'off'] as const;
export type NewsChoice = (typeof NEWS_CHOICES)[number];
/** The default: followed news comes in the weekly digest unless one asks for it at once. */
export const DEFAULT_NEWS: NewsChoice = 'weekly';

// ——— follows ———

export async function follow(db: Db, userId: string, kind: string, id: string): Promise<boolean> {
  return repo.insertFollow(db, userId, { kind, id }, now());
}

export async function unfollow(db: Db, userId: string, kind: string, id: string): Promise<boolean> {
  return repo.deleteFollow(db, userId, { kind, id });
}

export function isFollowing(db: Db, userId: string, kind: string, id: string): Promise<boolean> {
  return repo.hasFollow(db, userId, { kind, id });
}

/** Every follower's user id (for a subject's page or a test; announce reads them in pages). */
export async function followersOf(db: Db, kind: string, id: string): Promise<string[]> {
  const all: string[] = [];
  for (let page = await repo.followerPage(db, { kind, id }, null, 1000); page.length > 0; ) {
    all.push(...page);
    page = page.length < 1000 ? [] : await repo.followerPage(db, { kind, id }, page.at(-1)!, 1000);
  }
  return all;
}

/**
 * When a subject is merged into another (two obstacles found to be one), its followers follow
 * the kept one, once each, and no longer the merged one. Call it in the merge's transaction.
 */
export function moveFollowers(db: Db, kind: string, fromId: string, toId: string): Promise<void> {
  return repo.moveFollows(db, kind, fromId, toId);
}

type FollowDeps = { db: Kysely<DB> };

/** The follow routes' service: the subject must exist and be visible to the person. */
export async function followSubject(
  deps: FollowDeps,
  followables: readonly Followable[],
  actor: Principal,
  subject: Subject,
  lang: Lang,
): Promise<Outcome<SubjectView, 'notFound'>> {
  const kind = followables.find((f) => f.kind === subject.kind);
  const view = kind ? (await kind.visible(deps.db, [subject.id], actor, lang)).get(subject.id) : undefined;
  if (!view) return fail('notFound');
  await deps.db.transaction().execute(async (trx) => {
    if (!(await repo.insertFollow(trx, actor.userId, subject, now()))) return;
    await audit(trx, { actor: actor.userId, action: 'following.followed', subjectType: subject.kind, subjectId: subject.id });
  });
  return ok(view);
}

/**
 * Stops following, whether or not the subject is still visible: a hidden or removed subject
 * must never keep anyone on its list. Only the kind must be one a feature declares.
 */
export async function unfollowSubject(
  deps: FollowDeps,
  followables: readonly Followable[],
  actor: Principal,
  subject: Subject,
  lang: Lang,
): Promise<Outcome<SubjectView | null, 'notFound'>> {
  const kind = followables.find((f) => f.kind === subject.kind);
  if (!kind) return fail('notFound');
  await deps.db.transaction().execute(async (trx) => {
    if (!(await repo.deleteFollow(trx, actor.userId, subject))) return;
    await audit(trx, { actor: actor.userId, action: 'following.unfollowed', subjectType: subject.kind, subjectId: subject.id });
  });
  return ok((await kind.visible(deps.db, [subject.id], actor, lang)).get(subject.id) ?? null);
}

export interface FollowedItem extends FollowRow {
  label: string;
  /** Null when the subject is gone or hidden from this person: it can still be unfollowed. */
  view: SubjectView | null;
}

export const FOLLOWED_PAGE = 30;

/** A page of a person's follows, newest first, each with its title as they may see it. */
export async function followedBy(
  db: Db,
  followables: readonly Followable[],
  viewer: Principal,
  lang: Lang,
  after: FollowRow | null,
): Promise<{ items: FollowedItem[]; next: FollowRow | null }> {
  const rows = await repo.followsOf(db, viewer.userId, after, FOLLOWED_PAGE + 1);
  const page = rows.slice(0, FOLLOWED_PAGE);
  const views = new Map<string, Map<string, SubjectView>>();
  for (const kind of new Set(page.map((r) => r.kind))) {
    const followable = followables.find((f) => f.kind === kind);
    const ids = page.filter((r) => r.kind === kind).map((r) => r.id);
    views.set(kind, followable ? await followable.visible(db, ids, viewer, lang) : new Map());
  }
  const items = page.map((r) => ({
    ...r,
    label: followables.find((f) => f.kind === r.kind)?.label ?? 'following.kind.unknown',
    view: views.get(r.kind)?.get(r.id) ?? null,
  }));
  return { items, next: rows.length > FOLLOWED_PAGE ? page.at(-1)! : null };
}

// ——— mail settings ———

/**
 * Whether a person wants a mail of this (switchable) kind: yes unless they switched it off.
 * For kinds declared `always`, do not ask: send.
 */
export async function wantsMail(db: Db, userId: string, kind: string): Promise<boolean> {
  return (await wanting(db, kind, [userId])).length === 1;
}

/** Of these people, those who want mails of this kind, in one query (mails to several admins). */
export async function wanting(db: Db, kind: string, userIds: readonly string[]): Promise<string[]> {
  const off = new Set(
    (await repo.settingsOf(db, userIds, kind)).filter((r) => r.choice === 'off').map((r) => r.user_id),
  );
  return userIds.filter((id) => !off.has(id));
}

export interface MailSettings {
  /** Switchable kinds the person switched off. */
  off: Set<string>;
  news: NewsChoice;
}

export async function mailSettingsOf(db: Db, userId: string): Promise<MailSettings> {
  const rows = await repo.settingsOf(db, [userId]);
  const news = rows.find((r) => r.kind === NEWS_KIND)?.choice;
  return {
    off: new Set(rows.filter((r) => r.kind !== NEWS_KIND && r.choice === 'off').map((r) => r.kind)),
    news: (NEWS_CHOICES as readonly string[]).includes(news ?? '') ? (news as NewsChoice) : DEFAULT_NEWS,
  };
}

/** The kinds a person sees on their settings page, in the order the features declare them. */
export function kindsFor(all: readonly MailKind[], user: Principal): MailKind[] {
  return all.filter((k) => !k.shownTo || k.shownTo(user));
}

/**
 * Saves the settings page: each switchable kind shown is on when ticked, off otherwise; the
 * news choice as picked. Switching news off drops the news that waited for the digest.
 */
export async function saveMailSettings(
  deps: { db: Kysely<DB> },
  actor: Principal,
  input: { shown: readonly string[]; on: readonly string[]; news: NewsChoice },
): Promise<Outcome<null>> {
  return deps.db.transaction().execute(async (trx) => {
    const at = now();
    const before = await mailSettingsOf(trx, actor.userId);
    for (const kind of input.shown) await repo.upsertSetting(trx, actor.userId, kind, input.on.includes(kind) ? 'on' : 'off', at);
    await repo.upsertSetting(trx, actor.userId, NEWS_KIND, input.news, at);
    if (input.news === 'off') await repo.deleteNewsOf(trx, actor.userId);
    await audit(trx, {
      actor: actor.userId,
      action: 'following.settings_saved',
      subjectType: 'user',
      subjectId: actor.userId,
      details: {
        off: input.shown.filter((k) => !input.on.includes(k)),
        news: input.news,
        newsBefore: before.news,
      },
    });
    return ok(null);
  });
}

/** One choice set directly, for demo data (a person's own choices go through saveMailSettings). */
export async function setMailChoice(db: Db, userId: string, kind: string, choice: 'on' | 'off' | NewsChoice): Promise<void> {
  await repo.upsertSetting(db, userId, kind, choice, now());
}

/** The accounts:closing listener: a closing account's follows, settings and waiting news go. */
export async function forgetPerson(db: Db, userId: string): Promise<void> {
  await repo.forgetPerson(db, userId);
}
