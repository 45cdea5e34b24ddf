import type { Kysely } from 'kysely';

// When a person closed their account: the row stays (applications point to it) without their
// name, address or password.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('closed_at', 'text').execute();
}
