import { sql, type Expression, type Kysely, type Selectable, type SqlBool, type Transaction } from 'kysely';
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
type ListQuery = ReturnType<typeof listed>;

/** What a search sorts and filters its matches by: no texts, so reading a hundred is cheap. */
export type ObstacleKey = Pick<
  Obstacle,
  'id' | 'endorsement_count' | 'created_at' | 'status' | 'cause_bits' | 'group_bits' | 'region_bits' | 'audience_bits'
>;

export function keyOf(row: ObstacleKey, sort: Sort): Cursor {
  return sort === 'seen'
    ? { sort, n: Number(row.endorsement_count), at: row.created_at, id: row.id }
    : { sort, at: row.created_at, id: row.id };
}

/** Rows after `key` in its order; the leading column's bound repeated so both engines read a range. */
function afterKey(q: ListQuery, key: Cursor): ListQuery {
  return q.where((eb) =>
    key.sort === 'seen'
      ? eb.and([
          eb('o.endorsement_count', '<=', key.n),
          eb.or([
            eb('o.endorsement_count', '<', key.n),
            eb('o.created_at', '<', key.at),
            eb.and([eb('o.created_at', '=', key.at), eb('o.id', '<', key.id)]),
          ]),
        ])
      : eb.and([eb('o.created_at', '<=', key.at), eb.or([eb('o.created_at', '<', key.at), eb('o.id', '<', key.id)])]),
  );
}

function ordered(q: ListQuery, sort: Sort): ListQuery {
  return sort === 'seen'
    ? q.orderBy('o.endorsement_count', 'desc').orderBy('o.created_at', 'desc').orderBy('o.id', 'desc')
    : q.orderBy('o.created_at', 'desc').orderBy('o.id', 'desc');
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
  const base = from ? afterKey(listed(db), from) : listed(db);
  const all = conditions(filter);
  if (all.length === 0) return ordered(base, filter.sort).limit(limit).execute();
  const inner = ordered(base, filter.sort).limit(window);
  let q = db.selectFrom(inner.as('o')).selectAll();
  q = q.where((eb) => eb.and(all));
  q =
    filter.sort === 'seen'
      ? q.orderBy('o.endorsement_count', 'desc').orderBy('o.created_at', 'desc').orderBy('o.id', 'desc')
      : q.orderBy('o.created_at', 'desc').orderBy('o.id', 'desc');
  return (await q.limit(limit).execute()) as Obstacle[];
}

/** The key of the `size`-th listed obstacle after `from`, or null when fewer follow (a window's end). */
export async function windowEnd(db: Db, sort: Sort, from: Cursor | null, size: number): Promise<Cursor | null> {
  const base = from ? afterKey(listed(db), from) : listed(db);
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
 * The keys of the listed ones among a search's matches, from `obstacles_search_keys` alone
 * (migration 0031). A whole row carries the texts: reading a hundred of them cost a search page
 * more than all the rest (1.6 ms of 2.4 at 25,000 obstacles on SQLite), so the texts are read
 * for the page's twenty only.
 */
export async function listedKeysByIds(db: Db, ids: readonly string[]): Promise<ObstacleKey[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('obstacles as o')
    .select([
      'o.id',
      'o.endorsement_count',
      'o.created_at',
      'o.status',
      'o.cause_bits',
      'o.group_bits',
      'o.region_bits',
      'o.audience_bits',
    ])
    .where('o.listed', '=', 1)
    .where('o.id', 'in', ids)
    .execute();
}

/** Whether a row matches the filter (a search's matches are filtered as read). */
export function matches(row: ObstacleKey, filter: ListFilter): boolean {
  if (filter.statuses.length > 0 && !(filter.statuses as string[]).includes(row.status)) return false;
  return TAG_NAMES.every(
    (tag) => filter.tags[tag].length === 0 || (Number(row[TAG_COLUMN[tag]]) & toBits(tag, filter.tags[tag])) !== 0,
  );
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
