import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { ActivitiesTable } from './activities.table.ts';
import type { Cursor, LogFilter } from './query.ts';

// The activity log's queries: one activity, the organisation's log a page at a time, the years
// it has totals for.

type Db = Kysely<DB> | Transaction<DB>;
export type Activity = Selectable<ActivitiesTable>;

export async function insertActivity(db: Db, row: Insertable<ActivitiesTable>): Promise<void> {
  await db.insertInto('activities').values(row).execute();
}

/** Rows per statement: 25 columns × 400 rows stays under both engines' limits on bound parameters. */
const CHUNK = 400;

/** Many activities, one multi-row INSERT per chunk (the seeds, the import). */
export async function insertActivities(db: Db, rows: Insertable<ActivitiesTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK)
    await db
      .insertInto('activities')
      .values(rows.slice(i, i + CHUNK))
      .execute();
}

export async function activityById(db: Db, orgId: string, id: string): Promise<Activity | undefined> {
  return db.selectFrom('activities').selectAll().where('id', '=', id).where('org_id', '=', orgId).executeTakeFirst();
}

/**
 * The activity, locked for the change's transaction: a write that changes nothing takes the
 * row's lock on both engines, so two edits at once never take the same old figures out twice.
 */
export async function lockActivity(trx: Transaction<DB>, orgId: string, id: string): Promise<Activity | undefined> {
  const locked = await trx
    .updateTable('activities')
    .set((eb) => ({ updated_at: eb.ref('updated_at') }))
    .where('id', '=', id)
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  if (Number(locked.numUpdatedRows) === 0) return undefined;
  return activityById(trx, orgId, id);
}

export async function updateActivity(db: Db, id: string, set: Updateable<ActivitiesTable>): Promise<void> {
  await db.updateTable('activities').set(set).where('id', '=', id).execute();
}

export async function deleteActivity(db: Db, id: string): Promise<void> {
  await db.deleteFrom('activities').where('id', '=', id).execute();
}

/** One page of the log, newest first by date, on the index (org_id, starts_on, id, kind). */
export async function logPage(
  db: Db,
  orgId: string,
  filter: LogFilter,
  after: Cursor | null,
  size: number,
): Promise<Activity[]> {
  let q = db.selectFrom('activities').selectAll().where('org_id', '=', orgId);
  if (filter.year) {
    q = q.where('starts_on', '>=', `${filter.year}-01-01`).where('starts_on', '<=', `${filter.year}-12-31`);
  }
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  if (after) {
    q = q.where((eb) =>
      eb.or([eb('starts_on', '<', after.on), eb.and([eb('starts_on', '=', after.on), eb('id', '<', after.id)])]),
    );
  }
  return q.orderBy('starts_on', 'desc').orderBy('id', 'desc').limit(size).execute();
}

/** The years the organisation has activities in (its totals' rows for "all commitments"). */
export async function yearsWithTotals(db: Db, orgId: string): Promise<number[]> {
  const rows = await db
    .selectFrom('activity_totals')
    .select('year')
    .distinct()
    .where('org_id', '=', orgId)
    .where('commitment', '=', 0)
    .execute();
  return rows.map((r) => Number(r.year));
}
