import { isLang, LANGS, type Lang } from '../../platform/i18n/i18n.ts';
import { matchingIds, searchDocuments } from '../../platform/search/search.ts';
import { organisationRefs } from '../organisations/service-registration.ts';
import { SECTORS } from '../organisations/vocabulary.ts';
import { PRACTICES_INDEX } from './search-index.ts';
import * as lib from './repository-library.ts';
import type { Db } from './repository.ts';
import {
  encodeLibraryCursor,
  isFiltered,
  LIBRARY_FACETS,
  type LibraryCursor,
  type LibraryFacet,
  type LibraryFilter,
} from './library-query.ts';
import { COMMITMENTS, fromBits, TAG_COLUMN, TAGS, toBits, type TagValue } from './vocabulary.ts';
import {
  countAmong,
  FACET_CAP,
  filteredCounts,
  keptCounts,
  keptTotal,
  matchesFilter,
  type FacetCounts,
} from './library-facets.ts';

// The public library (issue 6): its pages, a result's headline in the reader's language, and
// the facet counts. Without a search text or filter the counts are the ones the writes keep
// (practice_counts, derived.ts), so a page never counts the library; with filters they follow
// them within a bound (library-facets.ts, ADR 0017). With a search text, at most SEARCH_CAP
// matches are read and counted, and the page says "more than" beyond.

export const LIBRARY_PAGE_SIZE = 20;
/** With a search text, the matches counted and sorted; beyond it the page says "more than". */
export const SEARCH_CAP = 100;

/** A practice as a result shows it: in the reader's language if it exists in it, else the original. */
export interface LibraryItem {
  id: string;
  slug: string;
  title: string;
  summary: string;
  /** The language of `title` and `summary`. */
  lang: Lang;
  org: { name: string; slug: string } | null;
  tags: { [T in LibraryFacet]: TagValue<T>[] };
  /** The languages its texts exist in. */
  textLangs: Lang[];
  adoptionCount: number;
}

export type { FacetCounts } from './library-facets.ts';

export interface LibraryPage {
  items: LibraryItem[];
  next: string | null;
  /** Matches, exact unless `exact` is false (then more than SEARCH_CAP). */
  total: number;
  exact: boolean;
  counts: FacetCounts;
  /**
   * 'library': the whole library's counts (kept by the writes); 'matches': among the search's
   * matches; 'filters': among the practices that match the other facets' filters (library-facets.ts).
   */
  countsOf: 'library' | 'matches' | 'filters';
  /** Set when `total` counts only the first this many practices of the library in the page's order. */
  windowed: number | null;
  /** The next link goes on looking after a window that held fewer matches than a page. */
  further: boolean;
}

/**
 * With filters and no search text, a page looks at no more than this many practices from where
 * it starts, in its order, and so does a count the kept numbers cannot give: a filter that
 * matches almost nothing would otherwise walk the whole library on every request (ADR 0018).
 * A library of this size or less is always looked at whole.
 */
export const FILTER_WINDOW = 5_000;

/** What a test makes small: the most rows read to count the facets, the filter window, the matches read. */
export interface LibraryLimits {
  facetCap: number;
  window: number;
  searchCap: number;
}

export async function libraryPage(
  db: Db,
  filter: LibraryFilter,
  after: LibraryCursor | null,
  lang: Lang,
  limits: LibraryLimits = { facetCap: FACET_CAP, window: FILTER_WINDOW, searchCap: SEARCH_CAP },
): Promise<LibraryPage> {
  return filter.q
    ? searchPage(db, filter, filter.q, after, lang, limits.searchCap)
    : browsePage(db, filter, after, lang, limits);
}

