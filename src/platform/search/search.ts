import { PostgresAdapter, sql, type Expression, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import { foldedText, queryWords, stem, stemmedText, type SearchLang } from './text.ts';
import { clearTitles, createTitleTables, deleteTitles, matchTitles, writeTitles, type TitleMatch } from './titles.ts';

// Full-text search for any feature (ADR 0011): SQLite FTS5 or a PostgreSQL tsvector with a GIN
// index, one pair of tables per search index. A feature defines its index once, creates its
// tables in a migration (createSearchTables), and keeps it in sync in the same transaction
// as the writes it indexes (upsertDocuments, deleteDocuments). Queries ignore accents and
// capitals, stem per language, treat every word as a prefix, and require all words.

export type { SearchLang } from './text.ts';

// Any database: the module serves every feature's schema, and the migrations' Kysely<unknown>.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export interface SearchIndex {
  /** Lower-case letters, digits and _; the tables are search_<name> (and search_<name>_docs on SQLite). */
  name: string;
  /** The languages documents may have texts in; each is stemmed in its own language. */
  languages: readonly SearchLang[];
}

export interface SearchDocument {
  id: string;
  /** A short name, weighted above the texts and never stemmed (proper nouns). */
  title: string;
  /** Longer texts per language (a description, a body). */
  texts: Partial<Record<SearchLang, string>>;
}

export interface SearchHit {
  id: string;
  /** Higher is better. Only comparable within one query. */
  rank: number;
}

export interface RankCursor {
  rank: number;
  id: string;
}

const PG_CONFIG: Record<SearchLang, string> = { nl: 'dutch', fr: 'french', de: 'german', en: 'english' };

export function defineSearchIndex(name: string, languages: readonly SearchLang[]): SearchIndex {
  if (!/^[a-z][a-z0-9_]{0,40}$/.test(name)) throw new Error(`Not a search index name: ${name}`);
  return { name, languages };
}

export function isPostgres(db: AnyDb): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

const ftsTable = (index: SearchIndex) => sql.table(`search_${index.name}`);
const docsTable = (index: SearchIndex) => sql.table(`search_${index.name}_docs`);

/**
 * Words up to this length match as prefixes, read from FTS5's prefix indexes in one step;
 * longer ones match as whole words (and stems), so no query expands into a range of terms.
 */
export const PREFIX_MAX = 6;

/** Creates the index's tables; for a feature's migration. */
export async function createSearchTables(db: AnyDb, index: SearchIndex): Promise<void> {
  // The titles' own tables, for matchingIds (ADR 0014).
  await createTitleTables(db, index);
  if (isPostgres(db)) {
    await sql`create table ${ftsTable(index)} (doc_id text primary key, tsv tsvector not null)`.execute(db);
    // fastupdate off: no pending list that every query would have to read until the next vacuum.
    await sql`create index ${sql.id(`search_${index.name}_tsv`)} on ${ftsTable(index)} using gin (tsv)
      with (fastupdate = off)`.execute(db);
    return;
  }
  // docno is the FTS5 rowid: an integer key that VACUUM never renumbers.
  await sql`create table ${docsTable(index)} (docno integer primary key, doc_id text not null unique)`.execute(db);
  const columns = sql.join(['title', ...index.languages].map((c) => sql.id(c)));
  // Prefix indexes make short prefixes ("di", "dig") one doclist read instead of a term range.
  await sql`create virtual table ${ftsTable(index)} using fts5(${columns},
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6')`.execute(db);
}

/** Documents per statement: well under both engines' limits on bound parameters. */
const CHUNK = 200;

/** Adds or replaces documents. Call it in the transaction that changes what they index. */
export async function upsertDocuments(db: AnyDb, index: SearchIndex, docs: readonly SearchDocument[]): Promise<void> {
  await writeTitles(db, index, docs);
  for (let i = 0; i < docs.length; i += CHUNK) {
    const chunk = docs.slice(i, i + CHUNK);
    if (isPostgres(db)) {
      const rows = chunk.map((doc) => sql`(${doc.id}, ${pgVector(index, doc)})`);
      await sql`insert into ${ftsTable(index)} (doc_id, tsv) values ${sql.join(rows)}
        on conflict (doc_id) do update set tsv = excluded.tsv`.execute(db);
    } else {
      await sqliteUpsert(db, index, chunk);
    }
  }
}

async function sqliteUpsert(db: AnyDb, index: SearchIndex, docs: readonly SearchDocument[]): Promise<void> {
  const ids = docs.map((d) => d.id);
  await sql`insert into ${docsTable(index)} (doc_id) values ${sql.join(ids.map((id) => sql`(${id})`))}
    on conflict (doc_id) do nothing`.execute(db);
  const { rows } = await sql<{ docno: number; doc_id: string }>`select docno, doc_id from ${docsTable(index)}
    where doc_id in (${sql.join(ids)})`.execute(db);
  const docno = new Map(rows.map((r) => [r.doc_id, r.docno]));
  await sql`delete from ${ftsTable(index)} where rowid in (${sql.join(rows.map((r) => r.docno))})`.execute(db);
  const columns = sql.join(['rowid', 'title', ...index.languages].map((c) => sql.id(c)));
  const values = docs.map(
    (doc) =>
      sql`(${sql.join([
        docno.get(doc.id)!,
        foldedText(doc.title),
        ...index.languages.map((l) => (doc.texts[l] ? stemmedText(doc.texts[l], l) : '')),
      ])})`,
  );
  await sql`insert into ${ftsTable(index)} (${columns}) values ${sql.join(values)}`.execute(db);
}

