import {
  sql,
  type Expression,
  type Insertable,
  type Kysely,
  type Selectable,
  type SqlBool,
  type Transaction,
} from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Dialect } from '../../platform/db/database.ts';
import { newId } from '../../platform/db/sql.ts';
import type { ActionsTable, ActionMilestonesTable } from './actions.table.ts';
import type { Cursor, ListFilter } from './query.ts';
import { actionsChanged } from './content.ts';
import { CAUSES, NEEDS, REGIONS, toBits } from './vocabulary.ts';

// Plain queries on the actions' own tables. The list reads `actions_newest` in its order and
// tests the filters on the columns the index carries.

export type Db = Kysely<DB> | Transaction<DB>;
export type Action = Selectable<ActionsTable>;
export type Milestone = Selectable<ActionMilestonesTable>;

/** Ours are lower-case letters, digits and dashes; anything else is not looked up. */
const REF = /^[a-z0-9-]{1,200}$/i;

export async function actionByRef(db: Db, ref: string): Promise<Action | undefined> {
  if (!REF.test(ref)) return undefined;
  return (
    (await db.selectFrom('actions').selectAll().where('slug', '=', ref).executeTakeFirst()) ??
    (await db.selectFrom('actions').selectAll().where('id', '=', ref).executeTakeFirst())
  );
}

/** The action, locked for the change on PostgreSQL (SQLite runs one writer at a time). */
export async function lockAction(trx: Transaction<DB>, dialect: Dialect, id: string): Promise<Action | undefined> {
  let query = trx.selectFrom('actions').selectAll().where('id', '=', id);
  if (dialect === 'postgres') query = query.forUpdate();
  return query.executeTakeFirst();
}

/** The action by slug or id, locked for the change. */
export async function lockActionByRef(
  trx: Transaction<DB>,
  dialect: Dialect,
  ref: string,
): Promise<Action | undefined> {
  const found = await actionByRef(trx, ref);
  return found ? lockAction(trx, dialect, found.id) : undefined;
}

export async function insertAction(db: Db, row: Insertable<ActionsTable>): Promise<void> {
  await db.insertInto('actions').values(row).execute();
}

export async function linkObstacles(db: Db, actionId: string, obstacleIds: readonly string[]): Promise<void> {
  if (obstacleIds.length === 0) return;
  await db
    .insertInto('action_obstacles')
    .values(obstacleIds.map((obstacle_id) => ({ action_id: actionId, obstacle_id })))
    .execute();
}

export async function obstacleIdsOf(db: Db, actionId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('action_obstacles')
    .select('obstacle_id')
    .where('action_id', '=', actionId)
    .execute();
  return rows.map((r) => r.obstacle_id);
}

export async function addHistory(
  db: Db,
  line: { actionId: string; actor: string; orgId: string | null; kind: string; detail?: string | null; at: string },
): Promise<void> {
  await db
    .insertInto('action_history')
    .values({
      id: newId(),
      action_id: line.actionId,
      at: line.at,
      actor: line.actor,
      org_id: line.orgId,
      kind: line.kind,
      detail: line.detail ?? null,
    })
    .execute();
  // Every change leaves a line here, so every change moves the cached list's version.
  await actionsChanged(db);
}

