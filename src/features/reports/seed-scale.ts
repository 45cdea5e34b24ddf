import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { now } from '../../platform/db/sql.ts';
import type { ScaleSignatory } from '../../platform/feature.ts';
import { belgianToday, dayOf } from './clock.ts';
import { cycleOf, insertCycle } from './repository-cycles.ts';
import { addToTotals, insertReports, seedCycles, type SeedReport, type SeedSection } from './seed-reports.ts';
import { mustReport, reportingStatus, type ReportingStatus } from './status.ts';

// `seed --scale N`'s reports, in bulk per batch of new signatories: the seeds' cycles are opened
// once if missing; in each closed cycle seven in eight of the required signatories reported (one
// in sixteen of them after the deadline) and the rest are not reporting; in the running cycle one
// in four has a report in progress. Statuses are what `reportingStatus` says, written in bulk
// with the cycles' counts moved by the batch's tally. In a file of its own so that the
// benchmarks' kept seeds (bench/lib.ts hashes every feature's seed-scale.ts) follow it.

const CHUNK = 100;

/** The kept count of each status (as kept.ts keeps them). */
const COUNT_COLUMN: Partial<Record<ReportingStatus, string>> = {
  notStarted: 'not_started_count',
  inProgress: 'in_progress_count',
  reported: 'reported_count',
  late: 'late_count',
  notReporting: 'not_reporting_count',
};

const SECTION_TEXT = ['Wekelijks digitaal spreekuur.', 'Opleiding voor het personeel.', ''];

function sections(i: number, draft: boolean): SeedSection[] {
  return Array.from({ length: 9 }, (_, k) => ({
    commitment: k + 1,
    facts: '[]',
    worked: draft && k > 2 ? '' : SECTION_TEXT[(i + k) % SECTION_TEXT.length]!,
    hard: '',
  }));
}

export async function seedScaleReports(db: Kysely<DB>, signatories: readonly ScaleSignatory[]): Promise<void> {
  if (signatories.length === 0) return;
  const today = belgianToday();
  const cycles = seedCycles(today);
  await db.transaction().execute(async (trx) => {
    for (const c of cycles) if (!(await cycleOf(trx, c.year))) await insertCycle(trx, c.year, c.days, 'seed', now());
    for (const c of cycles) {
      const required = signatories.filter((s) => mustReport(s.signedAt, c.year));
      const reports: SeedReport[] = required.flatMap((s, i) => {
        if (c.closed ? i % 8 === 7 : i % 4 !== 1) return [];
        const late = c.closed && i % 16 === 3;
        const day = late ? '06-09' : `0${3 + (i % 3)}-${String(1 + (i % 28)).padStart(2, '0')}`;
        const submittedAt = c.closed ? `${c.year + 1}-${day}T10:00:00.000Z` : null;
        const n = 1 + (i % 9);
        return [
          {
            orgId: s.id,
            year: c.year,
            lang: s.languages[0] ?? 'nl',
            userId: s.adminUserId,
            createdAt: `${c.days.opensOn}T09:00:00.000Z`,
            submittedAt,
            figures: c.closed
              ? { people_trained: n * 10, people_reached: n * 60, training_hours: n * 20, devices: n % 3 }
              : null,
            sections: sections(i, !c.closed),
            sector: s.sector,
            regions: s.regions,
          },
        ];
      });
      await insertReports(trx, reports);
      await addToTotals(trx, reports);
      await keepInBulk(trx, c.year, c.days, required, reports, today);
    }
  });
}

/** The batch's statuses in one cycle, written in bulk, and the cycle's counts moved by their tally. */
async function keepInBulk(
  trx: Transaction<DB>,
  year: number,
  days: { opensOn: string; dueOn: string; graceUntil: string },
  required: readonly ScaleSignatory[],
  reports: readonly SeedReport[],
  today: string,
): Promise<void> {
  const reportOf = new Map(reports.map((r) => [r.orgId, r]));
  const at = now();
  const rows = required.map((s) => {
    const report = reportOf.get(s.id);
    const answer = reportingStatus({
      cycle: { year, ...days },
      signedAt: s.signedAt,
      report: report ? { submittedOn: report.submittedAt ? dayOf(report.submittedAt) : null } : null,
      today,
    });
    return {
      org_id: s.id,
      year,
      status: answer.status,
      since: answer.since,
      after_deadline: answer.afterDeadline ? 1 : 0,
      updated_at: at,
    };
  });
  for (let i = 0; i < rows.length; i += CHUNK)
    await trx
      .insertInto('reporting_statuses')
      .values(rows.slice(i, i + CHUNK))
      .execute();
  const tally = new Map<string, number>();
  for (const r of rows) {
    const column = COUNT_COLUMN[r.status];
    if (column) tally.set(column, (tally.get(column) ?? 0) + 1);
  }
  const set: Record<string, unknown> = { required_count: sql`required_count + ${rows.length}`, updated_at: at };
  for (const [column, n] of tally) set[column] = sql`${sql.ref(column)} + ${n}`;
  await trx.updateTable('reporting_cycles').set(set).where('year', '=', year).execute();
}
