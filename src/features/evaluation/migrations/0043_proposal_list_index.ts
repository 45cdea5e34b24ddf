import type { Kysely } from 'kysely';

// The proposals' list without a commitment filter reads an evaluation's open proposals in the
// order they came (keyset on created_at, id): this index serves it in that order, so a page
// reads its twenty rows whatever the number of proposals.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('evaluation_proposals_open')
    .on('evaluation_proposals')
    .columns(['evaluation_id', 'status', 'created_at', 'id'])
    .execute();
}
