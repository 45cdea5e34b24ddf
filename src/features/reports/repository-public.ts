import { sql, type Kysely, type SqlBool, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { ReportingStatus } from './status.ts';

// What the public side of the reports reads: one organisation's statuses and submitted reports
// (its profile, its space), the latest cycle that has opened (the directory's filter), and the
// open data lists. Every query reads a primary key or an index range, in the index's order.

type Db = Kysely<DB> | Transaction<DB>;

/** The statuses that say something in public: every one but "not open" (which has no row's worth of news). */
export const PUBLIC_STATUSES = [
  'notStarted',
  'inProgress',
  'reported',
  'late',
  'notReporting',
] as const satisfies readonly ReportingStatus[];
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];

export interface KeptStatus {
  year: number;
  status: ReportingStatus;
  /** A Belgian day, YYYY-MM-DD. */
  since: string | null;
  afterDeadline: boolean;
  dueOn: string;
}

/** The organisation's statuses in its `count` latest cycles up to `upTo`, newest first (a primary-key range). */
export async function latestStatuses(db: Db, orgId: string, upTo: number, count: number): Promise<KeptStatus[]> {
  const rows = await db
    .selectFrom('reporting_statuses as s')
    .innerJoin('reporting_cycles as c', 'c.year', 's.year')
    .select(['s.year', 's.status', 's.since', 's.after_deadline', 'c.due_on'])
    .where('s.org_id', '=', orgId)
    .where('s.year', '<=', upTo)
    .orderBy('s.year', 'desc')
    .limit(count)
    .execute();
  return rows.map((r) => ({
    year: Number(r.year),
    status: r.status,
    since: r.since,
    afterDeadline: Number(r.after_deadline) === 1,
    dueOn: r.due_on,
  }));
}

export interface SubmittedReport {
  year: number;
  submittedAt: string;
  private: boolean;
}

/** The organisation's submitted reports, newest year first (the index on (org_id, year)). */
export async function submittedReportsOf(db: Db, orgId: string): Promise<SubmittedReport[]> {
  const rows = await db
    .selectFrom('reports')
    .select(['year', 'submitted_at', 'private'])
    .where('org_id', '=', orgId)
    .where('status', '=', 'submitted')
    .orderBy('year', 'desc')
    .execute();
  return rows.map((r) => ({
    year: Number(r.year),
    submittedAt: r.submitted_at ?? '',
    private: Number(r.private) === 1,
  }));
}

/** The year of the latest cycle open on `today` or before (a few rows, by primary key). */
export async function latestOpenedYear(db: Db, today: string): Promise<number | null> {
  const row = await db
    .selectFrom('reporting_cycles')
    .select('year')
    .where('opens_on', '<=', today)
    .orderBy('year', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? Number(row.year) : null;
}

// ——— open data ———

/** Where a page of statuses stopped: its last row's (year, status, org_id). */
export interface StatusCursor {
  year: number;
  status: string;
  orgId: string;
}

export interface StatusSelection {
  year: number | null;
  status: PublicStatus | null;
}

/**
 * A page of statuses in the order of the index (year, status, org_id): keyset on the three,
 * written as a row comparison both engines read as an index range.
 */
export async function statusPage(db: Db, selection: StatusSelection, after: StatusCursor | null, limit: number) {
  let q = db
    .selectFrom('reporting_statuses')
    .select(['org_id', 'year', 'status', 'since', 'after_deadline'])
    .where('status', 'in', selection.status ? [selection.status] : [...PUBLIC_STATUSES]);
  if (selection.year !== null) q = q.where('year', '=', selection.year);
  if (after)
    q = q.where(
      sql<SqlBool>`(${sql.ref('year')}, ${sql.ref('status')}, ${sql.ref('org_id')}) > (${after.year}, ${after.status}, ${after.orgId})`,
    );
  return q
    .orderBy('year')
    .orderBy('status')
    .orderBy('org_id')
    .limit(limit + 1)
    .execute();
}

/** Where a page of reports stopped: its last row's (year, submitted_at, id). */
export interface ReportCursor {
  year: number;
  submittedAt: string;
  id: string;
}

/** A page of submitted public reports in the order of the index (year, submitted_at, id). */
export async function publicReportPage(db: Db, year: number | null, after: ReportCursor | null, limit: number) {
  let q = db
    .selectFrom('reports')
    .select(['id', 'org_id', 'year', 'submitted_at', 'people_trained', 'people_reached', 'training_hours', 'devices'])
    .where('status', '=', 'submitted')
    .where('private', '=', 0)
    .where('submitted_at', 'is not', null);
  if (year !== null) q = q.where('year', '=', year);
  if (after)
    q = q.where(
      sql<SqlBool>`(${sql.ref('year')}, ${sql.ref('submitted_at')}, ${sql.ref('id')}) > (${after.year}, ${after.submittedAt}, ${after.id})`,
    );
  return q
    .orderBy('year')
    .orderBy('submitted_at')
    .orderBy('id')
    .limit(limit + 1)
    .execute();
}
