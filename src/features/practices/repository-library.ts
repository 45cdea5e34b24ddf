import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from './repository.ts';
import { LIBRARY_FACETS, type LibraryCursor, type LibraryFilter } from './library-query.ts';
import { TAG_COLUMN, toBits } from './vocabulary.ts';
import { PRACTICES_CONTENT } from './derived.ts';
import { contentChanged } from '../../platform/http/page-cache.ts';

// The public side's queries on the practices' own tables: the library's pages (reading the
// `practices_library` and `practices_adopted` indexes, filters tested on the bit columns as they
// walk), the maintained counts, adoptions, related practices and an organisation's lists.

const LIBRARY_COLUMNS = [
  'p.id',
  'p.slug',
  'p.org_id',
  'p.original_lang',
  'p.published_revision_id',
  'p.published_at',
  'p.adoption_count',
  'p.text_lang_bits',
  'p.sector',
  'p.cause_bits',
  'p.group_bits',
  'p.commitment_bits',
  'p.audience_bits',
  'p.region_bits',
  'p.language_bits',
] as const;

export interface LibraryRow {
  id: string;
  slug: string;
  org_id: string;
  original_lang: string;
  published_revision_id: string | null;
  published_at: string | null;
  adoption_count: number;
  text_lang_bits: number;
  sector: string | null;
  cause_bits: number;
  group_bits: number;
  commitment_bits: number;
  audience_bits: number;
  region_bits: number;
  language_bits: number;
}

function base(db: Db) {
  return db.selectFrom('practices as p').select(LIBRARY_COLUMNS).where('p.status', '=', 'published');
}
type LibraryQuery = ReturnType<typeof base>;

/**
 * The filter's conditions on a row with the library's columns named `p` (the table, or a window
 * of it): any chosen value within a facet (a bit mask), every facet.
 */
function conditions(filter: LibraryFilter): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = [];
  for (const facet of LIBRARY_FACETS) {
    const values = filter.tags[facet];
    if (values.length === 0) continue;
    // The mask is made of our own vocabulary's bits, never of the reader's text.
    const mask = toBits(facet, values as never[]);
    out.push(sql<SqlBool>`(${sql.ref(`p.${TAG_COLUMN[facet]}`)} & ${sql.lit(mask)}) <> 0`);
  }
  if (filter.sectors.length > 0) out.push(sql<SqlBool>`${sql.ref('p.sector')} in (${sql.join(filter.sectors)})`);
  return out;
}

function filtered(query: LibraryQuery, filter: LibraryFilter): LibraryQuery {
  const all = conditions(filter);
  return all.length > 0 ? query.where((eb) => eb.and(all)) : query;
}

/** A position in the library's order: the sort's key of one practice (a cursor or a window's end). */
export type LibraryKey = Exclude<LibraryCursor, { sort: 'relevance' }>;

/** The key of a row in the order of `sort`. */
export function keyOf(row: LibraryRow, sort: LibraryKey['sort']): LibraryKey {
  return sort === 'adopted'
    ? { sort, n: Number(row.adoption_count), at: row.published_at ?? '', id: row.id }
    : { sort, at: row.published_at ?? '', id: row.id };
}

/**
 * Rows after `key` in its order (newest or most adopted first). The leading column's bound is
 * repeated on its own so that both engines read it as a range of the order's index rather than
 * test every entry.
 */
function afterKey(q: LibraryQuery, key: LibraryKey): LibraryQuery {
  return q.where((eb) =>
    key.sort === 'adopted'
      ? eb.and([
          eb('p.adoption_count', '<=', key.n),
          eb.or([
            eb('p.adoption_count', '<', key.n),
            eb('p.published_at', '<', key.at),
            eb.and([eb('p.published_at', '=', key.at), eb('p.id', '<', key.id)]),
          ]),
        ])
      : eb.and([
          eb('p.published_at', '<=', key.at),
          eb.or([eb('p.published_at', '<', key.at), eb('p.id', '<', key.id)]),
        ]),
  );
}

function ordered(q: LibraryQuery, sort: LibraryKey['sort']): LibraryQuery {
  return sort === 'adopted'
    ? q.orderBy('p.adoption_count', 'desc').orderBy('p.published_at', 'desc').orderBy('p.id', 'desc')
    : q.orderBy('p.published_at', 'desc').orderBy('p.id', 'desc');
}

/**
 * The key of the `size`-th published practice after `from` in the order of `sort`, or null when
 * fewer follow. It skips entries of the order's index without testing anything on them, so it
 * costs the same whatever the filter; a filtered page then looks no further than this key.
 */
export async function windowEnd(
  db: Db,
  sort: LibraryKey['sort'],
  from: LibraryKey | null,
  size: number,
): Promise<LibraryKey | null> {
  let q = base(db);
  if (from) q = afterKey(q, from);
  const row = (await ordered(q, sort)
    .offset(size - 1)
    .limit(1)
    .executeTakeFirst()) as LibraryRow | undefined;
  return row ? keyOf(row, sort) : null;
}

