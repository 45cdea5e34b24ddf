import type { Kysely } from 'kysely';

// Joint actions (issue 7): actions, their obstacles, partners, milestones, indicators, updates,
// history and the counts the writes keep. Only text and integer columns (ADR 0002).

const FILTER_COLUMNS = ['status', 'need_bits', 'cause_bits', 'region_bits'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('lead_org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('goal', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('stop_reason', 'text')
    .addColumn('need_bits', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('cause_bits', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('region_bits', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('listed', 'integer', (c) => c.notNull())
    .addColumn('progress', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('milestone_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('partner_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // The public list, newest first, keyset on (created_at, id), with the columns filters test as it walks.
  await db.schema
    .createIndex('actions_newest')
    .on('actions')
    .columns(['listed', 'created_at', 'id', ...FILTER_COLUMNS])
    .execute();
  // An organisation's actions (it leads them).
  await db.schema.createIndex('actions_lead').on('actions').columns(['lead_org_id', 'created_at']).execute();

  await db.schema
    .createTable('action_obstacles')
    .addColumn('action_id', 'text', (c) => c.notNull().references('actions.id').onDelete('cascade'))
    .addColumn('obstacle_id', 'text', (c) => c.notNull().references('obstacles.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('action_obstacles_pk', ['action_id', 'obstacle_id'])
    .execute();
  // An obstacle's actions.
  await db.schema.createIndex('action_obstacles_obstacle').on('action_obstacles').columns(['obstacle_id']).execute();

  await db.schema
    .createTable('action_partners')
    .addColumn('action_id', 'text', (c) => c.notNull().references('actions.id').onDelete('cascade'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('asked_by', 'text', (c) => c.notNull())
    .addColumn('asked_at', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addPrimaryKeyConstraint('action_partners_pk', ['action_id', 'org_id'])
    .execute();
  // An organisation's profile: the actions it joined.
  await db.schema.createIndex('action_partners_org').on('action_partners').columns(['org_id', 'state']).execute();

  await db.schema
    .createTable('action_milestones')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('action_id', 'text', (c) => c.notNull().references('actions.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('weight', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('percent', 'integer', (c) => c.notNull())
    .addColumn('done_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('action_milestones_action')
    .on('action_milestones')
    .columns(['action_id', 'due_on', 'id'])
    .execute();

  await db.schema
    .createTable('action_indicators')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('action_id', 'text', (c) => c.notNull().references('actions.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('target', 'integer', (c) => c.notNull())
    .addColumn('current_value', 'integer', (c) => c.notNull())
    .addColumn('measured_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('action_indicators_action')
    .on('action_indicators')
    .columns(['action_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('action_updates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('action_id', 'text', (c) => c.notNull().references('actions.id').onDelete('cascade'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('posted_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('action_updates_latest')
    .on('action_updates')
    .columns(['action_id', 'created_at', 'id'])
    .execute();

  await db.schema
    .createTable('action_history')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('action_id', 'text', (c) => c.notNull().references('actions.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('detail', 'text')
    .execute();
  await db.schema
    .createIndex('action_history_latest')
    .on('action_history')
    .columns(['action_id', 'at', 'id'])
    .execute();

  await db.schema
    .createTable('action_counts')
    .addColumn('facet', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('action_counts_pk', ['facet', 'value'])
    .execute();
}
