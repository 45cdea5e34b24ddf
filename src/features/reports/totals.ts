import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { organisationSpace } from '../organisations/service.ts';
import { tagsFromBits } from '../organisations/service-directory.ts';
import type { ReportTotalsTable } from './reports.table.ts';

type Db = Kysely<DB> | Transaction<DB>;

// What submitted reports add up to per year (report_totals), for everyone (scope 'all', code ''),
// per sector and per region of the organisation. Kept by the writes: a submission adds its
// report's contribution, an amendment the difference between after and before, and a restore
// replays every submitted report through the same functions (ADR 0035). The consolidated report
// reads these rows and never sums the reports.

export const HEADLINE = ['people_trained', 'people_reached', 'training_hours', 'devices'] as const;
export type HeadlineField = (typeof HEADLINE)[number];
export type Headline = Record<HeadlineField, number | null>;

export const COMMITMENTS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
const COMMITMENT_COLUMN = {
  1: 'commitment_1',
  2: 'commitment_2',
  3: 'commitment_3',
  4: 'commitment_4',
  5: 'commitment_5',
  6: 'commitment_6',
  7: 'commitment_7',
  8: 'commitment_8',
  9: 'commitment_9',
} as const satisfies Record<(typeof COMMITMENTS)[number], keyof ReportTotalsTable>;

type Counted = Exclude<keyof ReportTotalsTable, 'year' | 'scope' | 'code'>;
export type Contribution = Record<Counted, number>;

/** The parts of a section that say something was done: facts from the platform or the organisation's words. */
export interface SectionContent {
  commitment: number;
  facts: string;
  correction: string;
  worked: string;
  hard: string;
}

export const sectionHasContent = (s: SectionContent): boolean =>
  hasFacts(s.facts) || [s.correction, s.worked, s.hard].some((text) => text.trim() !== '');

function hasFacts(json: string): boolean {
  try {
    const facts: unknown = JSON.parse(json);
    return Array.isArray(facts) ? facts.length > 0 : facts !== null && typeof facts === 'object' && Object.keys(facts).length > 0;
  } catch {
    return false;
  }
}

/** One report's share of the totals: the report itself, its figures, its sections, its targets due that year. */
export function contributionOf(input: {
  headline: Headline;
  sections: readonly SectionContent[];
  targets: { due: number; met: number };
}): Contribution {
  const c = {
    reports: 1,
    targets_due: input.targets.due,
    targets_met: input.targets.met,
  } as Contribution;
  for (const field of HEADLINE) c[field] = input.headline[field] ?? 0;
  for (const n of COMMITMENTS) c[COMMITMENT_COLUMN[n]] = 0;
  for (const s of input.sections) {
    const column = COMMITMENT_COLUMN[s.commitment as (typeof COMMITMENTS)[number]];
    if (column && sectionHasContent(s)) c[column] = 1;
  }
  return c;
}

/** `after` minus `before`, column by column: what an amendment moves. */
export function difference(after: Contribution, before: Contribution): Contribution {
  return Object.fromEntries(
    Object.keys(after).map((k) => [k, after[k as Counted] - before[k as Counted]]),
  ) as Contribution;
}

/** Where a report counts: everyone, its organisation's sector and each of its regions. */
export interface Scopes {
  sector: string;
  regions: readonly string[];
}

/** The organisation's sector and regions as they are now (one query, the regions from its bits). */
export async function scopesOf(db: Db, orgId: string): Promise<Scopes | null> {
  const space = await organisationSpace(db as Kysely<DB>, orgId);
  if (!space) return null;
  const { org } = space;
  const regions = tagsFromBits([{ id: org.id, region_bits: org.region_bits, language_bits: 0 }]).regions.get(org.id) ?? [];
  return { sector: org.sector, regions };
}

/** Adds `by` to the rows of `year` for every scope the organisation counts in. */
export async function addToTotals(db: Db, year: number, scopes: Scopes, by: Contribution): Promise<void> {
  if (Object.values(by).every((v) => v === 0)) return;
  const rows: { scope: ReportTotalsTable['scope']; code: string }[] = [
    { scope: 'all', code: '' },
    { scope: 'sector', code: scopes.sector },
    ...scopes.regions.map((code) => ({ scope: 'region' as const, code })),
  ];
  const columns = Object.keys(by) as Counted[];
  for (const row of rows) {
    await db
      .insertInto('report_totals')
      .values({ year, ...row, ...by })
      .onConflict((oc) =>
        oc.columns(['year', 'scope', 'code']).doUpdateSet(
          Object.fromEntries(columns.map((c) => [c, sql`${sql.ref(`report_totals.${c}`)} + ${sql.ref(`excluded.${c}`)}`])),
        ),
      )
      .execute();
  }
}

/** What a stored report contributes now: its figures, its sections and its targets due that year. */
export async function storedContribution(db: Db, report: { id: string; org_id: string; year: number } & Headline): Promise<Contribution> {
  const [sections, targets] = await Promise.all([
    db
      .selectFrom('report_sections')
      .select(['commitment', 'facts', 'correction', 'worked', 'hard'])
      .where('report_id', '=', report.id)
      .execute(),
    db
      .selectFrom('report_targets')
      .select(['progress'])
      .where('org_id', '=', report.org_id)
      .where('target_year', '=', report.year)
      .execute(),
  ]);
  return contributionOf({
    headline: report,
    sections,
    targets: { due: targets.length, met: targets.filter((t) => t.progress === 'achieved').length },
  });
}

/**
 * After a restore: every row again from the submitted reports, each counted where its
 * organisation counts now. Offline work: a few queries per report.
 */
export async function rebuildTotals(trx: Transaction<DB>): Promise<void> {
  await trx.deleteFrom('report_totals').execute();
  const reports = await trx
    .selectFrom('reports')
    .select(['id', 'org_id', 'year', ...HEADLINE])
    .where('status', '=', 'submitted')
    .orderBy('submitted_at')
    .orderBy('id')
    .execute();
  const scopes = new Map<string, Scopes | null>();
  for (const report of reports) {
    if (!scopes.has(report.org_id)) scopes.set(report.org_id, await scopesOf(trx, report.org_id));
    const where = scopes.get(report.org_id);
    if (where) await addToTotals(trx, report.year, where, await storedContribution(trx, report));
  }
}