/**
 * The columns a filter tests and the newest-first order reads, all in the `practices_library`
 * index: a window of only these is read from the index alone, with no lookup of each row
 * (the 15 columns of a result would cost one lookup per practice walked).
 */
const FILTER_COLUMNS = [
  'p.id',
  'p.published_at',
  'p.sector',
  ...LIBRARY_FACETS.map((f) => `p.${TAG_COLUMN[f]}` as const),
] as const;

/**
 * The first `size` published practices after `from` in the order of `sort`, unfiltered, with
 * FILTER_COLUMNS only (and the count of adoptions when it sorts by it): what a filtered page and
 * a count walk.
 */
function coveredWindowOf(db: Db, sort: LibraryKey['sort'], from: LibraryKey | null, size: number) {
  let q = db.selectFrom('practices as p').select(FILTER_COLUMNS).where('p.status', '=', 'published');
  if (from) q = q.where(afterCondition(from));
  return (
    sort === 'adopted'
      ? q
          .select('p.adoption_count')
          .orderBy('p.adoption_count', 'desc')
          .orderBy('p.published_at', 'desc')
          .orderBy('p.id', 'desc')
      : q.orderBy('p.published_at', 'desc').orderBy('p.id', 'desc')
  ).limit(size);
}

/** afterKey's condition as SQL, for a query whose practices are named `p` whatever it selects. */
function afterCondition(key: LibraryKey): Expression<SqlBool> {
  const at = sql.ref('p.published_at');
  const id = sql.ref('p.id');
  return key.sort === 'adopted'
    ? sql<SqlBool>`(${sql.ref('p.adoption_count')} <= ${key.n} and (${sql.ref('p.adoption_count')} < ${key.n} or ${at} < ${key.at} or (${at} = ${key.at} and ${id} < ${key.id})))`
    : sql<SqlBool>`(${at} <= ${key.at} and (${at} < ${key.at} or ${id} < ${key.id}))`;
}

/**
 * A page of the library without a search text, newest or most adopted first, keyset. With
 * `window`, only the first so many practices after the cursor are looked at: the filter is applied
 * to a subquery that reads them in the order's index, so a page that fills early stops early and
 * one that does not stops at the window (both engines keep the subquery's order, no sort).
 */
