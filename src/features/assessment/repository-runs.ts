import type { Kysely, Selectable, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { AssessmentAnswersTable, AssessmentRunsTable } from './assessment.table.ts';
import { AUDIENCES, type CellKey } from './framework.ts';

// Plain queries for runs, their answers, the profile's draft pointer and the editors. Every
// query reads one organisation's rows by an index (a run by id, answers by the run's key, runs
// by assessment_runs_org): a run has at most dimensions × audiences answers.

type Db = Kysely<DB> | Transaction<DB>;
export type RunRow = Selectable<AssessmentRunsTable>;
export type AnswerRow = Selectable<AssessmentAnswersTable>;

export const cellId = (c: CellKey): string => `${c.dimension}:${c.audience}`;

/** A run of this organisation, or undefined (another organisation's run is not there). */
export function runOf(db: Db, orgId: string, runId: string): Promise<RunRow | undefined> {
  return db
    .selectFrom('assessment_runs')
    .selectAll()
    .where('id', '=', runId)
    .where('org_id', '=', orgId)
    .executeTakeFirst();
}

export function answersOf(db: Db, runId: string): Promise<AnswerRow[]> {
  return (
    db
      .selectFrom('assessment_answers')
      .selectAll()
      .where('run_id', '=', runId)
      .orderBy('dimension')
      .execute()
      // Audiences in the framework's order (staff, customers, community), not their keys' spelling.
      .then((rows) =>
        rows.sort(
          (a, b) =>
            (a.dimension < b.dimension ? -1 : a.dimension > b.dimension ? 1 : 0) ||
            AUDIENCES.indexOf(a.audience) - AUDIENCES.indexOf(b.audience),
        ),
      )
  );
}

export interface RunCursor {
  at: string;
  id: string;
}

/** Submitted runs, newest first, on the (org_id, started_at, id) index; one more than `size` to tell a next page. */
export function submittedRuns(db: Db, orgId: string, after: RunCursor | null, size: number): Promise<RunRow[]> {
  let query = db
    .selectFrom('assessment_runs')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('status', '=', 'submitted')
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .limit(size + 1);
  if (after)
    query = query.where((eb) =>
      eb.or([eb('started_at', '<', after.at), eb.and([eb('started_at', '=', after.at), eb('id', '<', after.id)])]),
    );
  return query.execute();
}

export function profileOf(db: Db, orgId: string) {
  return db.selectFrom('assessment_profiles').selectAll().where('org_id', '=', orgId).executeTakeFirst();
}

/** The profile row exists before a draft points at it (a first run comes before any submission). */
export async function ensureProfile(trx: Transaction<DB>, orgId: string): Promise<void> {
  await trx
    .insertInto('assessment_profiles')
    .values({
      org_id: orgId,
      public: 0,
      last_run_id: null,
      last_submitted_at: null,
      last_year: null,
      last_dimensions: 0,
      runs_submitted: 0,
      draft_run_id: null,
    })
    .onConflict((oc) => oc.column('org_id').doNothing())
    .execute();
}

/**
 * Points the profile at a new draft if it has none; false when another draft got there first
 * (on PostgreSQL the second writer waits for the first and then sees its draft).
 */
export async function claimDraft(trx: Transaction<DB>, orgId: string, runId: string): Promise<boolean> {
  const result = await trx
    .updateTable('assessment_profiles')
    .set({ draft_run_id: runId })
    .where('org_id', '=', orgId)
    .where('draft_run_id', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Touches a draft and so locks its row until the transaction ends: every write to a run starts
 * here, so a run submitted meanwhile is never changed. False when it is not a draft (any more).
 */
export async function lockDraft(trx: Transaction<DB>, orgId: string, runId: string, at: string): Promise<boolean> {
  const result = await trx
    .updateTable('assessment_runs')
    .set({ updated_at: at })
    .where('id', '=', runId)
    .where('org_id', '=', orgId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function isEditor(db: Db, orgId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('assessment_editors')
    .select('user_id')
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function editorIdsOf(db: Db, orgId: string): Promise<string[]> {
  const rows = await db.selectFrom('assessment_editors').select('user_id').where('org_id', '=', orgId).execute();
  return rows.map((r) => r.user_id);
}
