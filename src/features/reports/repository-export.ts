import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';

// The secretariat's export of a cycle's reports: the reports a page at a time on the
// (year, submitted_at, id) index (submitted ones in submission order, then drafts), and each
// page's sections and targets in one query each.

export interface ExportReport {
  id: string;
  org_id: string;
  status: 'draft' | 'submitted';
  created_at: string;
  submitted_at: string | null;
  people_trained: number | null;
  people_reached: number | null;
  training_hours: number | null;
  devices: number | null;
  amendment_count: number;
  reporting_status: string | null;
  after_deadline: number | null;
}

export interface ExportCursor {
  submittedAt: string | null;
  id: string;
}

/** The next page of the cycle's reports: submitted ones by (submitted_at, id), then drafts by id. */
export async function reportsPage(
  db: Kysely<DB>,
  year: number,
  after: ExportCursor | null,
  limit: number,
): Promise<ExportReport[]> {
  const base = db
    .selectFrom('reports as r')
    .leftJoin('reporting_statuses as s', (j) => j.onRef('s.org_id', '=', 'r.org_id').onRef('s.year', '=', 'r.year'))
    .select([
      'r.id',
      'r.org_id',
      'r.status',
      'r.created_at',
      'r.submitted_at',
      'r.people_trained',
      'r.people_reached',
      'r.training_hours',
      'r.devices',
      'r.amendment_count',
      's.status as reporting_status',
      's.after_deadline',
    ])
    .where('r.year', '=', year);
  const rows: ExportReport[] = [];
  if (after === null || after.submittedAt !== null) {
    let q = base.where('r.submitted_at', 'is not', null);
    if (after?.submittedAt)
      q = q.where((eb) =>
        eb.or([
          eb('r.submitted_at', '>', after.submittedAt!),
          eb.and([eb('r.submitted_at', '=', after.submittedAt!), eb('r.id', '>', after.id)]),
        ]),
      );
    rows.push(...(await q.orderBy('r.submitted_at').orderBy('r.id').limit(limit).execute()));
  }
  if (rows.length < limit) {
    let q = base.where('r.submitted_at', 'is', null);
    if (after && after.submittedAt === null) q = q.where('r.id', '>', after.id);
    rows.push(
      ...(await q
        .orderBy('r.id')
        .limit(limit - rows.length)
        .execute()),
    );
  }
  return rows;
}

export function sectionsOf(db: Kysely<DB>, reportIds: readonly string[]) {
  if (reportIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('report_sections')
    .select(['report_id', 'commitment', 'confirmed', 'correction', 'worked', 'hard'])
    .where('report_id', 'in', reportIds)
    .execute();
}

export function targetsSetIn(db: Kysely<DB>, reportIds: readonly string[]) {
  if (reportIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('report_targets')
    .select([
      'set_in_report_id',
      'org_id',
      'indicator',
      'unit',
      'direction',
      'base_year',
      'base_value',
      'target_year',
      'target_value',
      'reached_value',
      'progress',
    ])
    .where('set_in_report_id', 'in', reportIds)
    .orderBy('set_in_report_id')
    .orderBy('id')
    .execute();
}
