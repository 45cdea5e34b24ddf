import { sql, type Kysely, type Selectable, type SelectQueryBuilder, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { contentChanged } from '../../platform/http/page-cache.ts';
import type { ExchangePostsTable } from './exchange.table.ts';
import {
  CAUSES,
  KINDS,
  opposite,
  REGIONS,
  toRegionBits,
  TOPICS,
  type Cause,
  type Kind,
  type Region,
  type Topic,
} from './vocabulary.ts';

// Plain queries on the exchange's tables. Every public read starts with `listed = 1` and a
// bound on `expires_on`, in that order of an index's columns (migrations/0023_exchange.ts).

export type Db = Kysely<DB> | Transaction<DB>;
export type PostRow = Selectable<ExchangePostsTable>;

/** Values are ORed within a facet and facets ANDed; an empty facet lets every post through. */
export interface ListFilter {
  kind: Kind[];
  cause: Cause[];
  region: Region[];
  topic: Topic[];
}

export const NO_FILTER: ListFilter = { kind: [], cause: [], region: [], topic: [] };

/** A keyset position in the newest-first order. */
export interface Cursor {
  at: string;
  id: string;
}

export async function postById(db: Db, id: string): Promise<PostRow | undefined> {
  return db.selectFrom('exchange_posts').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A facet with every value chosen narrows nothing (every post has a kind, a cause, a topic and a region). */
const narrowing = <T extends string>(chosen: readonly T[], all: readonly T[]): T[] =>
  all.every((v) => chosen.includes(v)) ? [] : [...chosen];

/** The filter as the queries apply it: facets that narrow nothing are left out. */
function narrowed(filter: ListFilter): ListFilter {
  return {
    kind: narrowing(filter.kind, KINDS),
    cause: narrowing(filter.cause, CAUSES),
    region: narrowing(filter.region, REGIONS),
    topic: narrowing(filter.topic, TOPICS),
  };
}

type PostsQuery = SelectQueryBuilder<DB, 'exchange_posts', PostRow>;

/** One value is an equality (an index can lead with it), several an IN list (checked inside the index). */
function oneOf(q: PostsQuery, column: 'kind' | 'cause' | 'topic', values: readonly string[]): PostsQuery {
  if (values.length === 0) return q;
  return values.length === 1 ? q.where(column, '=', values[0]!) : q.where(column, 'in', [...values]);
}

/** The filter's conditions, ORed within a facet (regions as one mask of bits), ANDed across facets. */
function filtered(q: PostsQuery, f: ListFilter): PostsQuery {
  q = oneOf(oneOf(oneOf(q, 'kind', f.kind), 'cause', f.cause), 'topic', f.topic);
  const mask = toRegionBits(f.region);
  return mask ? q.where(sql<boolean>`(region_bits & ${mask}) <> 0`) : q;
}

/** One value of the cause or the topic leads an index alone; else the one of them with fewer values, if several. */
function drivingFacet(f: ListFilter): 'cause' | 'topic' | null {
  if (f.cause.length === 1 || f.topic.length === 1) return null;
  const several = (['cause', 'topic'] as const).filter((facet) => f[facet].length > 1);
  return several.sort((a, b) => f[a].length - f[b].length)[0] ?? null;
}

/** The list's order: newest first, the id breaking ties, as the keyset. */
export const newestFirst = (a: PostRow, b: PostRow) =>
  a.created_at === b.created_at ? (a.id < b.id ? 1 : -1) : a.created_at < b.created_at ? 1 : -1;

/**
 * The listed, unexpired posts that pass the filter, newest first, after `after` (ADR 0020).
 * Several causes or several topics are read as one keyset walk per value of the facet with
 * fewer values chosen, each in its own index's order and limited to the page, then merged: a
 * page reads at most (values × limit) index entries and sorts no more than that, however rare
 * the values. One value of a facet is an equality, which leads its index by itself.
 */
export async function listedPosts(
  db: Db,
  filter: ListFilter,
  day: string,
  after: Cursor | null,
  limit: number,
): Promise<PostRow[]> {
  const f = narrowed(filter);
  const walk = (only: Partial<ListFilter>) => {
    let q = db.selectFrom('exchange_posts').selectAll().where('listed', '=', 1).where('expires_on', '>=', day);
    q = filtered(q, { ...f, ...only });
    if (after)
      q = q.where((eb) =>
        eb.or([eb('created_at', '<', after.at), eb.and([eb('created_at', '=', after.at), eb('id', '<', after.id)])]),
      );
    return q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  };
  const driver = drivingFacet(f);
  if (!driver) return walk({});
  const walks = await Promise.all(f[driver].map((value) => walk({ [driver]: [value] })));
  return walks.flat().sort(newestFirst).slice(0, limit);
}

/** The posts among `ids` that are listed, unexpired and pass the filter (a search's matches). */
export async function listedAmong(db: Db, ids: readonly string[], filter: ListFilter, day: string): Promise<PostRow[]> {
  if (ids.length === 0) return [];
  const q = db
    .selectFrom('exchange_posts')
    .selectAll()
    .where('id', 'in', [...ids])
    .where('listed', '=', 1)
    .where('expires_on', '>=', day);
  return filtered(q, narrowed(filter)).execute();
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

/**
 * The content name of the posts the public sees outside the exchange's own pages (a signatory's
 * profile lists its open offers and requests, ADR 0022): every write of a post moves it.
 */
export const EXCHANGE_CONTENT = 'exchange';

export async function insertPost(db: Db, row: PostRow): Promise<void> {
  await db.insertInto('exchange_posts').values(row).execute();
  await contentChanged(db, EXCHANGE_CONTENT);
}

export async function updatePost(db: Db, id: string, changes: Partial<PostRow>): Promise<void> {
  await db.updateTable('exchange_posts').set(changes).where('id', '=', id).execute();
  await contentChanged(db, EXCHANGE_CONTENT);
}

/** Many posts leave the lists at once (expiry, a withdrawal), in one statement. */
export async function unlistPosts(db: Db, ids: readonly string[], changes: Partial<PostRow>) {
  const result = await db.updateTable('exchange_posts').set(changes).where('id', 'in', ids).executeTakeFirst();
  await contentChanged(db, EXCHANGE_CONTENT);
  return Number(result.numUpdatedRows);
}

/** The post, locked for the change on PostgreSQL (SQLite runs one writer at a time). */
export async function lockPost(trx: Transaction<DB>, postgres: boolean, id: string): Promise<PostRow | undefined> {
  let q = trx.selectFrom('exchange_posts').selectAll().where('id', '=', id);
  if (postgres) q = q.forUpdate();
  return q.executeTakeFirst();
}
