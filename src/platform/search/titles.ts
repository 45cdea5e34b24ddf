import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';
import { queryWords, stem, words, type SearchLang } from './text.ts';

// Finding documents by their title (a name) at a cost bounded by constants, not by the number
// of documents (ADR 0014). The full-text tables answer "which documents hold these words" by
// reading every document that holds the rarest word, and every word of a name (a legal form, a
// town, "de") is common once there are 100,000 names. So titles also go into two plain B-tree
// tables, the same on both engines:
//
//   search_<index>_words (word, doc_id)  each distinct folded word of a title
//   search_<index>_pairs (pair, doc_id)  each pair of distinct words of a title, "a b" with a < b
//
// A query is planned like a database would, from statistics it reads itself: how many
// documents each word and each pair of words has, counted only up to LOOKAHEAD. The rarest
// one gives the candidates, and the other words are checked on those. Two words that are
// common alone are usually rare together, which is what the pairs are for: a full name
// ("Aînés Connectés de Anderlecht asbl 5") is found through its rarest pair in a few dozen rows.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

interface TitleIndex {
  name: string;
  languages: readonly SearchLang[];
}

/** What a title search found: at most `cap` ids, and whether more documents match. */
export interface TitleMatch {
  ids: string[];
  more: boolean;
}

/** Counting stops here: past it a word is "common" and the exact number does not matter. */
const LOOKAHEAD = 64;
/** When every word and pair is common, the candidates read in the first round. */
const FIRST_BATCH = 500;
/** Pairs are stored among a title's first words only: a name rarely has more. */
const PAIR_WORDS = 8;
/** A query looks up the pairs among its this many longest words. */
const PAIRED_QUERY_WORDS = 4;
const ROWS_PER_INSERT = 500;

const wordsTable = (index: TitleIndex) => sql.table(`search_${index.name}_words`);
const pairsTable = (index: TitleIndex) => sql.table(`search_${index.name}_pairs`);

function postgres(db: AnyDb): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Creates the two tables; for createSearchTables and migrations. Byte order on both engines. */
export async function createTitleTables(db: AnyDb, index: TitleIndex): Promise<void> {
  // "C" collation: a prefix is a contiguous range of the B-tree, as in SQLite's binary order.
  const text = postgres(db) ? sql`text collate "C" not null` : sql`text not null`;
  const clustered = postgres(db) ? sql`` : sql`without rowid`;
  const name = (suffix: string) => sql.id(`search_${index.name}_${suffix}`);
  await sql`create table ${wordsTable(index)} (word ${text}, doc_id text not null,
    primary key (word, doc_id)) ${clustered}`.execute(db);
  await sql`create index ${name('words_doc')} on ${wordsTable(index)} (doc_id, word)`.execute(db);
  await sql`create table ${pairsTable(index)} (pair ${text}, doc_id text not null,
    primary key (pair, doc_id)) ${clustered}`.execute(db);
  await sql`create index ${name('pairs_doc')} on ${pairsTable(index)} (doc_id)`.execute(db);
}

export async function dropTitleTables(db: AnyDb, index: TitleIndex): Promise<void> {
  await sql`drop table if exists ${wordsTable(index)}`.execute(db);
  await sql`drop table if exists ${pairsTable(index)}`.execute(db);
}

/** The distinct words of a title, and its pairs of words. */
export function titleTerms(title: string): { words: string[]; pairs: string[] } {
  const distinct = [...new Set(words(title))];
  const first = distinct.slice(0, PAIR_WORDS);
  const pairs: string[] = [];
  for (let i = 0; i < first.length; i++) {
    for (let j = i + 1; j < first.length; j++) pairs.push(pairOf(first[i]!, first[j]!));
  }
  return { words: distinct, pairs };
}

function pairOf(a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}

/** Replaces the titles of these documents. Call it in the transaction that changes them. */
export async function writeTitles(
  db: AnyDb,
  index: TitleIndex,
  docs: readonly { id: string; title: string }[],
): Promise<void> {
  await deleteTitles(
    db,
    index,
    docs.map((d) => d.id),
  );
  const wordRows: [string, string][] = [];
  const pairRows: [string, string][] = [];
  for (const doc of docs) {
    const terms = titleTerms(doc.title);
    for (const w of terms.words) wordRows.push([w, doc.id]);
    for (const p of terms.pairs) pairRows.push([p, doc.id]);
  }
  await insertRows(db, wordsTable(index), 'word', wordRows);
  await insertRows(db, pairsTable(index), 'pair', pairRows);
}

async function insertRows(db: AnyDb, table: RawBuilder<unknown>, column: string, rows: [string, string][]) {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const values = rows.slice(i, i + ROWS_PER_INSERT).map(([term, id]) => sql`(${term}, ${id})`);
    await sql`insert into ${table} (${sql.id(column)}, doc_id) values ${sql.join(values)}`.execute(db);
  }
}

