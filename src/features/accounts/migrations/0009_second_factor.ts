import type { Kysely } from 'kysely';

// Two-step sign-in: one authenticator secret per person (sealed with a key from the settings,
// never in plain text), their single-use recovery codes (hashed), and per session the moment
// the second factor was last proven (the secretariat is asked again after 15 minutes).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('second_factors')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('secret', 'text', (c) => c.notNull())
    // Null while the person has scanned the code but not yet confirmed it with a first code.
    .addColumn('confirmed_at', 'text')
    // The last 30-second time step a code was accepted for: the same code never works twice.
    .addColumn('last_step', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('recovery_codes')
    .addColumn('code_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('used_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('recovery_codes_user').on('recovery_codes').column('user_id').execute();

  await db.schema.alterTable('sessions').addColumn('second_factor_at', 'text').execute();
}
