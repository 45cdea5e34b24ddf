import {
  sql,
  type Expression,
  type Kysely,
  type Selectable,
  type SelectQueryBuilder,
  type SqlBool,
  type Transaction,
} from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Dialect } from '../../platform/db/database.ts';
import type { ObstaclesTable } from './obstacles.table.ts';
import type { Cursor, ListFilter, Sort } from './query.ts';
import { TAG_COLUMN, TAG_NAMES, toBits } from './vocabulary.ts';

// Plain queries on the obstacles' own tables. The list reads the `obstacles_newest` and
// `obstacles_seen` indexes in their order and tests the filters on the columns they carry.

export type Db = Kysely<DB> | Transaction<DB>;
export type Obstacle = Selectable<ObstaclesTable>;

/** What a new obstacle needs; it starts open, listed, with no endorsement and no decision. */
export type NewObstacle = Pick<
  Obstacle,
  | 'id'
  | 'slug'
  | 'org_id'
  | 'created_by'
  | 'lang'
  | 'title'
  | 'description'
  | 'evidence_text'
  | 'evidence_link'
  | 'evidence_figure'
  | 'cause_bits'
  | 'group_bits'
  | 'region_bits'
  | 'audience_bits'
  | 'created_at'
>;

export async function insertObstacle(db: Db, o: NewObstacle): Promise<void> {
  await db
    .insertInto('obstacles')
    .values({
      ...o,
      status: 'open',
      listed: 1,
      endorsement_count: 0,
      close_reason: null,
      closed_at: null,
      hidden_reason: null,
      hidden_at: null,
      merged_into: null,
      merged_at: null,
      updated_at: o.created_at,
    })
    .execute();
}

/**
 * What a slug or an id can be: ours are lower-case letters, digits and dashes. Anything else (a
 * NUL byte PostgreSQL refuses, a path) is not looked up: no such obstacle.
 */
const REF = /^[a-z0-9-]{1,200}$/i;

export async function obstacleById(db: Db, id: string): Promise<Obstacle | undefined> {
  if (!REF.test(id)) return undefined;
  return db.selectFrom('obstacles').selectAll().where('id', '=', id).executeTakeFirst();
}

/** By its slug, or by its id (both are in its addresses). */
export async function obstacleByRef(db: Db, ref: string): Promise<Obstacle | undefined> {
  if (!REF.test(ref)) return undefined;
  return (
    (await db.selectFrom('obstacles').selectAll().where('slug', '=', ref).executeTakeFirst()) ??
    (await obstacleById(db, ref))
  );
}

/** The obstacle, locked for the change on PostgreSQL (SQLite runs one writer at a time). */
export async function lockObstacle(trx: Transaction<DB>, dialect: Dialect, id: string): Promise<Obstacle | undefined> {
  let query = trx.selectFrom('obstacles').selectAll().where('id', '=', id);
  if (dialect === 'postgres') query = query.forUpdate();
  return query.executeTakeFirst();
}

/** The filter's conditions: any chosen value within a facet (a bit mask of our own words), every facet. */
function conditions(filter: ListFilter): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = [];
  for (const tag of TAG_NAMES) {
    if (filter.tags[tag].length === 0) continue;
    const mask = toBits(tag, filter.tags[tag]);
    out.push(sql<SqlBool>`(${sql.ref(`o.${TAG_COLUMN[tag]}`)} & ${sql.lit(mask)}) <> 0`);
  }
  if (filter.statuses.length > 0) out.push(sql<SqlBool>`${sql.ref('o.status')} in (${sql.join(filter.statuses)})`);
  return out;
}

function listed(db: Db) {
  return db.selectFrom('obstacles as o').selectAll('o').where('o.listed', '=', 1);
}

/** What a list is ordered by, and its cursors are made of. */
export type ObstacleKey = Pick<Obstacle, 'id' | 'endorsement_count' | 'created_at'>;

export function keyOf(row: ObstacleKey, sort: Sort): Cursor {
  return sort === 'seen'
    ? { sort, n: Number(row.endorsement_count), at: row.created_at, id: row.id }
    : { sort, at: row.created_at, id: row.id };
}

/** Rows after `key` in its order; the leading column's bound repeated so both engines read a range. */
function after(key: Cursor): Expression<SqlBool> {
  const [n, at, id] = [sql.ref('o.endorsement_count'), sql.ref('o.created_at'), sql.ref('o.id')];
  return key.sort === 'seen'
    ? sql<SqlBool>`(${n} <= ${key.n} and (${n} < ${key.n} or ${at} < ${key.at} or (${at} = ${key.at} and ${id} < ${key.id})))`
    : sql<SqlBool>`(${at} <= ${key.at} and (${at} < ${key.at} or ${id} < ${key.id}))`;
}

const ORDER: Record<Sort, readonly string[]> = {
  seen: ['o.endorsement_count', 'o.created_at', 'o.id'],
  newest: ['o.created_at', 'o.id'],
};

/** Any query over obstacles aliased `o` (the table, or a subquery with the key columns) in the order of `sort`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function ordered<Q extends SelectQueryBuilder<any, any, any>>(q: Q, sort: Sort): Q {
  return ORDER[sort].reduce((acc, column) => acc.orderBy(sql.ref(column), 'desc') as Q, q);
}

/**
 * A page of listed obstacles in the order of `sort`, after `from`. Filters are applied to the
 * first `window` obstacles after the cursor only (read along the order's index), so a filter
 * that matches almost nothing never walks the whole register on one request.
 */
