import type { Kysely } from 'kysely';

// The page cache's versions (platform/http/page-cache.ts, ADR 0022): one row per content, a
// random token the writes replace. State of a cache, not data: backups leave it out.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('content_versions')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('token', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('content_versions').execute();
}