export async function deleteTitles(db: AnyDb, index: TitleIndex, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await sql`delete from ${wordsTable(index)} where doc_id in (${sql.join(ids)})`.execute(db);
  await sql`delete from ${pairsTable(index)} where doc_id in (${sql.join(ids)})`.execute(db);
}

export async function clearTitles(db: AnyDb, index: TitleIndex): Promise<void> {
  await sql`delete from ${wordsTable(index)}`.execute(db);
  await sql`delete from ${pairsTable(index)}`.execute(db);
}

// ——— queries ———

/** A query word: the ranges of stored words it stands for ([from, to) in byte order), and the same as a test. */
interface Cond {
  ranges: [string, string][];
  holds(word: string): boolean;
}

/** A candidate source: a word (its ranges in the words table) or a pair (one value). */
type Source = { kind: 'word' | 'pair'; ranges: [string, string][] };

/** The smallest string greater than every string that starts with `prefix`. */
function after(prefix: string): string {
  const chars = Array.from(prefix);
  const last = chars.pop()!.codePointAt(0)!;
  return chars.join('') + String.fromCodePoint(last + 1);
}

/** Words that begin with one of the prefixes (those another one covers are dropped: "formation" covers "formations"). */
function beginning(prefixes: string[]): Cond {
  const kept = [...new Set(prefixes)].filter((p) => p && !prefixes.some((o) => o && o !== p && p.startsWith(o)));
  return { ranges: kept.map((p) => [p, after(p)]), holds: (w) => kept.some((p) => w.startsWith(p)) };
}

/** Only the value itself: nothing sorts between it and itself followed by U+0001 (no NUL in text). */
const only = (value: string): [string, string] => [value, `${value}\u0001`];

function whole(word: string): Cond {
  return { ranges: [only(word)], holds: (w) => w === word };
}

const pairSource = (pair: string): Source => ({ kind: 'pair', ranges: [only(pair)] });

/**
 * Up to `cap` documents whose title holds every word of `text`. First as typed: every word
 * whole except the last, which may be the beginning of a word (as people type a name); if
 * that finds nothing, every word as the beginning of a word, in itself or as its stem.
 */
export async function matchTitles(db: AnyDb, index: TitleIndex, text: string, cap: number): Promise<TitleMatch> {
  const ws = queryWords(text);
  if (ws.length === 0) return { ids: [], more: false };
  const loose = (w: string) => beginning([w, ...index.languages.map((l) => stem(w, l))]);
  const last = ws[ws.length - 1]!;
  if (ws.length > 1) {
    const given = ws.slice(0, -1);
    // Pairs among the longest words only (at most six pairs): long words are the rare ones.
    const telling = [...given].sort((a, b) => b.length - a.length).slice(0, PAIRED_QUERY_WORDS);
    const pairs: Source[] = [];
    for (let i = 0; i < telling.length; i++) {
      for (let j = i + 1; j < telling.length; j++) pairs.push(pairSource(pairOf(telling[i]!, telling[j]!)));
    }
    // A whole word and the last word's beginnings: stored as "whole last…" when every word
    // with that beginning sorts after the whole word, a range of the pairs table.
    const lastBeginnings = loose(last).ranges.map(([from]) => from);
    for (const w of telling) {
      const ranges = lastBeginnings.filter((b) => b > w).map((b): [string, string] => [`${w} ${b}`, `${w} ${after(b)}`]);
      if (ranges.length === lastBeginnings.length) pairs.push({ kind: 'pair', ranges });
    }
    const typed = [...given.map(whole), loose(last)];
    const found = await run(db, index, typed, pairs, cap);
    if (found.ids.length > 0) return found;
  }
  return run(db, index, ws.map(loose), [], cap);
}

/**
 * `conds`: every word, as ranges; `pairs`: pairs of words given whole (all but the last). A
 * pair is never commoner than either of its words, so when there are pairs only the last
 * word is counted besides them.
 */