export async function historyOf(db: Db, actionId: string, limit: number) {
  return db
    .selectFrom('action_history')
    .select(['at', 'org_id', 'kind', 'detail'])
    .where('action_id', '=', actionId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** The filter's conditions: any chosen value within a facet (a bit mask of our own words), every facet. */
function conditions(filter: ListFilter): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = [];
  if (filter.statuses.length > 0) out.push(sql<SqlBool>`${sql.ref('a.status')} in (${sql.join(filter.statuses)})`);
  const masks = [
    ['need_bits', toBits(NEEDS, filter.needs)],
    ['cause_bits', toBits(CAUSES, filter.causes)],
    ['region_bits', toBits(REGIONS, filter.regions)],
  ] as const;
  for (const [col, mask] of masks)
    if (mask !== 0) out.push(sql<SqlBool>`(${sql.ref(`a.${col}`)} & ${sql.lit(mask)}) <> 0`);
  return out;
}

function listed(db: Db) {
  return db.selectFrom('actions as a').selectAll('a').where('a.listed', '=', 1);
}
type ListQuery = ReturnType<typeof listed>;

/** Newest first, after the cursor: the leading column bounded, so both engines read an index range. */
function newestAfter(q: ListQuery, after: Cursor | null): ListQuery {
  const from = after
    ? q.where((eb) =>
        eb.and([
          eb('a.created_at', '<=', after.at),
          eb.or([eb('a.created_at', '<', after.at), eb('a.id', '<', after.id)]),
        ]),
      )
    : q;
  return from.orderBy('a.created_at', 'desc').orderBy('a.id', 'desc');
}

/**
 * A page of the public list, newest first, after the cursor. Filters look at the next `window`
 * actions only (read along `actions_newest`), so a filter that matches almost nothing never
 * walks every action on one request; the page then offers to look further.
 */
export async function listRows(
  db: Db,
  filter: ListFilter,
  after: Cursor | null,
  limit: number,
  window: number,
): Promise<Action[]> {
  const all = conditions(filter);
  if (all.length === 0) return newestAfter(listed(db), after).limit(limit).execute();
  const inner = newestAfter(listed(db), after).limit(window);
  return (await db
    .selectFrom(inner.as('a'))
    .selectAll()
    .where((eb) => eb.and(all))
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit)
    .execute()) as Action[];
}

/**
 * A page of the actions against one obstacle, newest first, after the cursor: an obstacle has a
 * handful, so they are found by its links (`action_obstacles_obstacle`) and sorted, never by
 * walking the list.
 */
export async function rowsAgainst(
  db: Db,
  obstacleId: string,
  filter: ListFilter,
  after: Cursor | null,
  limit: number,
): Promise<Action[]> {
  const against = db.selectFrom('action_obstacles').select('action_id').where('obstacle_id', '=', obstacleId);
  const q = newestAfter(listed(db).where('a.id', 'in', against), after);
  const all = conditions(filter);
  return (all.length === 0 ? q : q.where((eb) => eb.and(all))).limit(limit).execute();
}

/** The key of the `size`-th listed action after the cursor, or null when fewer follow (the window's end). */
export async function windowEnd(db: Db, after: Cursor | null, size: number): Promise<Cursor | null> {
  const row = await newestAfter(listed(db), after)
    .select(['a.created_at', 'a.id'])
    .offset(size - 1)
    .limit(1)
    .executeTakeFirst();
  return row ? { at: row.created_at, id: row.id } : null;
}

export async function milestonesOf(db: Db, actionId: string): Promise<Milestone[]> {
  return db
    .selectFrom('action_milestones')
    .selectAll()
    .where('action_id', '=', actionId)
    .orderBy('due_on')
    .orderBy('id')
    .execute();
}

/** The milestones, partners and indicators of several actions at once (the API's pages). */
export async function detailsOfMany(db: Db, actionIds: readonly string[]) {
  if (actionIds.length === 0) return { milestones: [], partners: [], indicators: [] };
  const ids = [...actionIds];
  const [milestones, partners, indicators] = await Promise.all([
    db
      .selectFrom('action_milestones')
      .selectAll()
      .where('action_id', 'in', ids)
      .orderBy('due_on')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('action_partners')
      .select(['action_id', 'org_id', 'state', 'asked_by', 'asked_at', 'decided_at'])
      .where('action_id', 'in', ids)
      .where('state', '=', 'partner')
      .orderBy('decided_at')
      .execute(),
    db.selectFrom('action_indicators').selectAll().where('action_id', 'in', ids).orderBy('created_at').execute(),
  ]);
  return { milestones, partners, indicators };
}
