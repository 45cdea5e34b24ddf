import type { Kysely } from 'kysely';

// Failed sign-ins, counted per account and address together, per address and per account
// (keys are keyed hashes: no address is stored). Replaces the hard lock on the user row, which
// anyone could trigger to keep the owner out; users.failed_logins and locked_until stay unused.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sign_in_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('last_failed_at', 'bigint', (c) => c.notNull())
    .addColumn('blocked_until', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sign_in_throttle_last').on('sign_in_throttle').column('last_failed_at').execute();
}
