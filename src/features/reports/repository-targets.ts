import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Selectable } from 'kysely';
import type { ReportTargetsTable } from './reports.table.ts';

type Db = Kysely<DB> | Transaction<DB>;

// An organisation's own targets (report_targets): those a report sets for later years, and those
// due by the report's year whose value reached it records. Read by (org_id, target_year): indexed.

const COLUMNS = [
  'id',
  'set_in_report_id',
  'indicator',
  'unit',
  'direction',
  'base_year',
  'base_value',
  'target_year',
  'target_value',
  'reached_value',
  'reached_report_id',
  'progress',
] as const;

export type TargetRow = Pick<Selectable<ReportTargetsTable>, (typeof COLUMNS)[number]>;

export async function targetsSetIn(db: Db, reportId: string): Promise<TargetRow[]> {
  return db
    .selectFrom('report_targets')
    .select(COLUMNS)
    .where('set_in_report_id', '=', reportId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/**
 * Earlier reports' targets this report records a value for: those due in its year, and those due
 * before that were not achieved in an earlier report.
 */
export async function targetsDue(db: Db, orgId: string, report: { id: string; year: number }): Promise<TargetRow[]> {
  return db
    .selectFrom('report_targets')
    .select(COLUMNS)
    .where('org_id', '=', orgId)
    .where('target_year', '<=', report.year)
    .where('set_in_report_id', '!=', report.id)
    .where((eb) =>
      eb.or([
        eb('target_year', '=', report.year),
        eb('reached_report_id', '=', report.id),
        eb('progress', 'is', null),
        eb('progress', '!=', 'achieved'),
      ]),
    )
    .orderBy('target_year')
    .orderBy('id')
    .execute();
}

export async function targetOf(db: Db, orgId: string, id: string): Promise<TargetRow | undefined> {
  return db.selectFrom('report_targets').select(COLUMNS).where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export type TargetFields = Pick<
  Selectable<ReportTargetsTable>,
  'indicator' | 'unit' | 'direction' | 'base_year' | 'base_value' | 'target_year' | 'target_value'
>;

export async function insertTarget(
  db: Db,
  row: TargetFields & { id: string; org_id: string; set_in_report_id: string; at: string },
): Promise<void> {
  const { at, ...rest } = row;
  await db.insertInto('report_targets').values({ ...rest, created_at: at, updated_at: at }).execute();
}

export async function updateTarget(db: Db, id: string, fields: TargetFields, at: string): Promise<void> {
  await db.updateTable('report_targets').set({ ...fields, updated_at: at }).where('id', '=', id).execute();
}

export async function deleteTarget(db: Db, id: string): Promise<void> {
  await db.deleteFrom('report_targets').where('id', '=', id).execute();
}

export async function recordReached(
  db: Db,
  id: string,
  set: { reached_value: string | null; reached_report_id: string | null; progress: string | null },
  at: string,
): Promise<void> {
  await db.updateTable('report_targets').set({ ...set, updated_at: at }).where('id', '=', id).execute();
}