async function browsePage(
  db: Db,
  filter: LibraryFilter,
  after: LibraryCursor | null,
  lang: Lang,
  { facetCap, window }: LibraryLimits,
): Promise<LibraryPage> {
  const sort = filter.sort === 'adopted' ? 'adopted' : 'newest';
  const from = after?.sort === sort ? after : null;
  const withFilters = isFiltered(filter);
  const [rows, kept] = await Promise.all([
    lib.libraryRows(db, filter, from, LIBRARY_PAGE_SIZE + 1, withFilters ? window : null),
    lib.maintainedCounts(db),
  ]);
  const { library, all } = keptCounts(kept);
  // With filters, counts that follow them when that takes at most `facetCap` rows (ADR 0017).
  const filtered = withFilters ? await filteredCounts(db, filter, library, all, facetCap) : null;
  // The number of matches: counted with the facets, kept (one value alone), or else counted,
  // capped, among the library's first window (from its start, whatever page this is).
  const known = filtered?.total ?? (withFilters ? keptTotal(filter, library) : null);
  const counted = known === null && withFilters;
  const total = known ?? (counted ? await lib.cappedCount(db, filter, SEARCH_CAP, { sort, size: window }) : all);
  const windowed = counted && all > window;
  const exact = !counted || (total <= SEARCH_CAP && !windowed);
  const page = rows.slice(0, LIBRARY_PAGE_SIZE);
  const last = page[page.length - 1];
  // A full page goes on after its last result. One the window did not fill goes on after the
  // window's end, if the library goes on (found by skipping index entries: ADR 0018).
  const full = rows.length > LIBRARY_PAGE_SIZE && last;
  const end = !full && withFilters ? await lib.windowEnd(db, sort, from, window) : null;
  const nextKey = full ? lib.keyOf(last, sort) : end;
  return {
    items: await itemsOf(db, page, lang),
    next: nextKey ? encodeLibraryCursor(nextKey) : null,
    total: exact ? total : Math.min(total, SEARCH_CAP),
    exact,
    counts: filtered?.counts ?? library,
    countsOf: filtered ? 'filters' : 'library',
    windowed: windowed && total <= SEARCH_CAP ? window : null,
    further: !full && end !== null,
  };
}

async function searchPage(
  db: Db,
  filter: LibraryFilter,
  q: string,
  after: LibraryCursor | null,
  lang: Lang,
  cap: number,
): Promise<LibraryPage> {
  const { ids, more, fromTitles } = await matchingIds(db, PRACTICES_INDEX, q, cap, { withTexts: true });
  const rows = await lib.libraryRowsByIds(db, ids);
  const matched = rows.filter((r) => matchesFilter(r, filter));
  const base = { total: matched.length, exact: !more, counts: countAmong(rows, filter) };
  let page: lib.LibraryRow[];
  let next: LibraryCursor | null = null;
  if (filter.sort === 'relevance' && !more) {
    const found = await searchDocuments(db, PRACTICES_INDEX, {
      text: q,
      lang,
      limit: LIBRARY_PAGE_SIZE,
      after: after?.sort === 'relevance' ? { rank: after.rank, id: after.id } : null,
      ids: matched.map((r) => r.id),
    });
    const byId = new Map(matched.map((r) => [r.id, r]));
    page = found.hits.map((h) => byId.get(h.id)).filter((r): r is lib.LibraryRow => r !== undefined);
    next = found.next ? { sort: 'relevance', ...found.next } : null;
  } else {
    // At most SEARCH_CAP rows, already read: sorted and cut here with the same keys as without a
    // search. "Best match" with more than SEARCH_CAP matches is not scored: both engines' scores
    // (bm25, ts_rank) read every match, 60,000 for a common word in a large library. Those the
    // page has are then ordered titles holding the words first, newest next; it says that only
    // the first SEARCH_CAP are sorted.
    const titled = new Set(ids.slice(0, fromTitles));
    const guessedRank = (r: lib.LibraryRow) => (titled.has(r.id) ? 1e13 : 0) + (Date.parse(r.published_at ?? '') || 0);
    const key = (r: lib.LibraryRow): (string | number)[] =>
      filter.sort === 'adopted'
        ? [Number(r.adoption_count), r.published_at ?? '', r.id]
        : filter.sort === 'relevance'
          ? [guessedRank(r), r.id]
          : [r.published_at ?? '', r.id];
    const cmp = (a: (string | number)[], b: (string | number)[]) => {
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? 1 : -1;
      return 0;
    };
    const cursorKey =
      after?.sort === 'adopted'
        ? [after.n, after.at, after.id]
        : after?.sort === 'relevance'
          ? [after.rank, after.id]
          : after?.sort === 'newest'
            ? [after.at, after.id]
            : null;
    // Each row's key once, not once per comparison (Date.parse and an array each time).
    const keyed = matched.map((r) => ({ r, k: key(r) }));
    const sorted = keyed
      .sort((a, b) => cmp(a.k, b.k))
      .filter((x) => !cursorKey || cmp(x.k, cursorKey) > 0)
      .map((x) => x.r);
    page = sorted.slice(0, LIBRARY_PAGE_SIZE);
    const last = page[page.length - 1];
    if (sorted.length > LIBRARY_PAGE_SIZE && last) {
      next =
        filter.sort === 'relevance'
          ? { sort: 'relevance', rank: guessedRank(last), id: last.id }
          : lib.keyOf(last, filter.sort);
    }
  }
  return {
    ...base,
    items: await itemsOf(db, page, lang),
    next: next ? encodeLibraryCursor(next) : null,
    countsOf: 'matches',
    windowed: null,
    further: false,
  };
}

