import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { newId, now } from '../../platform/db/sql.ts';
import { keepStatus } from './kept.ts';
import type { ReportState } from './reports.table.ts';

// Helpers for the reports' tests: a cycle with fixed days, an organisation that signed long
// before it, and a report put straight in the tables for the tests of what reads reports
// (public pages, totals, the dashboard) without going through the editor.

export interface TestCycleDays {
  opensOn: string;
  dueOn: string;
  graceUntil: string;
}

/** The cycle for `year`: 1 February to 31 May of the next year, grace until 30 June. */
export async function openTestCycle(db: Kysely<DB>, year: number, days: Partial<TestCycleDays> = {}): Promise<void> {
  const at = now();
  await db
    .insertInto('reporting_cycles')
    .values({
      year,
      opens_on: days.opensOn ?? `${year + 1}-02-01`,
      due_on: days.dueOn ?? `${year + 1}-05-31`,
      grace_until: days.graceUntil ?? `${year + 1}-06-30`,
      reminder_offsets: JSON.stringify([-14, 0, 7]),
      opened_by: 'test',
      opened_at: at,
      updated_at: at,
    })
    .execute();
}

/** Moves an organisation's signature back to `at` (the test helper signs "now"). */
export async function signedOn(db: Kysely<DB>, orgId: string, at = '2020-03-02T10:00:00.000Z'): Promise<void> {
  await db.updateTable('organisations').set({ signed_at: at }).where('id', '=', orgId).execute();
}

export interface TestReport {
  status?: ReportState;
  submittedAt?: string;
  lang?: string;
  figures?: Partial<Record<'people_trained' | 'people_reached' | 'training_hours' | 'devices', number>>;
  /** Commitment → narrative of what worked. */
  worked?: Record<number, string>;
  today?: string;
}

/** A report with its nine sections, as the editor leaves it, and the organisation's status kept. */
export async function insertTestReport(db: Kysely<DB>, orgId: string, year: number, report: TestReport = {}): Promise<string> {
  const id = newId();
  const at = now();
  const status = report.status ?? 'submitted';
  await db
    .insertInto('reports')
    .values({
      id,
      org_id: orgId,
      year,
      lang: report.lang ?? 'en',
      status,
      private: 0,
      people_trained: report.figures?.people_trained ?? null,
      people_reached: report.figures?.people_reached ?? null,
      training_hours: report.figures?.training_hours ?? null,
      devices: report.figures?.devices ?? null,
      created_by: 'test',
      created_at: at,
      updated_at: at,
      submitted_by: status === 'submitted' ? 'test' : null,
      submitted_at: status === 'submitted' ? (report.submittedAt ?? at) : null,
    })
    .execute();
  await db
    .insertInto('report_sections')
    .values(
      Array.from({ length: 9 }, (_, i) => ({
        report_id: id,
        commitment: i + 1,
        facts: '[]',
        confirmed: status === 'submitted' ? 1 : 0,
        worked: report.worked?.[i + 1] ?? '',
      })),
    )
    .execute();
  const org = await db.selectFrom('organisations').select('signed_at').where('id', '=', orgId).executeTakeFirstOrThrow();
  await keepStatus(db, { orgId, year, signedAt: org.signed_at, today: report.today });
  return id;
}
