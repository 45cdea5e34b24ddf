// Submitted runs written straight into the tables, for the demo, the scale seed and the tests
// of the results pages (which cannot go through the answering pages). A run written here is
// what submit leaves behind: its answers, `previous_run_id` pointing at the organisation's last
// submitted run, and the aggregates moved by recordSubmission in the same transaction.
import type { Insertable, Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { newId } from '../../platform/db/sql.ts';
import { brusselsYear } from '../organisations/service-directory.ts';
import { organisationSpace } from '../organisations/service.ts';
import type { Sector, SizeBand } from '../organisations/vocabulary.ts';
import { recordSubmission } from './aggregates.ts';
import type { AssessmentAnswersTable, AssessmentLatestTable, AssessmentRunsTable } from './assessment.table.ts';
import type { Audience } from './framework.ts';

export interface SeedCell {
  dimension: string;
  audience: Audience;
  level: number;
  evidence?: string;
  links?: string;
  plan?: string;
}

export interface SeedRun {
  orgId: string;
  userId: string;
  frameworkVersion: number;
  /** ISO moment of submission; the run starts a week earlier. */
  submittedAt: string;
  cells: SeedCell[];
}

const WEEK = 7 * 86_400_000;
const startOf = (submittedAt: string) => new Date(Date.parse(submittedAt) - WEEK).toISOString();

function runRow(r: SeedRun, id: string, previous: string | null, status: 'draft' | 'submitted') {
  const submitted = status === 'submitted';
  return {
    id,
    org_id: r.orgId,
    framework_version: r.frameworkVersion,
    status,
    previous_run_id: previous,
    started_by: r.userId,
    started_at: startOf(r.submittedAt),
    updated_at: r.submittedAt,
    submitted_by: submitted ? r.userId : null,
    submitted_at: submitted ? r.submittedAt : null,
    year: submitted ? brusselsYear(r.submittedAt) : null,
    dimension_count: new Set(r.cells.map((c) => c.dimension)).size,
    cell_count: r.cells.length,
    shared_at: null,
    shared_by: null,
  } satisfies Insertable<AssessmentRunsTable>;
}

/** A run's answers: every level of a submitted run; a draft's every other one (left half-way). */
function answerRows(r: SeedRun, runId: string, status: 'draft' | 'submitted'): Insertable<AssessmentAnswersTable>[] {
  return r.cells.map((c, i) => ({
    run_id: runId,
    dimension: c.dimension,
    audience: c.audience,
    level: status === 'draft' && i % 2 === 1 ? null : c.level,
    evidence: c.evidence ?? '',
    links: c.links ?? '',
    file: null,
    file_name: null,
    file_type: null,
    file_bytes: null,
    plan: c.plan ?? '',
    updated_by: r.userId,
    updated_at: r.submittedAt,
  }));
}

async function peerGroupOf(db: Kysely<DB>, orgId: string): Promise<{ sector: Sector; sizeBand: SizeBand }> {
  const space = await organisationSpace(db, orgId);
  if (!space) throw new Error(`No organisation ${orgId} to seed a run for`);
  return { sector: space.org.sector, sizeBand: space.org.size_band };
}

/** A run's row, after the organisation's last submitted run, and its answers; its id. */
async function insertRun(trx: Transaction<DB>, r: SeedRun, status: 'draft' | 'submitted'): Promise<string> {
  const profile = await trx
    .selectFrom('assessment_profiles')
    .select('last_run_id')
    .where('org_id', '=', r.orgId)
    .executeTakeFirst();
  const id = newId();
  await trx
    .insertInto('assessment_runs')
    .values(runRow(r, id, profile?.last_run_id ?? null, status))
    .execute();
  await trx
    .insertInto('assessment_answers')
    .values(answerRows(r, id, status))
    .execute();
  return id;
}

/** One submitted run, as submit would leave it; returns its id. */
export async function insertSubmittedRun(db: Kysely<DB>, r: SeedRun): Promise<string> {
  const group = await peerGroupOf(db, r.orgId);
  return db.transaction().execute(async (trx) => {
    const id = await insertRun(trx, r, 'submitted');
    await recordSubmission(trx, {
      orgId: r.orgId,
      runId: id,
      year: brusselsYear(r.submittedAt),
      submittedAt: r.submittedAt,
      sector: group.sector,
      sizeBand: group.sizeBand,
      cells: r.cells.map((c) => ({ dimension: c.dimension, audience: c.audience, level: c.level })),
    });
    return id;
  });
}

/** A run being answered: its scope, half the levels given, marked on the profile as the draft. */
export async function insertDraftRun(db: Kysely<DB>, r: SeedRun): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const id = await insertRun(trx, r, 'draft');
    await trx
      .insertInto('assessment_profiles')
      .values({
        org_id: r.orgId,
        public: 0,
        last_run_id: null,
        last_submitted_at: null,
        last_year: null,
        last_dimensions: 0,
        runs_submitted: 0,
        draft_run_id: id,
      })
      .onConflict((oc) => oc.column('org_id').doUpdateSet({ draft_run_id: id }))
      .execute();
    return id;
  });
}

