import { audit } from '../../platform/audit/audit.ts';
import { ok, type Outcome } from '../../platform/outcome.ts';
import type { Audience } from './framework.ts';
import * as repo from './repository-runs.ts';
import { inTransaction, openDraft, Refusal, type RunReason, type ServiceDeps } from './draft.ts';

// Saving a dimension's answers as the person goes: what is valid is saved at once, whatever
// else on the page needs fixing, so nothing typed is lost. A level may stay empty in a draft.

/** The checked values of one cell's fields; a field left out (refused) keeps what was saved. */
export interface AnswerChange {
  level?: number | null;
  evidence?: string;
  /** One http(s) address per line. */
  links?: string;
  plan?: string;
}

export async function saveAnswers(
  deps: ServiceDeps,
  actor: string,
  orgId: string,
  runId: string,
  dimension: string,
  changes: Partial<Record<Audience, AnswerChange>>,
): Promise<Outcome<{ saved: number }, RunReason>> {
  return inTransaction<{ saved: number }, RunReason>(deps, async (trx) => {
    const { at } = await openDraft(trx, actor, orgId, runId);
    const inScope = new Set(
      (await repo.answersOf(trx, runId)).filter((a) => a.dimension === dimension).map((a) => a.audience),
    );
    if (inScope.size === 0) throw new Refusal('notFound');
    let saved = 0;
    const fields: Record<string, string[]> = {};
    for (const [audience, change] of Object.entries(changes) as [Audience, AnswerChange][]) {
      // A cell out of the scope (a stale page after the scope changed) is not created here.
      if (!inScope.has(audience) || Object.keys(change).length === 0) continue;
      await trx
        .updateTable('assessment_answers')
        .set({ ...change, updated_by: actor, updated_at: at })
        .where('run_id', '=', runId)
        .where('dimension', '=', dimension)
        .where('audience', '=', audience)
        .execute();
      fields[audience] = Object.keys(change);
      saved++;
    }
    await audit(trx, {
      actor,
      action: 'assessment.answers_saved',
      subjectType: 'assessment_run',
      subjectId: runId,
      details: { orgId, dimension, fields },
    });
    return ok({ saved });
  });
}
