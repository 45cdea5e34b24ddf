import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { audit } from '../../platform/audit/audit.ts';
import { newId, now } from '../../platform/db/sql.ts';
import { ok, type Outcome } from '../../platform/outcome.ts';
import { brusselsYear } from '../organisations/service-directory.ts';
import { lockOrganisation, organisationSpace } from '../organisations/service.ts';
import { recordSubmission } from './aggregates.ts';
import { dimensionOf, type CellKey, type Framework } from './framework.ts';
import { frameworkInForce } from './repository-frameworks.ts';
import * as repo from './repository-runs.ts';
import { writerRole } from './service-access.ts';
import { dropFiles, removedFiles } from './evidence-files.ts';
import {
  inTransaction,
  invalidField,
  openDraft,
  Refusal,
  validScope,
  type RunReason,
  type ServiceDeps,
} from './draft.ts';
export { type RunReason, type ServiceDeps };

// A run's life: started with a scope (prefilled from the last submitted run), its scope
// changed while it is a draft, then submitted, which freezes it and moves the aggregates.
// Every write goes through draft.ts (the draft's row taken first, then who writes checked).

const countsOf = (cells: readonly CellKey[]) => ({
  dimension_count: new Set(cells.map((c) => c.dimension)).size,
  cell_count: cells.length,
});

/**
 * New answer rows for `cells`, each prefilled from the same cell of the previous run. The
 * evidence file is shared by reference: stored files are never overwritten (random names), and
 * a file is deleted only by the run that uploaded it (service-files.ts), so the earlier,
 * frozen run keeps showing it.
 */
async function insertCells(
  trx: Transaction<DB>,
  runId: string,
  previousRunId: string | null,
  cells: readonly CellKey[],
): Promise<void> {
  if (cells.length === 0) return;
  const previous = new Map(
    (previousRunId ? await repo.answersOf(trx, previousRunId) : []).map((a) => [repo.cellId(a), a]),
  );
  await trx
    .insertInto('assessment_answers')
    .values(
      cells.map((c) => {
        const p = previous.get(repo.cellId(c));
        return {
          run_id: runId,
          dimension: c.dimension,
          audience: c.audience,
          level: p?.level ?? null,
          evidence: p?.evidence ?? '',
          links: p?.links ?? '',
          file: p?.file ?? null,
          file_name: p?.file_name ?? null,
          file_type: p?.file_type ?? null,
          file_bytes: p?.file_bytes ?? null,
          plan: p?.plan ?? '',
          // Not answered in this run yet: the pages say the values come from the last run.
          updated_by: null,
          updated_at: null,
        };
      }),
    )
    .execute();
}

/** A new run and the first page to answer; `firstDimension` null: the draft already there. */
export interface Started {
  runId: string;
  firstDimension: string | null;
}

export const SCOPE_REQUIRED = 'assessment.run.scope.error.required';

/**
 * Starts a run with its scope, or leads to the draft already being answered (one at a time
 * per organisation). Any signatory may: the right to write is writerRole's.
 */
export async function startRun(
  deps: ServiceDeps,
  actor: string,
  orgId: string,
  cells: readonly CellKey[],
): Promise<Outcome<Started, RunReason | 'noFramework'>> {
  return inTransaction<Started, RunReason | 'noFramework'>(deps, async (trx) => {
    if (!(await writerRole(trx, orgId, actor))) throw new Refusal('forbidden');
    await repo.ensureProfile(trx, orgId);
    const profile = await repo.profileOf(trx, orgId);
    if (profile?.draft_run_id) return ok({ runId: profile.draft_run_id, firstDimension: null });
    const framework = await frameworkInForce(trx);
    if (!framework) throw new Refusal('noFramework');
    const scope = validScope(framework, cells);
    if (scope.length === 0) return invalidField('scope', SCOPE_REQUIRED);
    const runId = newId();
    const at = now();
    await trx
      .insertInto('assessment_runs')
      .values({
        id: runId,
        org_id: orgId,
        framework_version: framework.version,
        status: 'draft',
        previous_run_id: profile?.last_run_id ?? null,
        started_by: actor,
        started_at: at,
        updated_at: at,
        submitted_by: null,
        submitted_at: null,
        year: null,
        ...countsOf(scope),
        shared_at: null,
        shared_by: null,
      })
      .execute();
    if (!(await repo.claimDraft(trx, orgId, runId))) {
      // Someone else started one this very moment: theirs is the draft; this one never was.
      await trx.deleteFrom('assessment_runs').where('id', '=', runId).execute();
      const current = await repo.profileOf(trx, orgId);
      return ok({ runId: current!.draft_run_id!, firstDimension: null });
    }
    await insertCells(trx, runId, profile?.last_run_id ?? null, scope);
    await audit(trx, {
      actor,
      action: 'assessment.run_started',
      subjectType: 'assessment_run',
      subjectId: runId,
      details: { orgId, cells: scope.map(repo.cellId), previousRunId: profile?.last_run_id ?? null },
    });
    return ok({ runId, firstDimension: scope[0]!.dimension });
  });
}

