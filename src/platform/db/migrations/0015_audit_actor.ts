import type { Kysely } from 'kysely';

// "Download my data" reads the audit lines a person wrote as well as those about them: without
// this index that half of the query reads the whole audit log, which only grows.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor_user_id', 'at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('audit_log_actor').execute();
}
