import type { Kysely } from 'kysely';

// When the personal data of a signing record were erased at the end of their retention period
// (the privacy notice): the record stays, its names and addresses do not.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('applications').addColumn('erased_at', 'text').execute();
  await db.schema.alterTable('signatures').addColumn('erased_at', 'text').execute();
}
