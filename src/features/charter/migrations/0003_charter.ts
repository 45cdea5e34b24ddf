import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('charter_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('charter_texts')
    .addColumn('version_id', 'text', (c) => c.notNull().references('charter_versions.id'))
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('is_translation', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('charter_texts_pk', ['version_id', 'lang'])
    .execute();

  await db.schema
    .createTable('charter_commitments')
    .addColumn('version_id', 'text', (c) => c.notNull().references('charter_versions.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('short_title', 'text', (c) => c.notNull())
    .addColumn('full_text', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('charter_commitments_pk', ['version_id', 'lang', 'number'])
    .execute();
}
