import type { Kysely } from 'kysely';
import { createSearchTables, defineSearchIndex } from '../../../platform/search/search.ts';

// The obstacle register (issue 7): obstacles, endorsements, the counts the writes keep, and the
// full-text index. Only text and integer columns (ADR 0002).

// The search index's definition as it was when this migration ran (the feature's is in search-index.ts).
const OBSTACLES = defineSearchIndex('obstacles', ['nl', 'fr', 'de', 'en']);

const TAG_COLUMNS = ['cause_bits', 'group_bits', 'region_bits', 'audience_bits'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  let obstacles = db.schema
    .createTable('obstacles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('evidence_text', 'text')
    .addColumn('evidence_link', 'text')
    .addColumn('evidence_figure', 'text');
  for (const col of TAG_COLUMNS) obstacles = obstacles.addColumn(col, 'integer', (c) => c.notNull().defaultTo(0));
  await obstacles
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('listed', 'integer', (c) => c.notNull())
    .addColumn('endorsement_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('close_reason', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('hidden_reason', 'text')
    .addColumn('hidden_at', 'text')
    .addColumn('merged_into', 'text')
    .addColumn('merged_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // The public list, newest first, keyset on (created_at, id), with the columns filters test as it walks.
  await db.schema
    .createIndex('obstacles_newest')
    .on('obstacles')
    .columns(['listed', 'created_at', 'id', 'status', ...TAG_COLUMNS])
    .execute();
  // The public list, most seen first.
  await db.schema
    .createIndex('obstacles_seen')
    .on('obstacles')
    .columns(['listed', 'endorsement_count', 'created_at', 'id', 'status', ...TAG_COLUMNS])
    .execute();
  // An organisation's public profile: what it reported.
  await db.schema.createIndex('obstacles_org').on('obstacles').columns(['org_id', 'created_at']).execute();

  await db.schema
    .createTable('obstacle_endorsements')
    .addColumn('obstacle_id', 'text', (c) => c.notNull().references('obstacles.id').onDelete('cascade'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('evidence', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('obstacle_endorsements_pk', ['obstacle_id', 'org_id'])
    .execute();
  // The obstacle page's list, newest first.
  await db.schema
    .createIndex('obstacle_endorsements_latest')
    .on('obstacle_endorsements')
    .columns(['obstacle_id', 'created_at'])
    .execute();
  // An organisation's public profile: what it endorsed.
  await db.schema
    .createIndex('obstacle_endorsements_org')
    .on('obstacle_endorsements')
    .columns(['org_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('obstacle_counts')
    .addColumn('facet', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('obstacle_counts_pk', ['facet', 'value'])
    .execute();

  await createSearchTables(db, OBSTACLES);
}