/** The rows as results: headlines in the reader's language or the original, organisations' names. */
export async function itemsOf(db: Db, rows: readonly lib.LibraryRow[], lang: Lang): Promise<LibraryItem[]> {
  const revisionIds = rows.map((r) => r.published_revision_id).filter((id): id is string => id !== null);
  const [texts, orgs] = await Promise.all([
    lib.headlinesOf(db, revisionIds),
    organisationRefs(db, [...new Set(rows.map((r) => r.org_id))]),
  ]);
  return rows.flatMap((row) => {
    const own = texts.filter((t) => t.revision_id === row.published_revision_id && isLang(t.lang));
    const text = own.find((t) => t.lang === lang) ?? own.find((t) => t.is_original) ?? own[0];
    if (!text) return [];
    const org = orgs.get(row.org_id);
    const tags = Object.fromEntries(
      LIBRARY_FACETS.map((f) => [f, fromBits(f, Number(row[TAG_COLUMN[f] as keyof lib.LibraryRow]))]),
    ) as LibraryItem['tags'];
    return [
      {
        id: row.id,
        slug: row.slug,
        title: text.title,
        summary: text.summary,
        lang: text.lang as Lang,
        org: org ? { name: org.legalName, slug: org.slug } : null,
        tags,
        textLangs: LANGS.filter((l) => own.some((t) => t.lang === l)),
        adoptionCount: Number(row.adoption_count),
      },
    ];
  });
}

/** The facets' values in the library's order (sectors are the organisations' words). */
export const FACET_VALUES: { [F in LibraryFacet | 'sector']: readonly string[] } = {
  cause: TAGS.cause,
  group: TAGS.group,
  commitment: TAGS.commitment,
  audience: TAGS.audience,
  region: TAGS.region,
  language: TAGS.language,
  sector: SECTORS,
};

/** What a self-assessment cell asks the library for (issue 9): an audience and the dimension's causes and commitments. */
export interface PracticeNeed {
  /** The caller's name for the need, the key of the answer. */
  key: string;
  audience: TagValue<'audience'>;
  causes: readonly TagValue<'cause'>[];
  commitments: readonly number[];
}

/** The newest practices read for all needs together: one bounded read, however many cells ask. */
export const NEEDS_READ = 200;

/**
 * For each need, up to `perNeed` published practices for its audience that address one of its
 * causes or serve one of its commitments, newest first. One read of the library's newest
 * practices for these audiences (within FILTER_WINDOW, on the library's index, at most
 * NEEDS_READ rows), matched here on their bits; then the chosen ones' headlines in one go.
 */
export async function practicesForNeeds(
  db: Db,
  needs: readonly PracticeNeed[],
  lang: Lang,
  perNeed = 3,
): Promise<Map<string, LibraryItem[]>> {
  const out = new Map<string, LibraryItem[]>(needs.map((n) => [n.key, []]));
  if (needs.length === 0) return out;
  const audiences = [...new Set(needs.map((n) => n.audience))];
  const filter: LibraryFilter = {
    q: null,
    tags: { cause: [], group: [], commitment: [], audience: audiences, region: [], language: [] },
    sectors: [],
    sort: 'newest',
  };
  const rows = await lib.libraryRows(db, filter, null, NEEDS_READ, FILTER_WINDOW);
  const chosen = new Map<string, lib.LibraryRow[]>();
  for (const need of needs) {
    const audience = toBits('audience', [need.audience]);
    const causes = toBits('cause', need.causes);
    const commitments = toBits(
      'commitment',
      COMMITMENTS.filter((c) => need.commitments.includes(Number(c))),
    );
    const fits = rows.filter(
      (r) =>
        (Number(r.audience_bits) & audience) !== 0 &&
        ((Number(r.cause_bits) & causes) !== 0 || (Number(r.commitment_bits) & commitments) !== 0),
    );
    chosen.set(need.key, fits.slice(0, perNeed));
  }
  const unique = [...new Map([...chosen.values()].flat().map((r) => [r.id, r])).values()];
  const items = new Map((await itemsOf(db, unique, lang)).map((i) => [i.id, i]));
  for (const [key, picked] of chosen)
    out.set(
      key,
      picked.flatMap((r) => items.get(r.id) ?? []),
    );
  return out;
}
