import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import { commitments as charterCommitments, currentVersion } from '../charter/service.ts';
import { REGIONS, REGION_LABEL, SECTORS, SECTOR_LABEL } from '../organisations/vocabulary.ts';
import * as repo from './repository-consolidated.ts';
import type { CycleRow, TotalsRow } from './repository-consolidated.ts';

// The consolidated report of a year (every submitted report added up, from the totals the
// submissions keep) and the consolidated report over two or three years that the joint
// evaluation starts from. Read-only and public: what the pages, the downloads and the API show.

/** The headline figures every report gives, the same for every signatory so that they add up. */
export const FIGURES = ['peopleTrained', 'peopleReached', 'trainingHours', 'devices'] as const;
export type Figure = (typeof FIGURES)[number];

const FIGURE_COLUMN = {
  peopleTrained: 'people_trained',
  peopleReached: 'people_reached',
  trainingHours: 'training_hours',
  devices: 'devices',
} as const satisfies Record<Figure, keyof TotalsRow>;

export const COMMITMENT_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

/** The longest period one consolidated report covers: the charter's three-year evaluation. */
export const MAX_YEARS = 3;

export interface Totals {
  reports: number;
  figures: Record<Figure, number>;
  targetsDue: number;
  targetsMet: number;
  /** How many reports had something under commitment n, at index n - 1. */
  commitments: number[];
}

export interface CycleCounts {
  year: number;
  opensOn: string;
  dueOn: string;
  graceUntil: string;
  required: number;
  notStarted: number;
  inProgress: number;
  reported: number;
  late: number;
  notReporting: number;
}

export interface GroupTotals {
  code: string;
  /** The group's name, a catalogue key of the organisations' vocabulary. */
  label: string;
  totals: Totals;
}

export interface CommitmentTitle {
  number: number;
  title: string;
}

export interface YearReport {
  cycle: CycleCounts;
  all: Totals;
  bySector: GroupTotals[];
  byRegion: GroupTotals[];
  commitments: CommitmentTitle[];
}

export interface PeriodYear {
  year: number;
  /** Null for a year in the period that had no reporting cycle. */
  cycle: CycleCounts | null;
  totals: Totals;
}

export interface PeriodReport {
  from: number;
  to: number;
  years: PeriodYear[];
  sum: Totals;
  commitments: CommitmentTitle[];
}

const EMPTY: Totals = {
  reports: 0,
  figures: { peopleTrained: 0, peopleReached: 0, trainingHours: 0, devices: 0 },
  targetsDue: 0,
  targetsMet: 0,
  commitments: COMMITMENT_NUMBERS.map(() => 0),
};

function toTotals(row: TotalsRow | undefined): Totals {
  if (!row) return EMPTY;
  const figures = Object.fromEntries(FIGURES.map((f) => [f, Number(row[FIGURE_COLUMN[f]])])) as Record<Figure, number>;
  return {
    reports: Number(row.reports),
    figures,
    targetsDue: Number(row.targets_due),
    targetsMet: Number(row.targets_met),
    commitments: COMMITMENT_NUMBERS.map((n) => Number(row[`commitment_${n}`])),
  };
}

/** The sum of several years' totals. */
export function addTotals(list: readonly Totals[]): Totals {
  return list.reduce<Totals>(
    (sum, t) => ({
      reports: sum.reports + t.reports,
      figures: Object.fromEntries(FIGURES.map((f) => [f, sum.figures[f] + t.figures[f]])) as Record<Figure, number>,
      targetsDue: sum.targetsDue + t.targetsDue,
      targetsMet: sum.targetsMet + t.targetsMet,
      commitments: sum.commitments.map((c, i) => c + t.commitments[i]!),
    }),
    EMPTY,
  );
}

function toCycle(row: CycleRow): CycleCounts {
  return {
    year: Number(row.year),
    opensOn: row.opens_on,
    dueOn: row.due_on,
    graceUntil: row.grace_until,
    required: Number(row.required_count),
    notStarted: Number(row.not_started_count),
    inProgress: Number(row.in_progress_count),
    reported: Number(row.reported_count),
    late: Number(row.late_count),
    notReporting: Number(row.not_reporting_count),
  };
}