/** Something typed or chosen in the cell, beyond what a fresh row holds. */
export function hasAnswer(a: repo.AnswerRow): boolean {
  return a.level !== null || a.evidence !== '' || a.links !== '' || a.plan !== '' || a.file !== null;
}

export const CONFIRM_REQUIRED = 'assessment.run.scope.error.confirm';

/**
 * A draft's new scope. Cells added are prefilled from the previous run; cells removed lose
 * their answers, so removing one that has any needs `confirmed` (the page asks first).
 */
export async function changeScope(
  deps: ServiceDeps,
  actor: string,
  orgId: string,
  runId: string,
  cells: readonly CellKey[],
  confirmed: boolean,
): Promise<Outcome<{ removed: number; added: number }, RunReason>> {
  let files: string[] = [];
  const outcome = await inTransaction<{ removed: number; added: number }, RunReason>(deps, async (trx) => {
    const { run, framework, at } = await openDraft(trx, actor, orgId, runId);
    const scope = validScope(framework, cells);
    if (scope.length === 0) return invalidField('scope', SCOPE_REQUIRED);
    const answers = await repo.answersOf(trx, runId);
    const keep = new Set(scope.map(repo.cellId));
    const removed = answers.filter((a) => !keep.has(repo.cellId(a)));
    if (removed.some(hasAnswer) && !confirmed) return invalidField('confirm', CONFIRM_REQUIRED);
    const had = new Set(answers.map(repo.cellId));
    const added = scope.filter((c) => !had.has(repo.cellId(c)));
    for (const a of removed)
      await trx
        .deleteFrom('assessment_answers')
        .where('run_id', '=', runId)
        .where('dimension', '=', a.dimension)
        .where('audience', '=', a.audience)
        .execute();
    await insertCells(trx, runId, run.previous_run_id, added);
    await trx
      .updateTable('assessment_runs')
      .set({ ...countsOf(scope), updated_at: at })
      .where('id', '=', runId)
      .execute();
    files = await removedFiles(trx, run, removed);
    await audit(trx, {
      actor,
      action: 'assessment.scope_changed',
      subjectType: 'assessment_run',
      subjectId: runId,
      details: { orgId, added: added.map(repo.cellId), removed: removed.map(repo.cellId) },
    });
    return ok({ removed: removed.length, added: added.length });
  });
  if (outcome.ok) await dropFiles(deps.config.dataDir, files);
  return outcome;
}

/** The cells of a run still without a level, in the framework's order. */
export function missingLevels(framework: Framework, answers: readonly repo.AnswerRow[]): CellKey[] {
  const missing = new Set(answers.filter((a) => a.level === null).map(repo.cellId));
  return validScope(
    framework,
    answers.filter((a) => missing.has(repo.cellId(a))),
  ).filter((c) => dimensionOf(framework, c.dimension));
}

/**
 * Freezes a draft whose every cell has a level: submitted, dated (the year in Brussels), and
 * counted in the aggregates with the organisation's sector and size band of today.
 */
export async function submitRun(
  deps: ServiceDeps,
  actor: string,
  orgId: string,
  runId: string,
): Promise<Outcome<{ runId: string }, RunReason | 'missingLevels'>> {
  return inTransaction<{ runId: string }, RunReason | 'missingLevels'>(deps, async (trx) => {
    const { framework, at } = await openDraft(trx, actor, orgId, runId);
    const answers = await repo.answersOf(trx, runId);
    if (answers.length === 0 || missingLevels(framework, answers).length > 0) throw new Refusal('missingLevels');
    // Locked as a profile edit locks it: the sector and size band read here stay the organisation's
    // until the counts are moved, so a change of peer group at the same moment waits (ADR 0028).
    await lockOrganisation(trx, deps.dialect, orgId);
    const space = await organisationSpace(trx, orgId);
    if (!space) throw new Refusal('notFound');
    const year = brusselsYear(at);
    const counts = countsOf(answers);
    await trx
      .updateTable('assessment_runs')
      .set({ status: 'submitted', submitted_at: at, submitted_by: actor, year, updated_at: at, ...counts })
      .where('id', '=', runId)
      .execute();
    await recordSubmission(trx, {
      orgId,
      runId,
      year,
      submittedAt: at,
      sector: space.org.sector,
      sizeBand: space.org.size_band,
      cells: answers.map((a) => ({ dimension: a.dimension, audience: a.audience, level: a.level! })),
    });
    await audit(trx, {
      actor,
      action: 'assessment.run_submitted',
      subjectType: 'assessment_run',
      subjectId: runId,
      details: { orgId, year, ...counts },
    });
    return ok({ runId });
  });
}
