import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Activity } from './repository.ts';
import * as repo from './repository.ts';
import { encodeCursor, type Cursor, type LogFilter } from './query.ts';
import { keptTotals, totalKey, type Totals } from './totals.ts';
import { COMMITMENTS } from './vocabulary.ts';

// What the pages read: the organisation's log a page at a time, its totals per commitment for a
// year, and, for its public profile, the totals of its public activities only. Totals come from
// the kept table (totals.ts), never from counting activities.

export const PAGE_SIZE = 20;

export type { Activity, Totals };

export interface LogPage {
  items: Activity[];
  /** The next page's cursor, when there may be one. */
  next: string | null;
}

export async function activityLog(
  db: Kysely<DB>,
  orgId: string,
  filter: LogFilter,
  after: Cursor | null,
  size = PAGE_SIZE,
): Promise<LogPage> {
  const rows = await repo.logPage(db, orgId, filter, after, size + 1);
  const items = rows.slice(0, size);
  const last = items[items.length - 1];
  return { items, next: rows.length > size && last ? encodeCursor({ on: last.starts_on, id: last.id }) : null };
}

export const activityOf = (db: Kysely<DB>, orgId: string, id: string) => repo.activityById(db, orgId, id);

/** One line of a totals table: a commitment (0: all activities) and its totals per year asked. */
export interface TotalsLine {
  commitment: number;
  byYear: Map<number, Totals>;
}

const NONE: Totals = { entries: 0, people: 0, trainingMinutes: 0 };

async function lines(db: Kysely<DB>, orgId: string, years: number[], publicOnly: boolean): Promise<TotalsLine[]> {
  const kept = await keptTotals(db, orgId, years, publicOnly ? ['public'] : ['public', 'private']);
  return [0, ...COMMITMENTS.map(Number)]
    .map((commitment) => ({
      commitment,
      byYear: new Map(years.map((y) => [y, kept.get(totalKey(y, commitment)) ?? NONE])),
    }))
    .filter((line) => [...line.byYear.values()].some((t) => t.entries > 0));
}

/** The organisation's totals for a year, public and private together (its members and the secretariat). */
export async function totalsOfYear(db: Kysely<DB>, orgId: string, year: number): Promise<TotalsLine[]> {
  return lines(db, orgId, [year], false);
}

/** The years the year selector offers: those with activities, and the current one. */
export async function yearsOfLog(db: Kysely<DB>, orgId: string, currentYear: number): Promise<number[]> {
  const years = new Set([currentYear, ...(await repo.yearsWithTotals(db, orgId))]);
  return [...years].sort((a, b) => b - a);
}

/** For the public profile: totals of public activities only, per commitment, for the years asked. */
export async function publicActivityTotals(db: Kysely<DB>, orgId: string, years: number[]): Promise<TotalsLine[]> {
  return lines(db, orgId, years, true);
}
