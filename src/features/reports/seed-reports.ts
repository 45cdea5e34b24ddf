import { sql, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { newId } from '../../platform/db/sql.ts';
import type { ReportTotalsTable } from './reports.table.ts';
import { addDays } from './daily.ts';
import type { CycleDays } from './repository-cycles.ts';

// Reports written straight into the tables for `seed --demo` and `seed --scale N`, in bulk, with
// the totals the consolidated report reads (scope 'all' with code '', each sector, each region)
// added up as submissions keep them. Statuses are the callers' (keepStatus for the demo; the
// scale seed writes them in bulk).

/** Rows per insert: well under both engines' limits on bound parameters. */
const CHUNK = 100;

export interface SeedSection {
  commitment: number;
  /** JSON of what the platform knew (CommitmentPart['done']). */
  facts: string;
  worked: string;
  hard: string;
  correction?: string;
}

export interface SeedReport {
  orgId: string;
  year: number;
  lang: string;
  userId: string;
  createdAt: string;
  /** Null for a draft. */
  submittedAt: string | null;
  figures: { people_trained: number; people_reached: number; training_hours: number; devices: number } | null;
  sections: SeedSection[];
  /** For the totals. */
  sector: string;
  regions: readonly string[];
}

export interface SeedTarget {
  orgId: string;
  setInReportId: string;
  indicator: string;
  unit: string;
  baseYear: number;
  baseValue: number;
  targetYear: number;
  targetValue: number;
  /** The value reached, entered in the target year's report. */
  reached: { value: number; reportId: string; progress: string } | null;
  at: string;
}

async function inChunks<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/** Inserts the reports and their nine sections; returns their ids in the same order. */
export async function insertReports(trx: Transaction<DB>, reports: readonly SeedReport[]): Promise<string[]> {
  const ids = reports.map(() => newId());
  await inChunks(
    reports.map((r, i) => ({ r, id: ids[i]! })),
    (chunk) =>
      trx
        .insertInto('reports')
        .values(
          chunk.map(({ r, id }) => ({
            id,
            org_id: r.orgId,
            year: r.year,
            lang: r.lang,
            status: r.submittedAt ? ('submitted' as const) : ('draft' as const),
            private: 0,
            people_trained: r.figures?.people_trained ?? null,
            people_reached: r.figures?.people_reached ?? null,
            training_hours: r.figures?.training_hours ?? null,
            devices: r.figures?.devices ?? null,
            headline_version: r.figures ? 1 : 0,
            created_by: r.userId,
            created_at: r.createdAt,
            updated_at: r.submittedAt ?? r.createdAt,
            submitted_by: r.submittedAt ? r.userId : null,
            submitted_at: r.submittedAt,
          })),
        )
        .execute(),
  );
  const sections = reports.flatMap((r, i) =>
    r.sections.map((s) => ({
      report_id: ids[i]!,
      commitment: s.commitment,
      facts: s.facts,
      confirmed: r.submittedAt ? 1 : 0,
      correction: s.correction ?? '',
      worked: s.worked,
      hard: s.hard,
      version: s.worked || s.hard ? 1 : 0,
      updated_by: s.worked || s.hard ? r.userId : null,
      updated_at: s.worked || s.hard ? (r.submittedAt ?? r.createdAt) : null,
    })),
  );
  await inChunks(sections, (chunk) => trx.insertInto('report_sections').values(chunk).execute());
  return ids;
}

export async function insertTargets(trx: Transaction<DB>, targets: readonly SeedTarget[]): Promise<void> {
  await inChunks(targets, (chunk) =>
    trx
      .insertInto('report_targets')
      .values(
        chunk.map((g) => ({
          id: newId(),
          org_id: g.orgId,
          set_in_report_id: g.setInReportId,
          indicator: g.indicator,
          unit: g.unit,
          direction: 'increase' as const,
          base_year: g.baseYear,
          base_value: String(g.baseValue),
          target_year: g.targetYear,
          target_value: String(g.targetValue),
          reached_value: g.reached ? String(g.reached.value) : null,
          reached_report_id: g.reached?.reportId ?? null,
          progress: g.reached?.progress ?? null,
          created_at: g.at,
          updated_at: g.at,
        })),
      )
      .execute(),
  );
}

type Sums = Omit<ReportTotalsTable, 'year' | 'scope' | 'code'>;
type Sum = { [K in keyof Sums]: number };
const SUM_COLUMNS = [
  'reports',
  'people_trained',
  'people_reached',
  'training_hours',
  'devices',
  'targets_due',
  'targets_met',
  ...([1, 2, 3, 4, 5, 6, 7, 8, 9] as const).map((n) => `commitment_${n}` as const),
] as const satisfies readonly (keyof Sums)[];

/** A section counts for its commitment when something was done: facts known, or a narrative. */
const didSomething = (s: SeedSection) => s.facts !== '[]' || s.worked !== '';

/**
 * Adds submitted reports to the year's totals, for everyone, their sector and each of their
 * regions; `targets` gives, per report index, the targets due that year and those met.
 */
export async function addToTotals(
  trx: Transaction<DB>,
  reports: readonly SeedReport[],
  targets: ReadonlyMap<number, { due: number; met: number }> = new Map(),
): Promise<void> {
  const sums = new Map<string, { year: number; scope: 'all' | 'sector' | 'region'; code: string; sum: Sum }>();
  reports.forEach((r, i) => {
    if (!r.submittedAt) return;
    const keys = [
      { scope: 'all' as const, code: '' },
      { scope: 'sector' as const, code: r.sector },
      ...r.regions.map((code) => ({ scope: 'region' as const, code })),
    ];
    for (const k of keys) {
      const id = `${r.year}|${k.scope}|${k.code}`;
      const entry = sums.get(id) ?? {
        year: r.year,
        ...k,
        sum: Object.fromEntries(SUM_COLUMNS.map((c) => [c, 0])) as Sum,
      };
      const s = entry.sum;
      s.reports += 1;
      s.people_trained += r.figures?.people_trained ?? 0;
      s.people_reached += r.figures?.people_reached ?? 0;
      s.training_hours += r.figures?.training_hours ?? 0;
      s.devices += r.figures?.devices ?? 0;
      s.targets_due += targets.get(i)?.due ?? 0;
      s.targets_met += targets.get(i)?.met ?? 0;
      for (const section of r.sections)
        if (didSomething(section)) s[`commitment_${section.commitment}` as keyof Sum] += 1;
      sums.set(id, entry);
    }
  });
  for (const { year, scope, code, sum } of sums.values())
    await trx
      .insertInto('report_totals')
      .values({ year, scope, code, ...sum })
      .onConflict((oc) =>
        oc
          .columns(['year', 'scope', 'code'])
          .doUpdateSet(
            Object.fromEntries(SUM_COLUMNS.map((c) => [c, sql`report_totals.${sql.ref(c)} + excluded.${sql.ref(c)}`])),
          ),
      )
      .execute();
}

/**
 * The seeds' cycles, counted back from this year: the two years before last are closed, with the
 * usual days; last year's is open now whatever today's date (opened at least two weeks ago, its
 * deadline at least six weeks away).
 */
export function seedCycles(today: string): { year: number; days: CycleDays; closed: boolean }[] {
  const thisYear = Number(today.slice(0, 4));
  const usual = (year: number): CycleDays => ({
    opensOn: `${year + 1}-02-01`,
    dueOn: `${year + 1}-05-31`,
    graceUntil: `${year + 1}-06-30`,
    offsets: [-14, 0, 7],
  });
  const last = usual(thisYear - 1);
  const opensOn = last.opensOn < addDays(today, -14) ? last.opensOn : addDays(today, -14);
  const dueOn = last.dueOn > addDays(today, 45) ? last.dueOn : addDays(today, 45);
  return [
    { year: thisYear - 3, days: usual(thisYear - 3), closed: true },
    { year: thisYear - 2, days: usual(thisYear - 2), closed: true },
    {
      year: thisYear - 1,
      days: { opensOn, dueOn, graceUntil: addDays(dueOn, 30), offsets: last.offsets },
      closed: false,
    },
  ];
}
