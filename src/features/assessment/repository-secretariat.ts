import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Audience, FrameworkStatus } from './framework.ts';

// What the secretariat reads: counts that submissions keep (never a count over the runs), the
// list of framework versions (a handful, ever), and the runs organisations chose to share.

type Db = Kysely<DB> | Transaction<DB>;

export interface YearCount {
  year: number;
  runs: number;
  organisations: number;
}

/** Submissions per year, newest first (one row per year since the first run). */
export async function yearCounts(db: Db, limit: number): Promise<YearCount[]> {
  const rows = await db
    .selectFrom('assessment_year_counts')
    .select(['year', 'runs', 'organisations'])
    .orderBy('year', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ year: Number(r.year), runs: Number(r.runs), organisations: Number(r.organisations) }));
}

export interface NationalCount {
  dimension: string;
  audience: Audience;
  level: number;
  organisations: number;
}

/**
 * Organisations per level of each cell across the country: the peer counts summed over sectors
 * and size bands in one grouped query. The table it reads holds at most sectors × size bands ×
 * dimensions × audiences × levels rows, so the sum is bounded whatever the number of runs.
 */
export async function nationalCounts(db: Db): Promise<NationalCount[]> {
  const rows = await db
    .selectFrom('assessment_peer_counts')
    .select(['dimension', 'audience', 'level', (eb) => eb.fn.sum<number | string>('organisations').as('total')])
    .groupBy(['dimension', 'audience', 'level'])
    .execute();
  return rows.map((r) => ({
    dimension: r.dimension,
    audience: r.audience,
    level: Number(r.level),
    // PostgreSQL sums integers into a bigint, which arrives as a string.
    organisations: Number(r.total),
  }));
}

export interface FrameworkVersionLine {
  version: number;
  status: FrameworkStatus;
  createdAt: string;
  publishedAt: string | null;
  supersededAt: string | null;
}

/** Every framework version without its content, newest first (a new one comes every few years). */
export async function frameworkVersions(db: Db, limit: number): Promise<FrameworkVersionLine[]> {
  const rows = await db
    .selectFrom('assessment_frameworks')
    .select(['version', 'status', 'created_at', 'published_at', 'superseded_at'])
    .orderBy('version', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    version: Number(r.version),
    status: r.status,
    createdAt: r.created_at,
    publishedAt: r.published_at,
    supersededAt: r.superseded_at,
  }));
}

/** Dates of one version, for its page. */
export async function frameworkVersionLine(db: Db, version: number): Promise<FrameworkVersionLine | null> {
  const rows = await db
    .selectFrom('assessment_frameworks')
    .select(['version', 'status', 'created_at', 'published_at', 'superseded_at'])
    .where('version', '=', version)
    .execute();
  const r = rows[0];
  return r
    ? {
        version: Number(r.version),
        status: r.status,
        createdAt: r.created_at,
        publishedAt: r.published_at,
        supersededAt: r.superseded_at,
      }
    : null;
}

export interface SharedRunRow {
  id: string;
  orgId: string;
  sharedAt: string;
  submittedAt: string | null;
  frameworkVersion: number;
  dimensionCount: number;
  cellCount: number;
}

export interface SharedCursor {
  at: string;
  id: string;
}

/**
 * Runs shared with the secretariat, most recently shared first, `limit` of them after `after`:
 * keyset on the index `assessment_runs_shared` (shared_at, id), so a page costs the same on the
 * thousandth page as on the first.
 */
export async function sharedRuns(db: Db, after: SharedCursor | null, limit: number): Promise<SharedRunRow[]> {
  let query = db
    .selectFrom('assessment_runs')
    .select(['id', 'org_id', 'shared_at', 'submitted_at', 'framework_version', 'dimension_count', 'cell_count'])
    .where('shared_at', 'is not', null);
  // `shared_at <= at` too, so that PostgreSQL starts the index scan at the cursor (the OR alone
  // is only a filter there, and a deep page would walk past every row before it).
  if (after)
    query = query
      .where('shared_at', '<=', after.at)
      .where((eb) =>
        eb.or([eb('shared_at', '<', after.at), eb.and([eb('shared_at', '=', after.at), eb('id', '<', after.id)])]),
      );
  const rows = await query.orderBy('shared_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    id: r.id,
    orgId: r.org_id,
    sharedAt: r.shared_at!,
    submittedAt: r.submitted_at,
    frameworkVersion: Number(r.framework_version),
    dimensionCount: Number(r.dimension_count),
    cellCount: Number(r.cell_count),
  }));
}
