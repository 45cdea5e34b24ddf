import type { Kysely } from 'kysely';
import { createSearchTables, defineSearchIndex } from '../../../platform/search/search.ts';

// Offers and asks between signatories (issue 7). Only text and integer columns (ADR 0002).
// `listed` is 1 while a post is open, not hidden and (as of the last housekeeping) not expired:
// the public list, the matches and the API read indexes that start with it and carry
// `expires_on`, so the expiry is decided inside the index (for the hour before housekeeping
// unlists an expired post) and the listed part of each index holds only live posts.

// The search index as it was when this migration ran (the feature's own is in search-index.ts).
const EXCHANGE = defineSearchIndex('exchange', ['nl', 'fr', 'de', 'en']);

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('exchange_posts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('author_user_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('cause', 'text', (c) => c.notNull())
    .addColumn('region_bits', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('expires_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('listed', 'integer', (c) => c.notNull())
    .addColumn('hidden_reason', 'text')
    .addColumn('hidden_at', 'text')
    .addColumn('hidden_by', 'text')
    .addColumn('closed_at', 'text')
    // Answers relayed so far, kept by answerPost: the organisation sees that its post is read.
    .addColumn('answer_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // The public list and the API, newest first, keyset on (created_at, id), and the same with
  // one filter; the matches (same cause, opposite kind). Each index leads with what it narrows
  // on, then (created_at, id), so the order and the keyset come from it without a sort; then
  // every other column a list or the matches filter on, so that any combination of filters is
  // decided inside the index and the entries it passes over cost no row read (ADR 0020).
  const FILTERS = ['expires_on', 'region_bits', 'kind', 'cause', 'topic'];
  const lists: [string, string[], string[]][] = [
    ['exchange_posts_listed', [], []],
    ['exchange_posts_kind', ['kind'], []],
    ['exchange_posts_cause', ['cause'], []],
    ['exchange_posts_topic', ['topic'], []],
    ['exchange_posts_match', ['cause', 'kind'], ['org_id']],
  ];
  for (const [name, lead, extra] of lists) {
    const rest = FILTERS.filter((c) => !lead.includes(c));
    await db.schema
      .createIndex(name)
      .on('exchange_posts')
      .columns(['listed', ...lead, 'created_at', 'id', ...rest, ...extra])
      .execute();
  }
  // No index on (listed, expires_on): SQLite would take it for the list and sort every live post.
  // Housekeeping's hourly unlisting reads the listed part of exchange_posts_listed instead.
  // The secretariat's list of hidden posts, most recently hidden first.
  await db.schema.createIndex('exchange_posts_hidden').on('exchange_posts').columns(['hidden_at', 'id']).execute();
  // An organisation's posts: its own page and its public profile.
  await db.schema.createIndex('exchange_posts_org').on('exchange_posts').columns(['org_id', 'created_at', 'id']).execute();

  // That an answer was relayed, and whether an address was shared; never its message, nor the
  // client's address: the limits count in rate_limits, which forgets them within a day.
  await db.schema
    .createTable('exchange_answers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('post_id', 'text', (c) => c.notNull().references('exchange_posts.id').onDelete('cascade'))
    .addColumn('user_id', 'text')
    .addColumn('shared_address', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('exchange_answers_post').on('exchange_answers').columns(['post_id', 'created_at']).execute();

  await createSearchTables(db, EXCHANGE);
}
