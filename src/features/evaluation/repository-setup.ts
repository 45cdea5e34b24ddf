import type { Kysely, Selectable, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { EvaluationsTable } from './evaluation.table.ts';

// Plain queries on the evaluations themselves. There is one evaluation at a time: the newest.

type Db = Kysely<DB> | Transaction<DB>;
export type EvaluationRow = Selectable<EvaluationsTable>;

/** The newest evaluation (the one running, or the last one held), or undefined. */
export function latestEvaluation(db: Db): Promise<EvaluationRow | undefined> {
  return db.selectFrom('evaluations').selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
}

export function evaluationById(db: Db, id: string): Promise<EvaluationRow | undefined> {
  return db.selectFrom('evaluations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertEvaluation(db: Db, row: Omit<EvaluationRow, 'answer_count' | 'proposal_count'>): Promise<void> {
  await db.insertInto('evaluations').values(row).execute();
}

export async function updateSettings(
  db: Db,
  id: string,
  settings: Pick<
    EvaluationRow,
    'consultation_opens_on' | 'proposals_opens_on' | 'vote_opens_on' | 'result_on' | 'quorum' | 'majority' | 'updated_at'
  >,
): Promise<void> {
  await db.updateTable('evaluations').set(settings).where('id', '=', id).execute();
}
