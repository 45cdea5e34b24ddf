import type { Kysely } from 'kysely';

// Who saved the headline figures last, and when: a report's sections keep their own
// `updated_by`/`updated_at`, and a person whose save of the figures meets someone else's is
// shown that person's figures with their name and time (ADR 0034). The report row's `updated_at` moves
// with every section too, so it cannot say when the figures changed.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('reports').addColumn('headline_updated_by', 'text').execute();
  await db.schema.alterTable('reports').addColumn('headline_updated_at', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('reports').dropColumn('headline_updated_at').execute();
  await db.schema.alterTable('reports').dropColumn('headline_updated_by').execute();
}
