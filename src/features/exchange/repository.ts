import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { ExchangePostsTable } from './exchange.table.ts';
import { opposite, regionBit, type Cause, type Kind, type Region, type Topic } from './vocabulary.ts';

// Plain queries on the exchange's tables. Every public read starts with `listed = 1` and a
// bound on `expires_on`, in that order of an index's columns (migrations/0023_exchange.ts).

export type Db = Kysely<DB> | Transaction<DB>;
export type PostRow = Selectable<ExchangePostsTable>;

export interface ListFilter {
  kind: Kind | null;
  cause: Cause | null;
  region: Region | null;
  topic: Topic | null;
}

export const NO_FILTER: ListFilter = { kind: null, cause: null, region: null, topic: null };

/** A keyset position in the newest-first order. */
export interface Cursor {
  at: string;
  id: string;
}

export async function postById(db: Db, id: string): Promise<PostRow | undefined> {
  return db.selectFrom('exchange_posts').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The listed, unexpired posts that pass the filter, newest first, after `after`. */
export async function listedPosts(
  db: Db,
  filter: ListFilter,
  day: string,
  after: Cursor | null,
  limit: number,
): Promise<PostRow[]> {
  let q = db.selectFrom('exchange_posts').selectAll().where('listed', '=', 1).where('expires_on', '>=', day);
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  if (filter.cause) q = q.where('cause', '=', filter.cause);
  if (filter.topic) q = q.where('topic', '=', filter.topic);
  if (filter.region) q = q.where(sql<boolean>`(region_bits & ${regionBit(filter.region)}) <> 0`);
  if (after)
    q = q.where((eb) =>
      eb.or([eb('created_at', '<', after.at), eb.and([eb('created_at', '=', after.at), eb('id', '<', after.id)])]),
    );
  return q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

/** The posts among `ids` that are listed, unexpired and pass the filter (a search's matches). */
export async function listedAmong(db: Db, ids: readonly string[], filter: ListFilter, day: string): Promise<PostRow[]> {
  if (ids.length === 0) return [];
  let q = db
    .selectFrom('exchange_posts')
    .selectAll()
    .where('id', 'in', [...ids])
    .where('listed', '=', 1)
    .where('expires_on', '>=', day);
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  if (filter.cause) q = q.where('cause', '=', filter.cause);
  if (filter.topic) q = q.where('topic', '=', filter.topic);
  if (filter.region) q = q.where(sql<boolean>`(region_bits & ${regionBit(filter.region)}) <> 0`);
  return q.execute();
}

/**
 * The posts that answer this one: same cause, the opposite kind, a region in common, listed and
 * unexpired, newest first. The (listed, cause, kind) index narrows to the candidates; the
 * region is checked on those.
 */
export async function matchesOf(db: Db, post: PostRow, day: string, limit: number): Promise<PostRow[]> {
  return db
    .selectFrom('exchange_posts')
    .selectAll()
    .where('listed', '=', 1)
    .where('cause', '=', post.cause)
    .where('kind', '=', opposite(post.kind as Kind))
    .where('expires_on', '>=', day)
    .where('id', '<>', post.id)
    .where('org_id', '<>', post.org_id)
    .where(sql<boolean>`(region_bits & ${post.region_bits}) <> 0`)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** An organisation's posts, newest first: all of them for its own page, or the open ones for its profile. */
export async function postsOfOrg(
  db: Db,
  orgId: string,
  opts: { listedFrom?: string; limit: number; after?: Cursor | null },
): Promise<PostRow[]> {
  let q = db.selectFrom('exchange_posts').selectAll().where('org_id', '=', orgId);
  if (opts.listedFrom) q = q.where('listed', '=', 1).where('expires_on', '>=', opts.listedFrom);
  const after = opts.after;
  if (after)
    q = q.where((eb) =>
      eb.or([eb('created_at', '<', after.at), eb.and([eb('created_at', '=', after.at), eb('id', '<', after.id)])]),
    );
  return q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(opts.limit).execute();
}

/** Posts the secretariat hid, most recently hidden first, keyset on (hidden_at, id). */
export async function hiddenPosts(db: Db, after: Cursor | null, limit: number): Promise<PostRow[]> {
  let q = db.selectFrom('exchange_posts').selectAll().where('hidden_at', 'is not', null);
  if (after)
    q = q.where((eb) =>
      eb.or([eb('hidden_at', '<', after.at), eb.and([eb('hidden_at', '=', after.at), eb('id', '<', after.id)])]),
    );
  return q.orderBy('hidden_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

/** The state columns of a post just written: open, listed, never hidden or closed. */
export function openState(at: string) {
  return {
    status: 'open' as const,
    listed: 1,
    hidden_reason: null,
    hidden_at: null,
    hidden_by: null,
    closed_at: null,
    answer_count: 0,
    created_at: at,
    updated_at: at,
  };
}

export async function insertPost(db: Db, row: PostRow): Promise<void> {
  await db.insertInto('exchange_posts').values(row).execute();
}

export async function updatePost(db: Db, id: string, changes: Partial<PostRow>): Promise<void> {
  await db.updateTable('exchange_posts').set(changes).where('id', '=', id).execute();
}

/** The post, locked for the change on PostgreSQL (SQLite runs one writer at a time). */
export async function lockPost(trx: Transaction<DB>, postgres: boolean, id: string): Promise<PostRow | undefined> {
  let q = trx.selectFrom('exchange_posts').selectAll().where('id', '=', id);
  if (postgres) q = q.forUpdate();
  return q.executeTakeFirst();
}