export async function listRows(
  db: Db,
  filter: ListFilter,
  from: Cursor | null,
  limit: number,
  window: number,
): Promise<Obstacle[]> {
  const base = from ? listed(db).where(after(from)) : listed(db);
  const all = conditions(filter);
  if (all.length === 0) return ordered(base, filter.sort).limit(limit).execute();
  const inner = ordered(base, filter.sort).limit(window);
  const q = db
    .selectFrom(inner.as('o'))
    .selectAll()
    .where((eb) => eb.and(all));
  return (await ordered(q, filter.sort).limit(limit).execute()) as Obstacle[];
}

/** The key of the `size`-th listed obstacle after `from`, or null when fewer follow (a window's end). */
export async function windowEnd(db: Db, sort: Sort, from: Cursor | null, size: number): Promise<Cursor | null> {
  const base = from ? listed(db).where(after(from)) : listed(db);
  const row = await ordered(base, sort)
    .offset(size - 1)
    .limit(1)
    .executeTakeFirst();
  return row ? keyOf(row, sort) : null;
}

/** The listed ones among these obstacles, whole (the page's rows, in any order). */
export async function listedByIds(db: Db, ids: readonly string[]): Promise<Obstacle[]> {
  if (ids.length === 0) return [];
  return listed(db).where('o.id', 'in', ids).execute();
}

/**
 * Among a search's matches, the keys of the next `limit` listed ones that pass the filter, in
 * the order of `filter.sort`, after `from`. The filter, the cursor and the order run in the
 * database on `obstacles_search_keys` (migration 0031) and only a page's keys come back: handing
 * all two hundred matches' keys to JavaScript to filter and sort there cost a search page more
 * than everything else it reads (bench/README.md, issue 7). The texts are read for the page only.
 */
export async function searchedKeys(
  db: Db,
  ids: readonly string[],
  filter: ListFilter,
  from: Cursor | null,
  limit: number,
): Promise<ObstacleKey[]> {
  if (ids.length === 0) return [];
  // The LIMIT keeps both engines from merging the subquery into the outer one and then walking
  // a list index in its order until enough of the matches turn up (the whole register when
  // they are few): the matches are read by id, and only they are sorted.
  const matched = db
    .selectFrom('obstacles as o')
    .select([
      'o.id',
      'o.endorsement_count',
      'o.created_at',
      'o.status',
      ...TAG_NAMES.map((t) => `o.${TAG_COLUMN[t]}` as const),
    ])
    .where('o.listed', '=', 1)
    .where('o.id', 'in', ids)
    .limit(ids.length);
  const all = [...conditions(filter), ...(from ? [after(from)] : [])];
  const q = db.selectFrom(matched.as('o')).select(['o.id', 'o.endorsement_count', 'o.created_at']);
  return ordered(all.length === 0 ? q : q.where((eb) => eb.and(all)), filter.sort)
    .limit(limit)
    .execute();
}

export async function endorsementsOf(db: Db, obstacleId: string, limit: number) {
  return db
    .selectFrom('obstacle_endorsements')
    .select(['org_id', 'evidence', 'created_at'])
    .where('obstacle_id', '=', obstacleId)
    .orderBy('created_at', 'desc')
    .orderBy('org_id')
    .limit(limit)
    .execute();
}

export async function endorsedByAny(db: Db, obstacleId: string, orgIds: readonly string[]): Promise<Set<string>> {
  if (orgIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('obstacle_endorsements')
    .select('org_id')
    .where('obstacle_id', '=', obstacleId)
    .where('org_id', 'in', [...orgIds])
    .execute();
  return new Set(rows.map((r) => r.org_id));
}

/** Adds the endorsement unless the organisation has one; true when it was added. */
export async function insertEndorsement(
  db: Db,
  e: { obstacleId: string; orgId: string; evidence: string | null; userId: string; at: string },
): Promise<boolean> {
  const result = await db
    .insertInto('obstacle_endorsements')
    .values({
      obstacle_id: e.obstacleId,
      org_id: e.orgId,
      evidence: e.evidence,
      created_by: e.userId,
      created_at: e.at,
    })
    .onConflict((oc) => oc.columns(['obstacle_id', 'org_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function deleteEndorsement(db: Db, obstacleId: string, orgId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('obstacle_endorsements')
    .where('obstacle_id', '=', obstacleId)
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** What an organisation reported and is listed, newest first (its public profile). */
export async function reportedBy(db: Db, orgId: string, limit: number): Promise<Obstacle[]> {
  return db
    .selectFrom('obstacles')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('listed', '=', 1)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** The listed obstacles an organisation endorsed, the latest endorsement first. */
export async function endorsedBy(db: Db, orgId: string, limit: number): Promise<Obstacle[]> {
  return db
    .selectFrom('obstacle_endorsements as e')
    .innerJoin('obstacles as o', 'o.id', 'e.obstacle_id')
    .selectAll('o')
    .where('e.org_id', '=', orgId)
    .where('o.listed', '=', 1)
    .orderBy('e.created_at', 'desc')
    .orderBy('o.id')
    .limit(limit)
    .execute();
}
