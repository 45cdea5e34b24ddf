import { sql, type Kysely } from 'kysely';

// The languages a published practice has no text in become tags of the derived tables (facet
// 'missing', see derived.ts), for the secretariat's list of practices to translate. The writes
// keep them from now on; this fills them in once for the practices published before. No index
// is needed: the list reads practice_tags_library (facet, value, published_at, practice_id).

// The site's languages and their bits in text_lang_bits as they were when this migration ran
// (the place of each in LANGS, a list that only grows at the end).
const LANGS = ['nl', 'fr', 'de', 'en'] as const;
const ALL_BITS = 2 ** LANGS.length - 1;

export async function up(db: Kysely<unknown>): Promise<void> {
  const published = sql`from practices where status = 'published'`;
  const since = sql`coalesce(published_at, updated_at)`;
  // ('missing', ''): the practice lacks at least one language.
  await sql`insert into practice_tags (practice_id, facet, value, published_at)
    select id, 'missing', '', ${since} ${published} and (text_lang_bits & ${sql.lit(ALL_BITS)}) <> ${sql.lit(ALL_BITS)}`.execute(db);
  for (const [i, lang] of LANGS.entries()) {
    await sql`insert into practice_tags (practice_id, facet, value, published_at)
      select id, 'missing', ${sql.lit(lang)}, ${since} ${published} and (text_lang_bits & ${sql.lit(2 ** i)}) = 0`.execute(db);
  }
  await sql`insert into practice_counts (facet, value, n)
    select facet, value, count(*) from practice_tags where facet = 'missing' group by facet, value`.execute(db);
}
