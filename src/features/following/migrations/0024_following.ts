import type { Kysely } from 'kysely';

// Following (issue 7): what people follow, what they want by mail, and the news that waits for
// their weekly digest. Subjects belong to other features (a practice, an obstacle, an action),
// so `subject_id` points to no table: the feature that owns the kind answers whether it exists.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('follows')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('since', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('follows_pk', ['user_id', 'subject_kind', 'subject_id'])
    .execute();
  // announce() reads a subject's followers; a person's list is read newest first.
  await db.schema.createIndex('follows_subject').on('follows').columns(['subject_kind', 'subject_id', 'user_id']).execute();
  await db.schema.createIndex('follows_user_since').on('follows').columns(['user_id', 'since', 'subject_kind', 'subject_id']).execute();

  // One row per person and kind of mail they changed from its default.
  await db.schema
    .createTable('mail_settings')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('choice', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mail_settings_pk', ['user_id', 'kind'])
    .execute();

  // News kept for the weekly digest, already in the reader's language; deleted once mailed.
  await db.schema
    .createTable('follow_news')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('follow_news_user').on('follow_news').columns(['user_id', 'at']).execute();
}
