import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Deps } from '../../platform/http/types.ts';
import { now } from '../../platform/db/sql.ts';
import { fail, type Outcome } from '../../platform/outcome.ts';
import { AUDIENCES, type CellKey, type Framework } from './framework.ts';
import { frameworkByVersion } from './repository-frameworks.ts';
import * as repo from './repository-runs.ts';
import { writerRole } from './service-access.ts';

// What every write to a run shares: one transaction, the draft's row taken first
// (repo.lockDraft), then who writes checked, so a run submitted meanwhile is never changed.

export type ServiceDeps = Pick<Deps, 'db' | 'dialect' | 'config'>;
/**
 * Why a write is refused: the route answers 404, 403, or leads to the submitted run;
 * `invalid` shows the form again with the service's message beside a field (400).
 */
export type RunReason = 'notFound' | 'forbidden' | 'submitted' | 'invalid';

/** A field's value refused by the service. */
export const invalidField = (field: string, key: string) => ({
  ok: false as const,
  errors: { [field]: key },
  error: 'invalid' as const,
});

/** Thrown inside a transaction to roll it back with a reason. */
export class Refusal extends Error {
  constructor(readonly reason: RunReason | 'noFramework' | 'missingLevels') {
    super(reason);
  }
}

/** Runs `work` in a transaction; a Refusal rolls it back and becomes the outcome. */
export async function inTransaction<T, R extends string>(
  deps: ServiceDeps,
  work: (trx: Transaction<DB>) => Promise<Outcome<T, R>>,
): Promise<Outcome<T, R>> {
  try {
    return await deps.db.transaction().execute(work);
  } catch (err) {
    if (err instanceof Refusal) return fail(err.reason as R) as Outcome<T, R>;
    throw err;
  }
}

/** Inside a write: the draft locked, the writer checked, the run and its framework read. */
export async function openDraft(
  trx: Transaction<DB>,
  actor: string,
  orgId: string,
  runId: string,
): Promise<{ run: repo.RunRow; framework: Framework; at: string }> {
  const at = now();
  const locked = await repo.lockDraft(trx, orgId, runId, at);
  const run = await repo.runOf(trx, orgId, runId);
  if (!run) throw new Refusal('notFound');
  if (!(await writerRole(trx, orgId, actor))) throw new Refusal('forbidden');
  if (!locked) throw new Refusal('submitted');
  const framework = await frameworkByVersion(trx, run.framework_version);
  if (!framework) throw new Refusal('notFound');
  return { run, framework, at };
}

/** The scope's cells that the framework has, deduplicated, in the framework's order. */
export function validScope(framework: Framework, cells: readonly CellKey[]): CellKey[] {
  const wanted = new Set(cells.map(repo.cellId));
  return framework.content.dimensions.flatMap((d) =>
    AUDIENCES.filter((a) => wanted.has(repo.cellId({ dimension: d.key, audience: a }))).map((audience) => ({
      dimension: d.key,
      audience,
    })),
  );
}
