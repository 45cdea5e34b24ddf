import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { ReportingStatus } from './status.ts';

// The reporting cycles and the statuses kept per organisation: plain queries, each on an index
// (the cycle's primary key, `reporting_statuses_year` for a cycle's organisations by status, the
// statuses' primary key for the daily job's batches by organisation).

type Db = Kysely<DB> | Transaction<DB>;

export interface CycleRow {
  year: number;
  opens_on: string;
  due_on: string;
  grace_until: string;
  reminder_offsets: string;
  opened_at: string;
  updated_at: string;
  last_day: string | null;
  required_count: number;
  not_started_count: number;
  in_progress_count: number;
  reported_count: number;
  late_count: number;
  not_reporting_count: number;
}

const CYCLE_COLUMNS = [
  'year',
  'opens_on',
  'due_on',
  'grace_until',
  'reminder_offsets',
  'opened_at',
  'updated_at',
  'last_day',
  'required_count',
  'not_started_count',
  'in_progress_count',
  'reported_count',
  'late_count',
  'not_reporting_count',
] as const;

/** The cycles, newest year first (one a year: a bounded list). */
export function cycles(db: Db, limit: number): Promise<CycleRow[]> {
  return db.selectFrom('reporting_cycles').select(CYCLE_COLUMNS).orderBy('year', 'desc').limit(limit).execute();
}

export function cycleOf(db: Db, year: number): Promise<CycleRow | undefined> {
  return db.selectFrom('reporting_cycles').select(CYCLE_COLUMNS).where('year', '=', year).executeTakeFirst();
}

export interface CycleDays {
  opensOn: string;
  dueOn: string;
  graceUntil: string;
  offsets: number[];
}

export async function insertCycle(db: Db, year: number, days: CycleDays, actor: string, at: string): Promise<void> {
  await db
    .insertInto('reporting_cycles')
    .values({
      year,
      opens_on: days.opensOn,
      due_on: days.dueOn,
      grace_until: days.graceUntil,
      reminder_offsets: JSON.stringify(days.offsets),
      opened_by: actor,
      opened_at: at,
      updated_at: at,
    })
    .execute();
}

export async function updateCycleDays(db: Db, year: number, days: CycleDays, at: string): Promise<void> {
  await db
    .updateTable('reporting_cycles')
    .set({
      opens_on: days.opensOn,
      due_on: days.dueOn,
      grace_until: days.graceUntil,
      reminder_offsets: JSON.stringify(days.offsets),
      updated_at: at,
    })
    .where('year', '=', year)
    .execute();
}

/**
 * The cycles the daily job still moves: those whose statuses can still change (the day after the
 * grace period is the last change) and whose day `today` has not been run yet.
 */
export function cyclesToRun(db: Db, today: string): Promise<CycleRow[]> {
  return db
    .selectFrom('reporting_cycles')
    .select(CYCLE_COLUMNS)
    .where((eb) =>
      eb.or([
        eb('last_day', 'is', null),
        eb.and([eb('last_day', '<', today), eb('last_day', '<=', eb.ref('grace_until'))]),
      ]),
    )
    .orderBy('year')
    .execute();
}

/**
 * Claims a cycle's day for this process: one conditional update, so that of several processes
 * running the job at once only one moves the statuses and sends the day's reminders.
 */
export async function claimCycleDay(db: Db, year: number, today: string): Promise<boolean> {
  const result = await db
    .updateTable('reporting_cycles')
    .set({ last_day: today })
    .where('year', '=', year)
    .where((eb) => eb.or([eb('last_day', 'is', null), eb('last_day', '<', today)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The reminders' own day per cycle, in the platform's settings: automatic and on-demand ones share it. */
const reminderKey = (year: number) => `reports_reminded_${year}`;

/** Claims the day's reminders of a cycle; false when they went out today already. */
export async function claimReminderDay(db: Db, year: number, today: string): Promise<boolean> {
  await db
    .insertInto('settings')
    .values({ key: reminderKey(year), value: '' })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const result = await db
    .updateTable('settings')
    .set({ value: today })
    .where('key', '=', reminderKey(year))
    .where('value', '<', today)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface StatusLine {
  org_id: string;
  status: ReportingStatus;
  since: string | null;
  after_deadline: number;
  updated_at: string;
}

/** One status's organisations in a cycle after `afterOrgId`, on the (year, status, org_id) index. */
export function statusLines(
  db: Db,
  year: number,
  status: ReportingStatus,
  afterOrgId: string | null,
  limit: number,
): Promise<StatusLine[]> {
  let q = db
    .selectFrom('reporting_statuses')
    .select(['org_id', 'status', 'since', 'after_deadline', 'updated_at'])
    .where('year', '=', year)
    .where('status', '=', status);
  if (afterOrgId !== null) q = q.where('org_id', '>', afterOrgId);
  return q.orderBy('org_id').limit(limit).execute();
}

/** A cycle's stored statuses after `afterOrgId`, by organisation: the daily job's batches. */
export function statusBatch(
  db: Db,
  year: number,
  afterOrgId: string,
  limit: number,
): Promise<{ org_id: string; status: ReportingStatus }[]> {
  return db
    .selectFrom('reporting_statuses')
    .select(['org_id', 'status'])
    .where('org_id', '>', afterOrgId)
    .where('year', '=', year)
    .orderBy('org_id')
    .limit(limit)
    .execute();
}

/** Of these organisations, those that have a status in the cycle. */
export async function withStatus(db: Db, year: number, orgIds: readonly string[]): Promise<Set<string>> {
  if (orgIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('reporting_statuses')
    .select('org_id')
    .where('year', '=', year)
    .where('org_id', 'in', orgIds)
    .execute();
  return new Set(rows.map((r) => r.org_id));
}

/** The reports of these organisations in the cycle: started (a draft) and when submitted. */
export function reportStates(
  db: Db,
  year: number,
  orgIds: readonly string[],
): Promise<{ org_id: string; submitted_at: string | null }[]> {
  if (orgIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('reports')
    .select(['org_id', 'submitted_at'])
    .where('year', '=', year)
    .where('org_id', 'in', orgIds)
    .execute();
}
