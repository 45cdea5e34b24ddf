import type { Kysely } from 'kysely';
import { createSearchTables, defineSearchIndex } from '../../../platform/search/search.ts';

// The best-practice library (issue 6): practices, their revisions and texts, and what the public
// does with them (adoptions, questions, reports). Only text and integer columns (ADR 0002).
// practices.published_revision_id and working_revision_id point at revisions without a foreign
// key: a revision points back at its practice, and a restore inserts practices first.

// The search index's definition as it was when this migration ran (the feature's is in search-index.ts).
const PRACTICES = defineSearchIndex('practices', ['nl', 'fr', 'de', 'en']);

const TAG_COLUMNS = [
  'cause_bits',
  'group_bits',
  'commitment_bits',
  'audience_bits',
  'digcomp_bits',
  'region_bits',
  'language_bits',
] as const;

async function createPractices(db: Kysely<unknown>): Promise<void> {
  let practices = db.schema
    .createTable('practices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('original_lang', 'text', (c) => c.notNull())
    .addColumn('published_revision_id', 'text')
    .addColumn('working_revision_id', 'text');
  for (const col of TAG_COLUMNS) practices = practices.addColumn(col, 'integer', (c) => c.notNull().defaultTo(0));
  await practices
    .addColumn('text_lang_bits', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sector', 'text')
    .addColumn('period_start', 'text')
    .addColumn('period_end', 'text')
    .addColumn('people_reached', 'integer')
    .addColumn('adoption_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('published_at', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // The library: newest first, keyset on (published_at, id), and the bits to filter on as it walks.
  await db.schema
    .createIndex('practices_library')
    .on('practices')
    .columns(['status', 'published_at', 'id', ...TAG_COLUMNS, 'text_lang_bits', 'sector'])
    .execute();
  // The library sorted by the most adopted.
  await db.schema
    .createIndex('practices_adopted')
    .on('practices')
    .columns(['status', 'adoption_count', 'published_at', 'id'])
    .execute();
  // An organisation's own list (its space) and its public profile.
  await db.schema
    .createIndex('practices_org')
    .on('practices')
    .columns(['org_id', 'status', 'updated_at', 'id'])
    .execute();
}

async function createRevisions(db: Kysely<unknown>): Promise<void> {
  let revisions = db.schema
    .createTable('practice_revisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull());
  for (const col of TAG_COLUMNS) revisions = revisions.addColumn(col, 'integer', (c) => c.notNull().defaultTo(0));
  await revisions
    .addColumn('period_start', 'text')
    .addColumn('period_end', 'text')
    .addColumn('people_reached', 'integer')
    .addColumn('contact_name', 'text', (c) => c.notNull())
    .addColumn('contact_email', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('submitted_by', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('reviewed_by', 'text')
    .addColumn('review_comment', 'text')
    .addColumn('draft_data', 'text')
    .addUniqueConstraint('practice_revisions_number', ['practice_id', 'number'])
    .execute();
  // The secretariat's queue: submitted revisions, oldest first, keyset on (submitted_at, id).
  await db.schema
    .createIndex('practice_revisions_queue')
    .on('practice_revisions')
    .columns(['status', 'submitted_at', 'id'])
    .execute();

  await db.schema
    .createTable('practice_texts')
    .addColumn('revision_id', 'text', (c) => c.notNull().references('practice_revisions.id').onDelete('cascade'))
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('results', 'text', (c) => c.notNull())
    .addColumn('is_original', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('origin', 'text', (c) => c.notNull().defaultTo('author'))
    .addColumn('translated_from', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('practice_texts_pk', ['revision_id', 'lang'])
    .execute();

  await db.schema
    .createTable('practice_links')
    .addColumn('revision_id', 'text', (c) => c.notNull().references('practice_revisions.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('practice_links_pk', ['revision_id', 'position'])
    .execute();

  await db.schema
    .createTable('practice_attachments')
    .addColumn('revision_id', 'text', (c) => c.notNull().references('practice_revisions.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('file', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('practice_attachments_pk', ['revision_id', 'position'])
    .execute();
  // Serving a file: is it attached to a published revision?
  await db.schema.createIndex('practice_attachments_file').on('practice_attachments').column('file').execute();

  await db.schema
    .createTable('practice_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id').onDelete('cascade'))
    .addColumn('revision_id', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .execute();
  await db.schema
    .createIndex('practice_events_practice')
    .on('practice_events')
    .columns(['practice_id', 'at'])
    .execute();
}

async function createPublicSide(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('practice_adoptions')
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id').onDelete('cascade'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('note', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('practice_adoptions_pk', ['practice_id', 'org_id'])
    .execute();
  // A practice's adopters, newest first; an organisation's adopted practices (its profile).
  await db.schema
    .createIndex('practice_adoptions_practice')
    .on('practice_adoptions')
    .columns(['practice_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('practice_adoptions_org')
    .on('practice_adoptions')
    .columns(['org_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('practice_questions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id').onDelete('cascade'))
    .addColumn('user_id', 'text')
    .addColumn('client_key', 'text', (c) => c.notNull())
    .addColumn('shared_address', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // Rate limits: recent questions per practice, per asker, per client.
  await db.schema
    .createIndex('practice_questions_practice')
    .on('practice_questions')
    .columns(['practice_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('practice_questions_user')
    .on('practice_questions')
    .columns(['user_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('practice_questions_client')
    .on('practice_questions')
    .columns(['client_key', 'created_at'])
    .execute();

  await db.schema
    .createTable('practice_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id').onDelete('cascade'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('details', 'text')
    .addColumn('user_id', 'text')
    .addColumn('client_key', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('closed_by', 'text')
    .execute();
  // The secretariat's list of open reports, oldest first; rate limits per client.
  await db.schema
    .createIndex('practice_reports_queue')
    .on('practice_reports')
    .columns(['status', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('practice_reports_client')
    .on('practice_reports')
    .columns(['client_key', 'created_at'])
    .execute();
  await db.schema.createIndex('practice_reports_practice').on('practice_reports').column('practice_id').execute();
}

async function createDerived(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('practice_counts')
    .addColumn('facet', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('practice_counts_pk', ['facet', 'value'])
    .execute();
  await db.schema
    .createTable('practice_tags')
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id').onDelete('cascade'))
    .addColumn('facet', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('practice_tags_pk', ['practice_id', 'facet', 'value'])
    .execute();
  // One tag's practices, newest first, keyset on (published_at, practice_id).
  await db.schema
    .createIndex('practice_tags_library')
    .on('practice_tags')
    .columns(['facet', 'value', 'published_at', 'practice_id'])
    .execute();
  await createSearchTables(db, PRACTICES);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await createPractices(db);
  await createRevisions(db);
  await createPublicSide(db);
  await createDerived(db);
}