function pgVector(index: SearchIndex, doc: SearchDocument): RawBuilder<unknown> {
  const parts = [sql`setweight(to_tsvector('simple', ${foldedText(doc.title)}), 'A')`];
  for (const l of index.languages) {
    const text = doc.texts[l];
    if (text) parts.push(sql`setweight(to_tsvector(${sql.lit(PG_CONFIG[l])}::regconfig, ${foldedText(text)}), 'B')`);
  }
  return sql.join(parts, sql` || `);
}

export async function deleteDocuments(db: AnyDb, index: SearchIndex, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await deleteTitles(db, index, ids);
  if (isPostgres(db)) {
    await sql`delete from ${ftsTable(index)} where doc_id in (${sql.join(ids)})`.execute(db);
    return;
  }
  await sql`delete from ${ftsTable(index)} where rowid in
    (select docno from ${docsTable(index)} where doc_id in (${sql.join(ids)}))`.execute(db);
  await sql`delete from ${docsTable(index)} where doc_id in (${sql.join(ids)})`.execute(db);
}

/** Empties the index (before rebuilding it, after a restore). */
export async function clearIndex(db: AnyDb, index: SearchIndex): Promise<void> {
  await clearTitles(db, index);
  await sql`delete from ${ftsTable(index)}`.execute(db);
  if (isPostgres(db)) return;
  await sql`delete from ${docsTable(index)}`.execute(db);
}

/** The prefixes one query word stands for: itself and its stem in each of the index's languages. */
function prefixesOf(index: SearchIndex, word: string): string[] {
  return [...new Set([word, ...index.languages.map((l) => stem(word, l))])].filter(Boolean);
}

/** The FTS5 expression: every word, as any of its prefixes. Only [\p{L}\p{N}] inside quotes. */
function ftsQuery(index: SearchIndex, text: string): string | null {
  const ws = queryWords(text);
  if (ws.length === 0) return null;
  const term = (p: string) => (p.length <= PREFIX_MAX ? `"${p}"*` : `"${p}"`);
  return ws.map((w) => `(${prefixesOf(index, w).map(term).join(' OR ')})`).join(' AND ');
}

/** The tsquery: every word, as a prefix of itself or of its Snowball stem in each language. */
function pgQuery(index: SearchIndex, text: string): RawBuilder<unknown> | null {
  const ws = queryWords(text);
  if (ws.length === 0) return null;
  // Long words are whole words, as on SQLite (PREFIX_MAX).
  const perWord = ws.map((w) => {
    const term = (p: string) => (p.length <= PREFIX_MAX ? `${p}:*` : p);
    const light = prefixesOf(index, w).map(term);
    // The word and the light stems (as on SQLite) as they are, and Snowball's stems.
    const alternatives = [
      sql`to_tsquery('simple', ${light.join(' | ')})`,
      ...index.languages.map((l) => sql`to_tsquery(${sql.lit(PG_CONFIG[l])}::regconfig, ${term(w)})`),
    ];
    return sql`(${sql.join(alternatives, sql` || `)})`;
  });
  return sql`(${sql.join(perWord, sql` && `)})`;
}

/**
 * A condition for another feature's query: the document `docId` (a column) matches `text`.
 * Checked row by row, so use it where the query reads few rows (ADR 0011); null when the text
 * has no words at all.
 */
export function matchesCondition(
  db: AnyDb,
  index: SearchIndex,
  text: string,
  docId: Expression<string>,
): Expression<SqlBool> | null {
  if (isPostgres(db)) {
    const q = pgQuery(index, text);
    return q
      ? sql<SqlBool>`exists (select 1 from ${ftsTable(index)} s where s.doc_id = ${docId} and s.tsv @@ ${q})`
      : null;
  }
  const q = ftsQuery(index, text);
  const fts = ftsTable(index);
  return q
    ? sql<SqlBool>`exists (select 1 from ${docsTable(index)} d join ${fts} on ${fts}.rowid = d.docno
        where d.doc_id = ${docId} and ${fts} match ${q})`
    : null;
}

export interface MatchOptions {
  /**
   * Also the documents whose texts hold the words, after those whose title does (a library of
   * texts). Without it, texts are searched only when no title holds the words (names).
   */
  withTexts?: boolean;
}

/**
 * Up to `cap` ids of matching documents, unranked: those whose title holds the words, through
 * the titles' own tables, at a cost bounded by constants however many documents there are
 * (ADR 0014); then, with `withTexts` or when no title holds them, those whose texts do, through
 * the full-text index. `more` says that other documents match too.
 */
