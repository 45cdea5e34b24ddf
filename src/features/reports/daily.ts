import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { signaturesOf, signatoriesSignedBefore, type SignatoryMark } from '../organisations/service-registration.ts';
import { belgianToday, dayOf } from './clock.ts';
import { keepStatus } from './kept.ts';
import { queueReminders } from './mails.ts';
import {
  claimCycleDay,
  claimReminderDay,
  cyclesToRun,
  reportStates,
  statusBatch,
  withStatus,
  type CycleRow,
} from './repository-cycles.ts';
import { reportingStatus } from './status.ts';

// The reporting day (ADR 0033): once per Belgian day, every cycle whose statuses can still change
// moves each organisation's stored status to what it is today (not started → late → not
// reporting on the cycle's days), and the reminders due that day go out. Housekeeping runs it
// about once an hour in every process; the first run of a day claims each cycle's day with one
// conditional update, so the others find nothing to do and no reminder goes out twice.

/** Organisations per query: bounded memory and statements, whatever the number of signatories. */
const BATCH = 500;

/** The first of January of `year`, midnight in Brussels (the winter offset holds on that day). */
export const yearStart = (year: number) => `${year - 1}-12-31T23:00:00.000Z`;

export const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The days a cycle's reminders go out: the deadline plus each offset. */
export function reminderDays(cycle: Pick<CycleRow, 'due_on' | 'reminder_offsets'>): string[] {
  const offsets = JSON.parse(cycle.reminder_offsets) as number[];
  return offsets.map((o) => addDays(cycle.due_on, o));
}

/**
 * Moves every stored status of the cycle to what it is on `today`, and gives a status to each
 * required signatory that has none (a paper signature recorded late with an earlier date). Reads
 * a batch of statuses, their organisations' signatures and reports in three queries, and calls
 * `keepStatus` only for the organisations whose status changes.
 */
export async function moveCycleStatuses(trx: Transaction<DB>, cycle: CycleRow, today: string): Promise<void> {
  const dates = { year: cycle.year, opensOn: cycle.opens_on, dueOn: cycle.due_on, graceUntil: cycle.grace_until };
  let after = '';
  for (;;) {
    const batch = await statusBatch(trx, cycle.year, after, BATCH);
    if (batch.length === 0) break;
    const ids = batch.map((r) => r.org_id);
    const [signatures, reports] = await Promise.all([signaturesOf(trx, ids), reportStates(trx, cycle.year, ids)]);
    const reportOf = new Map(reports.map((r) => [r.org_id, r]));
    for (const row of batch) {
      // An organisation that withdrew no longer has to report (its row goes, unless it reported).
      const signedAt = signatures.get(row.org_id) ?? null;
      const report = reportOf.get(row.org_id);
      const answer = reportingStatus({
        cycle: dates,
        signedAt,
        report: report ? { submittedOn: report.submitted_at ? dayOf(report.submitted_at) : null } : null,
        today,
      });
      if (answer.status !== row.status) await keepStatus(trx, { orgId: row.org_id, year: cycle.year, signedAt, today });
    }
    after = ids[ids.length - 1]!;
    if (batch.length < BATCH) break;
  }
  await keepRequiredSignatories(trx, cycle.year, today);
}

/** Gives a status to every signatory that must report for `year` and has none yet. */
export async function keepRequiredSignatories(trx: Transaction<DB>, year: number, today: string): Promise<number> {
  let after: SignatoryMark | null = null;
  let added = 0;
  for (;;) {
    const page = await signatoriesSignedBefore(trx, yearStart(year), after, BATCH);
    if (page.length === 0) break;
    const held = await withStatus(
      trx,
      year,
      page.map((s) => s.id),
    );
    for (const s of page) {
      if (held.has(s.id)) continue;
      await keepStatus(trx, { orgId: s.id, year, signedAt: s.signedAt, today });
      added++;
    }
    after = page[page.length - 1]!;
    if (page.length < BATCH) break;
  }
  return added;
}

/**
 * Runs the reporting day `today` (YYYY-MM-DD in Belgium): for each cycle not yet run today whose
 * statuses can still change, claims the day, moves the statuses, and, when a reminder day came
 * since the last run, queues that day's reminders (one digest per person for every cycle).
 * Returns the years it ran. Safe to call again the same day, in any process: it then does nothing.
 */
export async function runReportingDay(db: Kysely<DB>, today: string): Promise<number[]> {
  return db.transaction().execute(async (trx) => {
    const ran: number[] = [];
    const reminding: number[] = [];
    for (const cycle of await cyclesToRun(trx, today)) {
      if (!(await claimCycleDay(trx, cycle.year, today))) continue;
      ran.push(cycle.year);
      await moveCycleStatuses(trx, cycle, today);
      // A reminder day since the last run (the job may have missed a day): one reminder, today.
      const since = cycle.last_day ?? addDays(today, -1);
      const due = reminderDays(cycle).some((d) => d > since && d <= today);
      if (due && (await claimReminderDay(trx, cycle.year, today))) reminding.push(cycle.year);
    }
    if (reminding.length > 0) await queueReminders(trx, reminding, today);
    return ran;
  });
}

/** The feature's housekeeping (about once an hour): today's reporting day, once. */
export async function reportingHousekeeping(db: Kysely<DB>): Promise<void> {
  await runReportingDay(db, belgianToday());
}
