import type { Kysely } from 'kysely';

// The campaigns (issue 8, commitment 6): campaigns with their texts per language, materials,
// supporters, and the reach their participations add up to. Text and integer columns, bigint
// for the sums of people (ADR 0002 allows bigint for counters).

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('campaigns')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('cause_bits', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('group_bits', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('cta_link', 'text')
    .addColumn('supporter_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('participation_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reach_public', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('reach_all', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // The public list: running and upcoming by start, past by end (keyset on (ends_on, id)).
  await db.schema.createIndex('campaigns_starts').on('campaigns').columns(['starts_on', 'id']).execute();
  await db.schema.createIndex('campaigns_ends').on('campaigns').columns(['ends_on', 'id']).execute();

  await db.schema
    .createTable('campaign_texts')
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('aim', 'text', (c) => c.notNull())
    .addColumn('cta_text', 'text')
    .addPrimaryKeyConstraint('campaign_texts_pk', ['campaign_id', 'lang'])
    .execute();

  await db.schema
    .createTable('campaign_materials')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('file', 'text')
    .addColumn('bytes', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('campaign_materials_campaign')
    .on('campaign_materials')
    .columns(['campaign_id', 'lang', 'created_at'])
    .execute();

  await db.schema
    .createTable('campaign_supporters')
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('supported_by', 'text', (c) => c.notNull())
    .addColumn('supported_at', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('campaign_supporters_pk', ['campaign_id', 'org_id'])
    .execute();
  // The public list of a campaign's supporters, newest first (keyset on (supported_at, org_id)).
  await db.schema
    .createIndex('campaign_supporters_newest')
    .on('campaign_supporters')
    .columns(['campaign_id', 'supported_at', 'org_id'])
    .execute();
  // An organisation's campaigns of a year (the commitments at a glance).
  await db.schema
    .createIndex('campaign_supporters_org')
    .on('campaign_supporters')
    .columns(['org_id', 'year'])
    .execute();

  await db.schema
    .createTable('campaign_reach')
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('entries', 'integer', (c) => c.notNull())
    .addColumn('people', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('campaign_reach_pk', ['campaign_id', 'org_id', 'year', 'visibility'])
    .execute();
  await db.schema.createIndex('campaign_reach_org').on('campaign_reach').columns(['org_id', 'year']).execute();
}
