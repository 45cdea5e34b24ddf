import { sql, type Kysely } from 'kysely';
import { defineSearchIndex, isPostgres } from '../../../platform/search/search.ts';
import { createTitleTables, dropTitleTables, writeTitles } from '../../../platform/search/titles.ts';

// The organisations' names in the search module's word and pair tables (ADR 0014), which the
// directory's name search reads instead of the full-text index. A database created after
// createSearchTables began to make these tables already has them: they are made again here.
// On SQLite the FTS5 table of titles alone, which they replace, goes.

const ORGANISATIONS = defineSearchIndex('organisations', ['nl', 'fr', 'de', 'en']);
const BATCH = 1000;

export async function up(db: Kysely<unknown>): Promise<void> {
  await dropTitleTables(db, ORGANISATIONS);
  await createTitleTables(db, ORGANISATIONS);
  if (!isPostgres(db)) await sql`drop table if exists search_organisations_titles`.execute(db);
  const { rows } = await sql<{ id: string; legal_name: string }>`select id, legal_name from organisations`.execute(db);
  for (let i = 0; i < rows.length; i += BATCH) {
    await writeTitles(
      db,
      ORGANISATIONS,
      rows.slice(i, i + BATCH).map((r) => ({ id: r.id, title: r.legal_name })),
    );
  }
}
