import { sql, type Expression, type Kysely, type Selectable, type SqlBool, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Dialect } from '../../platform/db/database.ts';
import { newId } from '../../platform/db/sql.ts';
import type { ActionsTable, ActionMilestonesTable } from './actions.table.ts';
import type { Cursor, ListFilter } from './query.ts';
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

export async function insertAction(db: Db, row: Action): Promise<void> {
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
  if (filter.statuses.length > 0) out.push(sql<SqlBool>`status in (${sql.join(filter.statuses)})`);
  const masks = [
    ['need_bits', toBits(NEEDS, filter.needs)],
    ['cause_bits', toBits(CAUSES, filter.causes)],
    ['region_bits', toBits(REGIONS, filter.regions)],
  ] as const;
  for (const [col, mask] of masks) if (mask !== 0) out.push(sql<SqlBool>`(${sql.ref(col)} & ${sql.lit(mask)}) <> 0`);
  return out;
}

/** A page of the public list, newest first, after the cursor; the filters tested on the index's columns. */
export async function listRows(db: Db, filter: ListFilter, after: Cursor | null, limit: number): Promise<Action[]> {
  let query = db.selectFrom('actions').selectAll().where('listed', '=', 1);
  if (after)
    query = query.where((eb) =>
      eb.or([eb('created_at', '<', after.at), eb.and([eb('created_at', '=', after.at), eb('id', '<', after.id)])]),
    );
  for (const c of conditions(filter)) query = query.where(c);
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
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
