import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

// The consolidated reports read only what the writes keep: a cycle's counts (kept.ts) and the
// totals submissions keep per year, for everyone, per sector and per region (report_totals).
// Every query here is by primary key or a range of it, and returns a handful of rows whatever
// the number of reports: never a count or a scan of the reports themselves.

const CYCLE_COLUMNS = [
  'year',
  'opens_on',
  'due_on',
  'grace_until',
  'required_count',
  'not_started_count',
  'in_progress_count',
  'reported_count',
  'late_count',
  'not_reporting_count',
] as const;

export type CycleRow = Awaited<ReturnType<typeof cyclesBetween>>[number];
export type TotalsRow = Awaited<ReturnType<typeof totalsOf>>[number];

/** Every cycle's year and counts, newest first (one row a year). */
export function allCycles(db: Db) {
  return db.selectFrom('reporting_cycles').select(CYCLE_COLUMNS).orderBy('year', 'desc').execute();
}

/** The cycles of the years from `from` to `to`, oldest first. */
export function cyclesBetween(db: Db, from: number, to: number) {
  return db
    .selectFrom('reporting_cycles')
    .select(CYCLE_COLUMNS)
    .where('year', '>=', from)
    .where('year', '<=', to)
    .orderBy('year')
    .execute();
}

/** A year's totals: everyone's row, and one per sector and per region that has a report. */
export function totalsOf(db: Db, year: number) {
  return db.selectFrom('report_totals').selectAll().where('year', '=', year).execute();
}

/** Everyone's totals ('all') of the years from `from` to `to`. */
export function allTotalsBetween(db: Db, from: number, to: number) {
  return db
    .selectFrom('report_totals')
    .selectAll()
    .where('year', '>=', from)
    .where('year', '<=', to)
    .where('scope', '=', 'all')
    .where('code', '=', '')
    .execute();
}