async function run(db: AnyDb, index: TitleIndex, conds: Cond[], pairs: Source[], cap: number) {
  const counted = pairs.length ? conds.slice(-1) : conds;
  const sources: Source[] = [...counted.map((c): Source => ({ kind: 'word', ranges: c.ranges })), ...pairs];
  const counts = sources.length === 1 ? [LOOKAHEAD + 1] : await cappedCounts(db, index, sources, LOOKAHEAD);
  let best = 0;
  counts.forEach((n, i) => {
    if (n < counts[best]!) best = i;
  });
  if (counts[best] === 0) return { ids: [], more: false };
  if (counts[best]! <= LOOKAHEAD) {
    // Every candidate is in hand: check the words on each, and the answer is exact.
    const { ids: candidates } = await sourceIds(db, index, sources[best]!, LOOKAHEAD + 1);
    const ids = await verified(db, index, candidates, conds, cap + 1);
    return { ids: ids.slice(0, cap), more: ids.length > cap };
  }
  // Everything is common: walk the documents of a pair, or else of the longest word (likely
  // the rarest), until enough of them hold every word. Usually the first batch has enough;
  // only words that are common alone and rare together read further, four times more each
  // round, and the answer stays exact.
  const longest = conds.reduce((a, b) => (rangeWidth(b) < rangeWidth(a) ? b : a));
  const lead: Source = pairs[0] ?? { kind: 'word', ranges: longest.ranges };
  const rest = lead.kind === 'pair' ? conds : conds.filter((c) => c !== longest);
  if (rest.length === 0) {
    const { ids } = await sourceIds(db, index, lead, cap + 1);
    return { ids: ids.slice(0, cap), more: ids.length > cap };
  }
  for (let limit = FIRST_BATCH; ; limit *= 4) {
    const candidates = await sourceIds(db, index, lead, limit);
    const ids = await verified(db, index, candidates.ids, rest, cap + 1);
    if (ids.length > cap || !candidates.full) return { ids: ids.slice(0, cap), more: ids.length > cap };
  }
}

/** Shorter prefixes cover more words: a rough rarity order when every count is capped. */
function rangeWidth(cond: Cond): number {
  return -Math.min(...cond.ranges.map(([from]) => from.length));
}

function sourceRows(index: TitleIndex, source: Source, limit: number): RawBuilder<unknown> {
  const [table, column] = source.kind === 'pair' ? [pairsTable(index), sql.ref('pair')] : [wordsTable(index), sql.ref('word')];
  // One limited range scan per range: each stops after `limit` rows, on both engines.
  const parts = source.ranges.map(
    ([from, to], part) => sql`select * from (select doc_id, ${sql.lit(part)} as part from ${table}
      where ${column} >= ${from} and ${column} < ${to} limit ${limit}) as r`,
  );
  return sql.join(parts, sql` union all `);
}

/** How many documents each source has, each counted up to limit + 1, in one round trip. */
async function cappedCounts(db: AnyDb, index: TitleIndex, sources: Source[], limit: number): Promise<number[]> {
  const parts = sources.map(
    (s, i) => sql`select ${sql.lit(i)} as i, count(*) as n from (${sourceRows(index, s, limit + 1)}) as c${sql.raw(String(i))}`,
  );
  const { rows } = await sql<{ i: number; n: number | string }>`${sql.join(parts, sql` union all `)}`.execute(db);
  const counts = sources.map(() => 0);
  for (const r of rows) counts[Number(r.i)] = Number(r.n);
  return counts;
}

/** The source's documents, at most `limit` per range; `full` when a range had more to give. */
async function sourceIds(db: AnyDb, index: TitleIndex, source: Source, limit: number) {
  const { rows } = await sql<{ doc_id: string; part: number | string }>`${sourceRows(index, source, limit)}`.execute(db);
  const perPart = new Map<number, number>();
  for (const r of rows) perPart.set(Number(r.part), (perPart.get(Number(r.part)) ?? 0) + 1);
  return { ids: [...new Set(rows.map((r) => r.doc_id))], full: [...perPart.values()].some((n) => n >= limit) };
}

/** Candidates whose words are read at once: one short index range each. */
const VERIFY_BATCH = 250;

/**
 * The candidates whose title holds every word, in the candidates' order, at most `limit`.
 * Their words are read through the (doc_id, word) index and tested here: an EXISTS per word
 * lets PostgreSQL choose a join that reads every document of a common word.
 */
async function verified(
  db: AnyDb,
  index: TitleIndex,
  candidates: string[],
  conds: Cond[],
  limit: number,
): Promise<string[]> {
  const found: string[] = [];
  for (let i = 0; i < candidates.length && found.length < limit; i += VERIFY_BATCH) {
    const batch = candidates.slice(i, i + VERIFY_BATCH);
    const { rows } = await sql<{ doc_id: string; word: string }>`select doc_id, word from ${wordsTable(index)}
      where doc_id in (${sql.join(batch)})`.execute(db);
    const wordsOf = new Map<string, string[]>();
    for (const r of rows) wordsOf.set(r.doc_id, [...(wordsOf.get(r.doc_id) ?? []), r.word]);
    for (const id of batch) {
      const ws = wordsOf.get(id) ?? [];
      if (conds.every((c) => ws.some((w) => c.holds(w)))) found.push(id);
      if (found.length >= limit) break;
    }
  }
  return found;
}