/** The size of one insert: 13 columns × 300 rows stays under both engines' bound-parameter limits. */
const CHUNK = 300;

async function insertChunked<T extends keyof DB & string>(trx: Transaction<DB>, table: T, rows: Insertable<DB[T]>[]) {
  for (let k = 0; k < rows.length; k += CHUNK)
    await trx
      .insertInto(table)
      .values(rows.slice(k, k + CHUNK) as never)
      .execute();
}

/**
 * Many first submissions at once (`seed --scale`): organisations that have no run yet, so the
 * aggregates are summed here and written in a few statements instead of recordSubmission's
 * per-cell upserts. Each run is the organisation's first (no previous run, no earlier levels).
 */
export async function insertFirstRunsInBulk(
  trx: Transaction<DB>,
  runs: readonly (SeedRun & { sector: Sector; sizeBand: SizeBand })[],
): Promise<void> {
  if (runs.length === 0) return;
  const runRows: Insertable<AssessmentRunsTable>[] = [];
  const answers: Insertable<AssessmentAnswersTable>[] = [];
  const latest: Insertable<AssessmentLatestTable>[] = [];
  const peers = new Map<string, number>();
  const years = new Map<number, number>();
  const profiles = runs.map((r) => {
    const id = newId();
    runRows.push(runRow(r, id, null, 'submitted'));
    answers.push(...answerRows(r, id, 'submitted'));
    for (const c of r.cells) {
      latest.push({
        org_id: r.orgId,
        dimension: c.dimension,
        audience: c.audience,
        level: c.level,
        sector: r.sector,
        size_band: r.sizeBand,
        run_id: id,
      });
      const key = JSON.stringify([r.sector, r.sizeBand, c.dimension, c.audience, c.level]);
      peers.set(key, (peers.get(key) ?? 0) + 1);
    }
    const year = brusselsYear(r.submittedAt);
    years.set(year, (years.get(year) ?? 0) + 1);
    return {
      org_id: r.orgId,
      public: 0,
      last_run_id: id,
      last_submitted_at: r.submittedAt,
      last_year: year,
      last_dimensions: new Set(r.cells.map((c) => c.dimension)).size,
      runs_submitted: 1,
      draft_run_id: null,
    };
  });
  await insertChunked(trx, 'assessment_runs', runRows);
  await insertChunked(trx, 'assessment_answers', answers);
  await insertChunked(trx, 'assessment_latest', latest);
  await insertChunked(trx, 'assessment_profiles', profiles);
  for (const [key, n] of peers) {
    const [sector, sizeBand, dimension, audience, level] = JSON.parse(key) as [
      Sector,
      SizeBand,
      string,
      Audience,
      number,
    ];
    await trx
      .insertInto('assessment_peer_counts')
      .values({ sector, size_band: sizeBand, dimension, audience, level, organisations: n })
      .onConflict((oc) =>
        oc
          .columns(['sector', 'size_band', 'dimension', 'audience', 'level'])
          .doUpdateSet({ organisations: sql`assessment_peer_counts.organisations + ${n}` }),
      )
      .execute();
  }
  for (const [year, n] of years)
    await trx
      .insertInto('assessment_year_counts')
      .values({ year, runs: n, organisations: n })
      .onConflict((oc) =>
        oc.column('year').doUpdateSet({
          runs: sql`assessment_year_counts.runs + ${n}`,
          organisations: sql`assessment_year_counts.organisations + ${n}`,
        }),
      )
      .execute();
}