/** The share of required signatories that reported, or null when none had to. */
export const reportingRate = (c: CycleCounts): number | null => (c.required > 0 ? c.reported / c.required : null);

/** The commitments' short titles in the reader's language, from the charter in force. */
async function commitmentTitles(db: Kysely<DB>, lang: Lang): Promise<CommitmentTitle[]> {
  const version = await currentVersion(db);
  const list = version ? await charterCommitments(db, version.id, lang) : [];
  return COMMITMENT_NUMBERS.map((n) => ({
    number: n,
    title: list.find((c) => c.number === n)?.shortTitle ?? String(n),
  }));
}

/** Every year with a reporting cycle, newest first, with its counts. */
export async function reportYears(db: Kysely<DB>): Promise<CycleCounts[]> {
  return (await repo.allCycles(db)).map(toCycle);
}

/** A year's consolidated report, or null when the year has no reporting cycle. */
export async function consolidatedYear(db: Kysely<DB>, year: number, lang: Lang): Promise<YearReport | null> {
  const [cycles, rows, commitments] = await Promise.all([
    repo.cyclesBetween(db, year, year),
    repo.totalsOf(db, year),
    commitmentTitles(db, lang),
  ]);
  const cycle = cycles[0];
  if (!cycle) return null;
  const row = (scope: string, code: string) => rows.find((r) => r.scope === scope && r.code === code);
  return {
    cycle: toCycle(cycle),
    all: toTotals(row('all', '')),
    // Every sector and region in the vocabulary's order, with zeros where nobody reported.
    bySector: SECTORS.map((code) => ({ code, label: SECTOR_LABEL[code], totals: toTotals(row('sector', code)) })),
    byRegion: REGIONS.map((code) => ({ code, label: REGION_LABEL[code], totals: toTotals(row('region', code)) })),
    commitments,
  };
}

/**
 * The consolidated report of the years `from` to `to`, side by side and summed, or null when
 * none of them has a reporting cycle. The caller has checked the period (`parsePeriod`).
 */
export async function periodReport(db: Kysely<DB>, from: number, to: number, lang: Lang): Promise<PeriodReport | null> {
  const [cycles, rows, commitments] = await Promise.all([
    repo.cyclesBetween(db, from, to),
    repo.allTotalsBetween(db, from, to),
    commitmentTitles(db, lang),
  ]);
  if (cycles.length === 0) return null;
  const years: PeriodYear[] = [];
  for (let year = from; year <= to; year++) {
    const cycle = cycles.find((c) => Number(c.year) === year);
    years.push({
      year,
      cycle: cycle ? toCycle(cycle) : null,
      totals: toTotals(rows.find((r) => Number(r.year) === year)),
    });
  }
  return { from, to, years, sum: addTotals(years.map((y) => y.totals)), commitments };
}

/** The path of the report over `from` to `to`, after the language (the joint evaluation links it). */
export const periodPath = (from: number, to: number): string => `/reports/${from}-${to}`;

/** A year as written in a URL: four digits, or null. */
export function parseYear(text: string): number | null {
  return /^\d{4}$/.test(text) ? Number(text) : null;
}

export type PeriodCheck = { ok: true; from: number; to: number } | { ok: false; reason: 'notFound' | 'badPeriod' };

/**
 * A period as written in a URL ("2024-2026"): two years of four digits, the first before the
 * second, at most three years in all. Anything that is not two years is not a page at all
 * (notFound); two years that make no period the report can cover are a bad request.
 */
export function parsePeriod(fromText: string, toText: string): PeriodCheck {
  const from = parseYear(fromText);
  const to = parseYear(toText);
  if (from === null || to === null) return { ok: false, reason: 'notFound' };
  if (to <= from || to - from + 1 > MAX_YEARS) return { ok: false, reason: 'badPeriod' };
  return { ok: true, from, to };
}
