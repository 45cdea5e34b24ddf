import type { Kysely } from 'kysely';

// The activity log (issue 8): the activities and the totals their writes keep (ADR 0024).
// Text and integer columns, and bigint for the sums of people and minutes, which may pass two
// thousand million on PostgreSQL's integer (ADR 0002 allows bigint for counters).

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('activities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('safety_kind', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text')
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('commitment_bits', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('audience_bits', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('group_bits', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('digcomp_bits', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('region_bits', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('people_reached', 'integer', (c) => c.notNull())
    .addColumn('minutes_per_person', 'integer')
    .addColumn('evidence_link', 'text')
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // The organisation's log, newest first, keyset on (starts_on, id), with the filter's kind as it walks.
  await db.schema
    .createIndex('activities_org_newest')
    .on('activities')
    .columns(['org_id', 'starts_on', 'id', 'kind'])
    .execute();
  // A campaign's participations (the campaigns feature).
  await db.schema.createIndex('activities_campaign').on('activities').columns(['campaign_id']).execute();

  await db.schema
    .createTable('activity_totals')
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('commitment', 'integer', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('entries', 'integer', (c) => c.notNull())
    .addColumn('people', 'bigint', (c) => c.notNull())
    .addColumn('training_minutes', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('activity_totals_pk', ['org_id', 'year', 'commitment', 'visibility'])
    .execute();
}
