import type { FastifyReply } from 'fastify';
import { audit } from '../../platform/audit/audit.ts';
import { ok, type Outcome } from '../../platform/outcome.ts';
import { readStored, sendStoredFile } from '../../platform/files/storage.ts';
import type { CellKey } from './framework.ts';
import * as repo from './repository-runs.ts';
import { inTransaction, openDraft, Refusal, type RunReason, type ServiceDeps } from './draft.ts';
import { dropFiles, removedFiles, type StoredEvidence } from './evidence-files.ts';

// Attaching a cell's evidence file to a draft, removing it, and sending it to the members.

/** Attaches a stored file to a cell of a draft (replacing its file), or removes the cell's file (`file` null). */
export async function setEvidenceFile(
  deps: ServiceDeps,
  actor: string,
  orgId: string,
  runId: string,
  cell: CellKey,
  file: StoredEvidence | null,
): Promise<Outcome<null, RunReason>> {
  let drop: string[] = [];
  const outcome = await inTransaction<null, RunReason>(deps, async (trx) => {
    const { run, at } = await openDraft(trx, actor, orgId, runId);
    const answer = (await repo.answersOf(trx, runId)).find((a) => repo.cellId(a) === repo.cellId(cell));
    if (!answer) throw new Refusal('notFound');
    await trx
      .updateTable('assessment_answers')
      .set({
        file: file?.name ?? null,
        file_name: file?.filename ?? null,
        file_type: file?.type ?? null,
        file_bytes: file?.bytes ?? null,
        updated_by: actor,
        updated_at: at,
      })
      .where('run_id', '=', runId)
      .where('dimension', '=', cell.dimension)
      .where('audience', '=', cell.audience)
      .execute();
    drop = await removedFiles(trx, run, [answer]);
    const details = { orgId, cell: repo.cellId(cell), bytes: file?.bytes ?? null };
    if (file)
      await audit(trx, {
        actor,
        action: 'assessment.file_attached',
        subjectType: 'assessment_run',
        subjectId: runId,
        details,
      });
    else
      await audit(trx, {
        actor,
        action: 'assessment.file_removed',
        subjectType: 'assessment_run',
        subjectId: runId,
        details,
      });
    return ok(null);
  });
  if (outcome.ok) await dropFiles(deps.config.dataDir, drop);
  // A refused write leaves the new file unused: it goes at once.
  else if (file) await dropFiles(deps.config.dataDir, [file.name]);
  return outcome;
}

/** A run's evidence file for the organisation's members; private, never kept by shared caches. */
export async function sendEvidence(
  deps: ServiceDeps,
  reply: FastifyReply,
  orgId: string,
  runId: string,
  cell: CellKey,
): Promise<FastifyReply | null> {
  const run = await repo.runOf(deps.db, orgId, runId);
  if (!run) return null;
  const answer = (await repo.answersOf(deps.db, runId)).find((a) => repo.cellId(a) === repo.cellId(cell));
  if (!answer?.file) return null;
  const body = await readStored(deps.config.dataDir, 'attachments', answer.file);
  return body ? sendStoredFile(reply, answer.file, body, 'private') : null;
}