export async function libraryRows(
  db: Db,
  filter: LibraryFilter,
  after: LibraryCursor | null,
  limit: number,
  window: number | null = null,
): Promise<LibraryRow[]> {
  const sort = filter.sort === 'adopted' ? 'adopted' : 'newest';
  const from = after?.sort === sort ? after : null;
  if (window === null) {
    const q = filtered(base(db), filter);
    return (await ordered(from ? afterKey(q, from) : q, sort)
      .limit(limit)
      .execute()) as LibraryRow[];
  }
  // The window is walked in the index alone (coveredWindowOf); only the page's practices are
  // then read whole, by id.
  const all = conditions(filter);
  let q = db.selectFrom(coveredWindowOf(db, sort, from, window).as('p')).select('p.id');
  if (all.length > 0) q = q.where((eb) => eb.and(all));
  // The window's column of adoptions is there only when it sorts by them (its type does not say so).
  if (sort === 'adopted') q = q.orderBy(sql.ref('p.adoption_count'), 'desc');
  q = q.orderBy('p.published_at', 'desc').orderBy('p.id', 'desc');
  const ids = (await q.limit(limit).execute()).map((r) => r.id);
  const byId = new Map((await libraryRowsByIds(db, ids)).map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * How many published practices match the filter, counting at most `cap + 1`; with `window`, among
 * the library's first so many in the order of `sort` only.
 */
export async function cappedCount(
  db: Db,
  filter: LibraryFilter,
  cap: number,
  window: { sort: LibraryKey['sort']; size: number } | null = null,
): Promise<number> {
  const all = conditions(filter);
  let inner = db
    .selectFrom((window ? coveredWindowOf(db, window.sort, null, window.size) : base(db)).as('p'))
    .select('p.id');
  if (all.length > 0) inner = inner.where((eb) => eb.and(all));
  const row = await db
    .selectFrom(inner.limit(cap + 1).as('m'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The published ones among these practices, with what the library filters and counts on. */
export async function libraryRowsByIds(db: Db, ids: readonly string[]): Promise<LibraryRow[]> {
  if (ids.length === 0) return [];
  return (await base(db).where('p.id', 'in', ids).execute()) as LibraryRow[];
}

/** The counts the writes keep (derived.ts): per tag value and sector, and ('all', ''). */
export async function maintainedCounts(db: Db): Promise<{ facet: string; value: string; n: number }[]> {
  const rows = await db
    .selectFrom('practice_counts')
    .select(['facet', 'value', 'n'])
    .where('facet', 'in', [...LIBRARY_FACETS, 'sector', 'all'])
    .execute();
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

/** The titles and summaries of these published revisions, in every language they have. */
export async function headlinesOf(db: Db, revisionIds: readonly string[]) {
  if (revisionIds.length === 0) return [];
  return db
    .selectFrom('practice_texts')
    .select(['revision_id', 'lang', 'title', 'summary', 'is_original'])
    .where('revision_id', 'in', revisionIds)
    .where('origin', '=', 'author')
    .execute();
}

/** A few other published practices sharing a cause and a target group, newest first. */
export async function relatedRows(
  db: Db,
  practice: { id: string; cause_bits: number; group_bits: number },
  limit: number,
): Promise<LibraryRow[]> {
  const overlaps = (column: string, mask: number): Expression<SqlBool> =>
    sql<SqlBool>`(${sql.ref(column)} & ${sql.lit(Number(mask))}) <> 0`;
  return (await base(db)
    .where('p.id', '<>', practice.id)
    .where(overlaps('p.cause_bits', practice.cause_bits))
    .where(overlaps('p.group_bits', practice.group_bits))
    .orderBy('p.published_at', 'desc')
    .orderBy('p.id', 'desc')
    .limit(limit)
    .execute()) as LibraryRow[];
}

export async function adoptionsOf(db: Db, practiceId: string, limit: number) {
  return db
    .selectFrom('practice_adoptions')
    .select(['org_id', 'note', 'created_at'])
    .where('practice_id', '=', practiceId)
    .orderBy('created_at', 'desc')
    .orderBy('org_id')
    .limit(limit)
    .execute();
}

/** Adds the adoption unless the organisation has one; true when it was added. */
export async function insertAdoption(
  db: Db,
  a: { practiceId: string; orgId: string; note: string | null; userId: string; at: string },
): Promise<boolean> {
  const result = await db
    .insertInto('practice_adoptions')
    .values({ practice_id: a.practiceId, org_id: a.orgId, note: a.note, created_by: a.userId, created_at: a.at })
    .onConflict((oc) => oc.columns(['practice_id', 'org_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function deleteAdoption(db: Db, practiceId: string, orgId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('practice_adoptions')
    .where('practice_id', '=', practiceId)
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function moveAdoptionCount(db: Db, practiceId: string, by: 1 | -1): Promise<void> {
  await db
    .updateTable('practices')
    .set({ adoption_count: sql`adoption_count + ${by}` })
    .where('id', '=', practiceId)
    .execute();
  await contentChanged(db, PRACTICES_CONTENT);
}

/** An organisation's published practices, newest first (its public profile). */
export async function publishedOf(db: Db, orgId: string, limit: number): Promise<LibraryRow[]> {
  return (await base(db)
    .where('p.org_id', '=', orgId)
    .orderBy('p.published_at', 'desc')
    .orderBy('p.id', 'desc')
    .limit(limit)
    .execute()) as LibraryRow[];
}

/** The published practices an organisation adopted, the latest adoption first. */
export async function adoptedBy(db: Db, orgId: string, limit: number): Promise<LibraryRow[]> {
  return (await base(db)
    .innerJoin('practice_adoptions as a', 'a.practice_id', 'p.id')
    .where('a.org_id', '=', orgId)
    .orderBy('a.created_at', 'desc')
    .orderBy('p.id')
    .limit(limit)
    .execute()) as LibraryRow[];
}

/**
 * An attachment of this practice's published revision, if the practice is in the library: the
 * only files the public may fetch. A draft's or an older revision's files never answer here.
 */
export async function publishedAttachment(db: Db, slug: string, file: string) {
  return db
    .selectFrom('practices as p')
    .innerJoin('practice_attachments as a', 'a.revision_id', 'p.published_revision_id')
    .select(['a.file', 'a.kind'])
    .where('p.slug', '=', slug)
    .where('p.status', '=', 'published')
    .where('a.file', '=', file)
    .executeTakeFirst();
}

/** The published practices with one of these tags (practice_tags' index), each once, at most `limit`. */
export async function libraryRowsTagged(
  db: Db,
  tags: readonly { facet: string; value: string }[],
  limit: number,
): Promise<LibraryRow[]> {
  if (tags.length === 0) return [];
  // One join rather than ids then rows: an IN list of hundreds of ids is a new statement each time.
  const rows = (await db
    .selectFrom('practice_tags as t')
    .innerJoin('practices as p', 'p.id', 't.practice_id')
    .select(LIBRARY_COLUMNS)
    .where('p.status', '=', 'published')
    .where((eb) => eb.or(tags.map((t) => eb.and([eb('t.facet', '=', t.facet), eb('t.value', '=', t.value)]))))
    .limit(limit)
    .execute()) as LibraryRow[];
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.id) && seen.add(r.id));
}

/** Every published practice, when the caller knows from the maintained count that they are few. */
export async function allLibraryRows(db: Db, limit: number): Promise<LibraryRow[]> {
  return (await base(db).limit(limit).execute()) as LibraryRow[];
}
