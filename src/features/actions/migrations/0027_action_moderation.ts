import type { Kysely } from 'kysely';

// The secretariat's say over joint actions (issue 7): it hides an action with a reason (the
// action then leaves every public read, which all test `listed`) and shows it again, and it
// features actions on the home page. Only text columns (ADR 0002).

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('actions').addColumn('hidden_at', 'text').execute();
  await db.schema.alterTable('actions').addColumn('hidden_reason', 'text').execute();
  await db.schema.alterTable('actions').addColumn('hidden_by', 'text').execute();
  await db.schema.alterTable('actions').addColumn('featured_at', 'text').execute();
  // The home page: the latest featured actions, read from the top of this index (few rows have one).
  await db.schema.createIndex('actions_featured').on('actions').columns(['featured_at', 'id']).execute();
  // The secretariat's list of what it hid, most recently hidden first.
  await db.schema.createIndex('actions_hidden').on('actions').columns(['hidden_at', 'id']).execute();
}
