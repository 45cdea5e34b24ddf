import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { now } from '../../platform/db/sql.ts';
import { mustReport, reportingStatus, type ReportingStatus } from './status.ts';
import { belgianToday, dayOf } from './clock.ts';
import { contentChanged } from '../../platform/http/page-cache.ts';
import { REPORTS_CONTENT } from './content.ts';

type Db = Kysely<DB> | Transaction<DB>;

// Each required organisation's status in a cycle is kept in `reporting_statuses`, and the cycle
// keeps how many stand at each status (ADR 0032). Every write that can change a status (starting
// or submitting a report, opening a cycle, the daily job) calls `keepStatus` in its transaction.

const COUNT_COLUMN = {
  notStarted: 'not_started_count',
  inProgress: 'in_progress_count',
  reported: 'reported_count',
  late: 'late_count',
  notReporting: 'not_reporting_count',
} as const satisfies Partial<Record<ReportingStatus, string>>;

type Counted = keyof typeof COUNT_COLUMN;
const counted = (s: string | null): s is Counted => s !== null && s in COUNT_COLUMN;

export interface KeepInput {
  orgId: string;
  year: number;
  /** When the organisation signed, or null: read by the caller, who has the organisation's row. */
  signedAt: string | null;
  today?: string;
}

/**
 * Moves one organisation's stored status in a cycle to what `reportingStatus` says for `today`,
 * and the cycle's counts with it. Returns the status, or null when there is no such cycle or the
 * organisation need not report (then it has no row).
 */
export async function keepStatus(db: Db, { orgId, year, signedAt, today = belgianToday() }: KeepInput): Promise<ReportingStatus | null> {
  const cycle = await db
    .selectFrom('reporting_cycles')
    .select(['year', 'opens_on', 'due_on', 'grace_until'])
    .where('year', '=', year)
    .executeTakeFirst();
  if (!cycle) return null;
  const [report, held] = await Promise.all([
    db.selectFrom('reports').select(['status', 'submitted_at']).where('org_id', '=', orgId).where('year', '=', year).executeTakeFirst(),
    db.selectFrom('reporting_statuses').select(['status']).where('org_id', '=', orgId).where('year', '=', year).executeTakeFirst(),
  ]);
  const required = mustReport(signedAt, year);
  const answer = reportingStatus({
    cycle: { year, opensOn: cycle.opens_on, dueOn: cycle.due_on, graceUntil: cycle.grace_until },
    signedAt,
    report: report ? { submittedOn: report.submitted_at ? dayOf(report.submitted_at) : null } : null,
    today,
  });
  const before = held?.status ?? null;
  // A report submitted by an organisation that need not report is still "reported".
  const after = required || answer.status === 'reported' ? answer.status : null;
  if (after === null) {
    if (held) {
      await db.deleteFrom('reporting_statuses').where('org_id', '=', orgId).where('year', '=', year).execute();
      await moveCount(db, year, before, null, -1);
      await contentChanged(db, REPORTS_CONTENT);
    }
    return null;
  }
  const row = { status: after, since: answer.since, after_deadline: answer.afterDeadline ? 1 : 0, updated_at: now() };
  if (held) {
    if (before === after) {
      await db.updateTable('reporting_statuses').set(row).where('org_id', '=', orgId).where('year', '=', year).execute();
      return after;
    }
    await db.updateTable('reporting_statuses').set(row).where('org_id', '=', orgId).where('year', '=', year).execute();
    await moveCount(db, year, before, after, 0);
  } else {
    await db.insertInto('reporting_statuses').values({ org_id: orgId, year, ...row }).execute();
    await moveCount(db, year, null, after, 1);
  }
  // Profiles show the status (the page cache, ADR 0022); the directory's filter follows by triggers (migration 0041).
  await contentChanged(db, REPORTS_CONTENT);
  return after;
}

/** Moves one organisation from `from`'s count to `to`'s, and the cycle's required count by `required`. */
async function moveCount(db: Db, year: number, from: string | null, to: string | null, required: number): Promise<void> {
  const set: Record<string, unknown> = { updated_at: now() };
  if (required !== 0) set.required_count = sql`required_count + ${required}`;
  if (counted(from)) set[COUNT_COLUMN[from]] = sql.raw(`${COUNT_COLUMN[from]} - 1`);
  if (counted(to)) set[COUNT_COLUMN[to]] = sql.raw(`${COUNT_COLUMN[to]} + 1`);
  await db.updateTable('reporting_cycles').set(set).where('year', '=', year).execute();
}
