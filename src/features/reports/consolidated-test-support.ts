import assert from 'node:assert/strict';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { TotalsScope } from './reports.table.ts';

// The consolidated reports' tests write the totals straight into `report_totals`, as the
// submissions keep them, so that what the pages show can be compared with known sums.

export interface TestTotals {
  reports: number;
  people_trained: number;
  people_reached: number;
  training_hours: number;
  devices: number;
  targets_due: number;
  targets_met: number;
  /** Reports with something under commitments 1 to 9. */
  commitments: number[];
}

const FIELDS = [
  'reports',
  'people_trained',
  'people_reached',
  'training_hours',
  'devices',
  'targets_due',
  'targets_met',
] as const;

/** The sum of several organisations' totals (the row for everyone, or a region's). */
export function sumTotals(list: TestTotals[]): TestTotals {
  const sum = Object.fromEntries(FIELDS.map((f) => [f, list.reduce((n, x) => n + x[f], 0)])) as Omit<
    TestTotals,
    'commitments'
  >;
  return { ...sum, commitments: Array.from({ length: 9 }, (_, i) => list.reduce((n, x) => n + x.commitments[i]!, 0)) };
}

export async function insertTotals(
  db: Kysely<DB>,
  year: number,
  scope: TotalsScope,
  code: string,
  t: TestTotals,
): Promise<void> {
  const { commitments, ...figures } = t;
  await db
    .insertInto('report_totals')
    .values({
      year,
      scope,
      code,
      ...figures,
      ...Object.fromEntries(commitments.map((n, i) => [`commitment_${i + 1}`, n])),
    })
    .execute();
}

/** The cells of a table's row on a page, by the text of the row's header. */
export function rowCells(html: string, header: string): string[] {
  const m = html.match(new RegExp(`<th scope="row">${header}</th>((?:<td[^>]*>[^<]*</td>)+)`));
  assert.ok(m, `a row "${header}"`);
  return [...m[1]!.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((c) => c[1]!);
}
