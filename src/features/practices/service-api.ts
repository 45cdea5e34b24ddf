import { sql } from 'kysely';
import { matchingIds } from '../../platform/search/search.ts';
import { organisationRefs, type OrganisationRef } from '../organisations/service-registration.ts';
import * as repo from './repository.ts';
import { PRACTICES_INDEX } from './search-index.ts';
import type { Cursor } from './service-read.ts';
import { bitOf, TAG_COLUMN, TAG_NAMES, type TagName, type TagValue } from './vocabulary.ts';

// What the API, the open-data files and the Atom feed read: published practices, newest first,
// filtered by the library's tags, a page at a time (keyset on published_at, id, along the
// practices_library index, whose columns include the tag bits), with their texts and
// organisations read for the whole page in one query each.

type Db = repo.Db;

export const API_PAGE = 20;
export const API_MAX = 100;
/** A text search considers at most this many matching practices (the index hands over ids, unranked). */
export const API_SEARCH_CAP = 1000;

export type ApiFilter = { q: string | null; sector: string | null; textLang: string | null } & {
  [T in TagName]: TagValue<T> | null;
};

export const NO_FILTER: ApiFilter = {
  q: null,
  sector: null,
  textLang: null,
  ...(Object.fromEntries(TAG_NAMES.map((t) => [t, null])) as { [T in TagName]: null }),
};

export interface ApiPractice {
  practice: repo.Practice;
  texts: repo.PracticeText[];
  org: OrganisationRef | null;
}

/** Published practices matching the filter, newest first; `limit + 1` read to know if there is more. */
export async function practicesPage(
  db: Db,
  filter: ApiFilter,
  after: Cursor | null,
  limit: number,
): Promise<{ items: ApiPractice[]; next: Cursor | null; capped: boolean }> {
  let ids: string[] | null = null;
  let more = false;
  if (filter.q) {
    ({ ids, more } = await matchingIds(db, PRACTICES_INDEX, filter.q, API_SEARCH_CAP, { withTexts: true }));
    if (ids.length === 0) return { items: [], next: null, capped: false };
  }
  let query = db.selectFrom('practices').selectAll().where('status', '=', 'published');
  for (const tag of TAG_NAMES) {
    const value = filter[tag];
    if (value === null) continue;
    const bit = bitOf(tag, value as TagValue<typeof tag>);
    query = query.where(sql<boolean>`(${sql.ref(TAG_COLUMN[tag])} & ${bit}) <> 0`);
  }
  if (filter.textLang) {
    query = query.where(
      sql<boolean>`(text_lang_bits & ${bitOf('language', filter.textLang as TagValue<'language'>)}) <> 0`,
    );
  }
  if (filter.sector) query = query.where('sector', '=', filter.sector);
  if (ids) query = query.where('id', 'in', ids);
  if (after) {
    query = query.where((eb) =>
      eb.or([eb('published_at', '<', after.at), eb.and([eb('published_at', '=', after.at), eb('id', '<', after.id)])]),
    );
  }
  const rows = await query
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: await withTexts(db, page),
    next: rows.length > limit && last ? { at: last.published_at ?? '', id: last.id } : null,
    capped: more,
  };
}

/** The page's texts and organisations, one query each. */
export async function withTexts(db: Db, practices: repo.Practice[]): Promise<ApiPractice[]> {
  const revisionIds = practices.map((p) => p.published_revision_id).filter((id): id is string => !!id);
  const [texts, orgs] = await Promise.all([
    repo.textsOf(db, revisionIds),
    organisationRefs(
      db,
      practices.map((p) => p.org_id),
    ),
  ]);
  return practices.map((p) => ({
    practice: p,
    // Only texts their authors wrote, as on the practice's page (ADR 0014).
    texts: texts.filter((t) => t.revision_id === p.published_revision_id && t.origin === 'author'),
    org: orgs.get(p.org_id) ?? null,
  }));
}

/** Every published practice matching the filter, for the open-data files: pages of 500 until the end. */
export async function wholeSelection(db: Db, filter: ApiFilter): Promise<ApiPractice[]> {
  const all: ApiPractice[] = [];
  let after: Cursor | null = null;
  do {
    const page = await practicesPage(db, filter, after, 500);
    all.push(...page.items);
    after = page.next;
  } while (after);
  return all;
}

/** The total when the maintained counts know it (no filter, or one tag alone); null otherwise. */
export async function knownTotal(db: Db, filter: ApiFilter): Promise<number | null> {
  const set = TAG_NAMES.filter((t) => filter[t] !== null);
  const others = filter.q || filter.textLang;
  let key: { facet: string; value: string } | null = null;
  if (!others && set.length === 0 && !filter.sector) key = { facet: 'all', value: '' };
  else if (!others && set.length === 1 && !filter.sector) key = { facet: set[0]!, value: String(filter[set[0]!]) };
  else if (!others && set.length === 0 && filter.sector) key = { facet: 'sector', value: filter.sector };
  if (!key) return null;
  const row = await db
    .selectFrom('practice_counts')
    .select('n')
    .where('facet', '=', key.facet)
    .where('value', '=', key.value)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Adopting organisations of one practice (signatories only), newest first: the detail record lists their slugs. */
export async function adopterSlugs(db: Db, practiceId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('practice_adoptions')
    .select('org_id')
    .where('practice_id', '=', practiceId)
    .orderBy('created_at', 'desc')
    .limit(500)
    .execute();
  const refs = await organisationRefs(
    db,
    rows.map((r) => r.org_id),
  );
  return rows.flatMap((r) => {
    const ref = refs.get(r.org_id);
    return ref && ref.status === 'signatory' ? [ref.slug] : [];
  });
}
