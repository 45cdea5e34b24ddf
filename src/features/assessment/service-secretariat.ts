import type { Kysely } from 'kysely';
import { z } from 'zod';
import { decodeCursor, encodeCursor } from '../../platform/http/cursor.ts';
import type { DB } from '../../platform/db/schema.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import { organisationRefs } from '../organisations/service-registration.ts';
import { AUDIENCES, LEVELS, type Audience, type Framework } from './framework.ts';
import { frameworkInForce } from './repository-frameworks.ts';
import {
  frameworkVersions,
  nationalCounts,
  sharedRuns,
  yearCounts,
  type FrameworkVersionLine,
  type NationalCount,
  type SharedCursor,
  type YearCount,
} from './repository-secretariat.ts';

// The secretariat's view of the self-assessment: figures only, never one organisation's answers
// (those it sees only in a run the organisation shares).

/**
 * A cell's distribution is shown only when at least this many organisations answered it: the
 * peer benchmark's anonymity rule, applied to the national figures too (four: hidden; five: shown).
 */
export const MIN_ORGANISATIONS = 5;
export const SHARED_PAGE_SIZE = 20;
/** Years and versions are few; the caps only keep every query bounded. */
const YEARS_SHOWN = 50;
const VERSIONS_SHOWN = 100;

export interface NationalRow {
  dimension: string;
  title: string;
  /** Organisations whose latest level for this cell is counted. */
  organisations: number;
  /** Organisations per level 0..4, or null while fewer than MIN_ORGANISATIONS answered. */
  levels: number[] | null;
}

export interface NationalTable {
  audience: Audience;
  rows: NationalRow[];
}

/**
 * The national distribution per audience, one row per dimension of the version in force (keys
 * stay the same across versions, so counts made under an older version fall in the same row).
 */
export function nationalTables(framework: Framework, counts: readonly NationalCount[], lang: Lang): NationalTable[] {
  const byCell = new Map<string, number[]>();
  for (const c of counts) {
    if (!LEVELS.includes(c.level as never)) continue;
    const key = `${c.dimension}\u0000${c.audience}`;
    const levels = byCell.get(key) ?? LEVELS.map(() => 0);
    levels[c.level] = (levels[c.level] ?? 0) + c.organisations;
    byCell.set(key, levels);
  }
  return AUDIENCES.map((audience) => ({
    audience,
    rows: framework.content.dimensions.map((d) => {
      const levels = byCell.get(`${d.key}\u0000${audience}`) ?? LEVELS.map(() => 0);
      const organisations = levels.reduce((a, b) => a + b, 0);
      return {
        dimension: d.key,
        title: d.title[lang],
        organisations,
        levels: organisations >= MIN_ORGANISATIONS ? levels : null,
      };
    }),
  }));
}

export interface SecretariatOverview {
  years: YearCount[];
  /** Null before any framework is in force. */
  national: NationalTable[] | null;
  versions: FrameworkVersionLine[];
  /** The draft being prepared, if any (at most one). */
  draftVersion: number | null;
}

export async function secretariatOverview(db: Kysely<DB>, lang: Lang): Promise<SecretariatOverview> {
  const [years, counts, versions, inForce] = await Promise.all([
    yearCounts(db, YEARS_SHOWN),
    nationalCounts(db),
    frameworkVersions(db, VERSIONS_SHOWN),
    frameworkInForce(db),
  ]);
  return {
    years,
    national: inForce ? nationalTables(inForce, counts, lang) : null,
    versions,
    draftVersion: versions.find((v) => v.status === 'draft')?.version ?? null,
  };
}

// ——— runs shared with the secretariat ———

export interface SharedRunLine {
  runId: string;
  orgId: string;
  /** Null when the organisation is gone (its runs go with it; a race at most). */
  orgName: string | null;
  sharedAt: string;
  submittedAt: string | null;
  frameworkVersion: number;
  dimensionCount: number;
  cellCount: number;
}

const cursorSchema = z.tuple([z.iso.datetime(), z.string().min(1).max(100)]);

export function encodeSharedCursor(c: SharedCursor): string {
  return encodeCursor([c.at, c.id]);
}

/** The "next page" link's cursor, or null for anything else (the first page is then shown). */
export function decodeSharedCursor(raw: unknown): SharedCursor | null {
  const values = decodeCursor(raw, cursorSchema);
  return values && { at: values[0], id: values[1] };
}

/**
 * One page of the shared runs, with each organisation's name read in one call to the
 * organisations' service (never once per row). Fetches one more row than it shows to know
 * whether a next page exists.
 */
export async function sharedRunsPage(
  db: Kysely<DB>,
  after: SharedCursor | null,
): Promise<{ lines: SharedRunLine[]; next: string | null }> {
  const rows = await sharedRuns(db, after, SHARED_PAGE_SIZE + 1);
  const shown = rows.slice(0, SHARED_PAGE_SIZE);
  const names = await organisationRefs(
    db,
    shown.map((r) => r.orgId),
  );
  const last = shown[shown.length - 1];
  return {
    lines: shown.map((r) => ({
      runId: r.id,
      orgId: r.orgId,
      orgName: names.get(r.orgId)?.legalName ?? null,
      sharedAt: r.sharedAt,
      submittedAt: r.submittedAt,
      frameworkVersion: r.frameworkVersion,
      dimensionCount: r.dimensionCount,
      cellCount: r.cellCount,
    })),
    next: rows.length > SHARED_PAGE_SIZE && last ? encodeSharedCursor({ at: last.sharedAt, id: last.id }) : null,
  };
}
