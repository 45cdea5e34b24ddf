import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { EvaluationAnswersTable } from './evaluation.table.ts';

// The consultation's answers, and the counts per commitment and answer its writes keep.

type Db = Kysely<DB> | Transaction<DB>;
export type AnswerRow = Selectable<EvaluationAnswersTable>;
export type Question = 'relevance' | 'difficulty';

/** An organisation's answers (at most nine rows, by the primary key). */
export function answersOf(db: Db, evaluationId: string, orgId: string): Promise<AnswerRow[]> {
  return db
    .selectFrom('evaluation_answers')
    .selectAll()
    .where('evaluation_id', '=', evaluationId)
    .where('org_id', '=', orgId)
    .orderBy('commitment')
    .execute();
}

/** Inserts the answer unless the organisation answered that commitment already: true when inserted. */
export async function insertAnswer(db: Db, row: AnswerRow): Promise<boolean> {
  const result = await db
    .insertInto('evaluation_answers')
    .values(row)
    .onConflict((oc) => oc.columns(['evaluation_id', 'org_id', 'commitment']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function updateAnswer(db: Db, row: AnswerRow): Promise<void> {
  await db
    .updateTable('evaluation_answers')
    .set({
      relevance: row.relevance,
      difficulty: row.difficulty,
      change: row.change,
      answered_by: row.answered_by,
      answered_at: row.answered_at,
    })
    .where('evaluation_id', '=', row.evaluation_id)
    .where('org_id', '=', row.org_id)
    .where('commitment', '=', row.commitment)
    .execute();
}

/** Moves one count of an answer up or down (the row is made on its first count). */
export async function addToCount(
  db: Db,
  key: { evaluationId: string; commitment: number; question: Question; answer: string },
  by: 1 | -1,
): Promise<void> {
  await db
    .insertInto('evaluation_answer_counts')
    .values({ evaluation_id: key.evaluationId, commitment: key.commitment, question: key.question, answer: key.answer, count: by })
    .onConflict((oc) =>
      oc
        .columns(['evaluation_id', 'commitment', 'question', 'answer'])
        .doUpdateSet({ count: sql<number>`evaluation_answer_counts.count + ${by}` }),
    )
    .execute();
}

export async function addToAnswerCount(db: Db, evaluationId: string, by: 1 | -1): Promise<void> {
  await db
    .updateTable('evaluations')
    .set({ answer_count: sql<number>`answer_count + ${by}` })
    .where('id', '=', evaluationId)
    .execute();
}

export interface CountRow {
  commitment: number;
  question: string;
  answer: string;
  count: number;
}

/** The kept counts of an evaluation: at most 9 × 7 rows. */
export async function countsOf(db: Db, evaluationId: string): Promise<CountRow[]> {
  const rows = await db
    .selectFrom('evaluation_answer_counts')
    .select(['commitment', 'question', 'answer', 'count'])
    .where('evaluation_id', '=', evaluationId)
    .execute();
  return rows.map((r) => ({ ...r, commitment: Number(r.commitment), count: Number(r.count) }));
}

/** After a restore: the counts again from the answers, in one statement per question. */
export async function rebuildCounts(trx: Transaction<DB>): Promise<void> {
  await trx.deleteFrom('evaluation_answer_counts').execute();
  for (const question of ['relevance', 'difficulty'] as const) {
    await trx
      .insertInto('evaluation_answer_counts')
      .columns(['evaluation_id', 'commitment', 'question', 'answer', 'count'])
      .expression(
        trx
          .selectFrom('evaluation_answers')
          .select((eb) => [
            'evaluation_id',
            'commitment',
            sql.lit(question).as('question'),
            eb.ref(question).as('answer'),
            eb.fn.countAll<number>().as('count'),
          ])
          .groupBy(['evaluation_id', 'commitment', question]),
      )
      .execute();
  }
}