/** `fromTitles`: the first so many of `ids` hold the words in their title, the others in their texts. */
export interface IdMatch extends TitleMatch {
  fromTitles: number;
}

export async function matchingIds(
  db: AnyDb,
  index: SearchIndex,
  text: string,
  cap: number,
  options: MatchOptions = {},
): Promise<IdMatch> {
  const byTitle = await matchTitles(db, index, text, cap);
  if (byTitle.more || (byTitle.ids.length > 0 && !options.withTexts))
    return { ...byTitle, fromTitles: byTitle.ids.length };
  const found = new Set(byTitle.ids);
  for (const id of await textMatches(db, index, text, cap + 1 + found.size)) {
    if (found.size > cap) break;
    found.add(id);
  }
  const ids = [...found];
  return { ids: ids.slice(0, cap), more: ids.length > cap, fromTitles: byTitle.ids.length };
}

async function textMatches(db: AnyDb, index: SearchIndex, text: string, limit: number): Promise<string[]> {
  if (isPostgres(db)) {
    const q = pgQuery(index, text);
    if (!q) return [];
    // With a LIMIT, PostgreSQL likes to scan the table until it has found enough rows, which
    // reads most of it when the word is rarer than its statistics say. The GIN index costs at
    // most the number of matching entries.
    const read = async (conn: AnyDb) => {
      await sql`set local enable_seqscan = off`.execute(conn);
      const { rows } = await sql<{ id: string }>`select doc_id as id from ${ftsTable(index)}
        where tsv @@ ${q} limit ${limit}`.execute(conn);
      await sql`set local enable_seqscan = on`.execute(conn);
      return rows.map((r) => r.id);
    };
    return db.isTransaction ? read(db) : db.transaction().execute(read);
  }
  const q = ftsQuery(index, text);
  if (!q) return [];
  const fts = ftsTable(index);
  const { rows } = await sql<{ id: string }>`select d.doc_id as id from ${fts}
    join ${docsTable(index)} d on d.docno = ${fts}.rowid where ${fts} match ${q} limit ${limit}`.execute(db);
  return rows.map((r) => r.id);
}

export interface SearchQuery {
  text: string;
  /** The reader's language: its texts weigh a little more. */
  lang: SearchLang;
  limit: number;
  /** Continue after this hit of the previous page (keyset on rank, then id). */
  after?: RankCursor | null;
  /** Only among these documents (a feature's own filter, done first). */
  ids?: readonly string[];
}

/**
 * The best matches first, a page at a time. Ranking reads every matching document, so its cost
 * grows with the number of matches: fine for an index of a few thousand documents, such as
 * the best-practice library; a large index is better read with matchingIds or matchesCondition.
 */
export async function searchDocuments(
  db: AnyDb,
  index: SearchIndex,
  query: SearchQuery,
): Promise<{ hits: SearchHit[]; next: RankCursor | null }> {
  if (query.ids && query.ids.length === 0) return { hits: [], next: null };
  const ranked = isPostgres(db) ? pgRanked(index, query) : sqliteRanked(index, query);
  if (!ranked) return { hits: [], next: null };
  const after = query.after
    ? sql`where r.rank < ${query.after.rank} or (r.rank = ${query.after.rank} and r.id > ${query.after.id})`
    : sql``;
  const { rows } = await sql<SearchHit>`select r.id, r.rank from (${ranked}) as r ${after}
    order by r.rank desc, r.id limit ${query.limit + 1}`.execute(db);
  const hits = rows.slice(0, query.limit).map((r) => ({ id: r.id, rank: Number(r.rank) }));
  const last = hits[hits.length - 1];
  return { hits, next: rows.length > query.limit && last ? { rank: last.rank, id: last.id } : null };
}

function sqliteRanked(index: SearchIndex, query: SearchQuery): RawBuilder<unknown> | null {
  const q = ftsQuery(index, query.text);
  if (!q) return null;
  const fts = ftsTable(index);
  // bm25 is lower for better matches; the title weighs most, the reader's language a little more.
  const weights = [10, ...index.languages.map((l) => (l === query.lang ? 2 : 1))].map((w) => sql.lit(w));
  const only = query.ids ? sql`and d.doc_id in (${sql.join(query.ids)})` : sql``;
  return sql`select d.doc_id as id, -bm25(${fts}, ${sql.join(weights)}) as rank from ${fts}
    join ${docsTable(index)} d on d.docno = ${fts}.rowid where ${fts} match ${q} ${only}`;
}

function pgRanked(index: SearchIndex, query: SearchQuery): RawBuilder<unknown> | null {
  const q = pgQuery(index, query.text);
  if (!q) return null;
  const only = query.ids ? sql`and s.doc_id in (${sql.join(query.ids)})` : sql``;
  // float8, so the rank goes to the cursor and back without losing bits. Weights D, C, B, A.
  return sql`select s.doc_id as id, ts_rank('{0.1, 0.2, 0.4, 1.0}', s.tsv, q.q)::float8 as rank
    from ${ftsTable(index)} s, (select ${q} as q) q where s.tsv @@ q.q ${only}`;
}
