import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';

// Plain queries on the following feature's tables.

export type Db = Kysely<DB> | Transaction<DB>;

export interface Subject {
  kind: string;
  id: string;
}

export async function insertFollow(db: Db, userId: string, s: Subject, since: string): Promise<boolean> {
  const res = await db
    .insertInto('follows')
    .values({ user_id: userId, subject_kind: s.kind, subject_id: s.id, since })
    .onConflict((oc) => oc.columns(['user_id', 'subject_kind', 'subject_id']).doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function deleteFollow(db: Db, userId: string, s: Subject): Promise<boolean> {
  const res = await db
    .deleteFrom('follows')
    .where('user_id', '=', userId)
    .where('subject_kind', '=', s.kind)
    .where('subject_id', '=', s.id)
    .executeTakeFirst();
  // News of it that waits for the digest goes with it: they asked to hear no more.
  await db
    .deleteFrom('follow_news')
    .where('user_id', '=', userId)
    .where('subject_kind', '=', s.kind)
    .where('subject_id', '=', s.id)
    .execute();
  return Number(res.numDeletedRows) > 0;
}

export async function hasFollow(db: Db, userId: string, s: Subject): Promise<boolean> {
  const row = await db
    .selectFrom('follows')
    .select('since')
    .where('user_id', '=', userId)
    .where('subject_kind', '=', s.kind)
    .where('subject_id', '=', s.id)
    .executeTakeFirst();
  return row !== undefined;
}

/** Followers in pages of `limit`, by user id after `after` (index follows_subject). */
export async function followerPage(db: Db, s: Subject, after: string | null, limit: number): Promise<string[]> {
  let query = db
    .selectFrom('follows')
    .select('user_id')
    .where('subject_kind', '=', s.kind)
    .where('subject_id', '=', s.id)
    .orderBy('user_id')
    .limit(limit);
  if (after !== null) query = query.where('user_id', '>', after);
  return (await query.execute()).map((r) => r.user_id);
}

export interface FollowRow {
  kind: string;
  id: string;
  since: string;
}

/** A person's follows, newest first, keyset after (since, kind, id) (index follows_user_since). */
export async function followsOf(db: Db, userId: string, after: FollowRow | null, limit: number): Promise<FollowRow[]> {
  let query = db
    .selectFrom('follows')
    .select(['subject_kind as kind', 'subject_id as id', 'since'])
    .where('user_id', '=', userId)
    .orderBy('since', 'desc')
    .orderBy('subject_kind', 'desc')
    .orderBy('subject_id', 'desc')
    .limit(limit);
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('since', '<', after.since),
        eb.and([eb('since', '=', after.since), eb('subject_kind', '<', after.kind)]),
        eb.and([eb('since', '=', after.since), eb('subject_kind', '=', after.kind), eb('subject_id', '<', after.id)]),
      ]),
    );
  }
  return query.execute();
}

export async function settingsOf(db: Db, userIds: readonly string[], kind?: string) {
  if (userIds.length === 0) return [];
  let query = db
    .selectFrom('mail_settings')
    .select(['user_id', 'kind', 'choice'])
    .where('user_id', 'in', [...userIds]);
  if (kind !== undefined) query = query.where('kind', '=', kind);
  return query.execute();
}

export async function upsertSetting(db: Db, userId: string, kind: string, choice: string, at: string): Promise<void> {
  await db
    .insertInto('mail_settings')
    .values({ user_id: userId, kind, choice, updated_at: at })
    .onConflict((oc) => oc.columns(['user_id', 'kind']).doUpdateSet({ choice, updated_at: at }))
    .execute();
}

export async function deleteNewsOf(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('follow_news').where('user_id', '=', userId).execute();
}

/** Everything kept for one person: they closed their account. */
export async function forgetPerson(db: Db, userId: string): Promise<void> {
  await deleteNewsOf(db, userId);
  await db.deleteFrom('follows').where('user_id', '=', userId).execute();
  await db.deleteFrom('mail_settings').where('user_id', '=', userId).execute();
}

/**
 * Three statements whatever the number of followers: the follows move to `toId` (once per person),
 * and so does the news waiting for the weekly digest, which they still want.
 */
export async function moveFollows(db: Db, kind: string, fromId: string, toId: string): Promise<void> {
  await db
    .insertInto('follows')
    .columns(['user_id', 'subject_kind', 'subject_id', 'since'])
    .expression((eb) =>
      eb
        .selectFrom('follows')
        .select(['user_id', 'subject_kind', sql<string>`cast(${toId} as text)`.as('subject_id'), 'since'])
        .where('subject_kind', '=', kind)
        .where('subject_id', '=', fromId),
    )
    .onConflict((oc) => oc.columns(['user_id', 'subject_kind', 'subject_id']).doNothing())
    .execute();
  await db
    .updateTable('follow_news')
    .set({ subject_id: toId })
    .where('subject_kind', '=', kind)
    .where('subject_id', '=', fromId)
    .execute();
  await db.deleteFrom('follows').where('subject_kind', '=', kind).where('subject_id', '=', fromId).execute();
}
