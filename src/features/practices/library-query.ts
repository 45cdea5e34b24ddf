import { z } from 'zod';
import { SECTORS, type Sector } from '../organisations/vocabulary.ts';
import { TAGS, type TagName, type TagValue } from './vocabulary.ts';

// What a reader can ask the library (`/{lang}/practices?q=…&cause=skills&cause=access&sort=…`):
// one shape for the page and its links. Values are ORed within a facet and facets are ANDed.
// Anything that is not a valid value is ignored, so an outdated link always shows a page.

/** The tags the library filters and counts on: `digcomp` is left out (optional, for trainings only). */
export const LIBRARY_FACETS = ['cause', 'group', 'commitment', 'audience', 'region', 'language'] as const;
export type LibraryFacet = (typeof LIBRARY_FACETS)[number];

export const LIBRARY_SORTS = ['relevance', 'newest', 'adopted'] as const;
export type LibrarySort = (typeof LIBRARY_SORTS)[number];

export const Q_MAX = 100;

export interface LibraryFilter {
  q: string | null;
  tags: { [T in LibraryFacet]: TagValue<T>[] };
  sectors: Sector[];
  /** 'relevance' only with a search text; otherwise the page uses 'newest'. */
  sort: LibrarySort;
}

/** A keyset position: the sort's key (rank, adoption count and date, or date) and the last id. */
export type LibraryCursor =
  | { sort: 'relevance'; rank: number; id: string }
  | { sort: 'newest'; at: string; id: string }
  | { sort: 'adopted'; n: number; at: string; id: string };

const all = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

function valuesOf<T extends string>(allowed: readonly T[], raw: unknown): T[] {
  const seen = all(raw).filter((v): v is T => typeof v === 'string' && (allowed as readonly string[]).includes(v));
  return allowed.filter((v) => seen.includes(v));
}

export const isFiltered = (f: LibraryFilter): boolean =>
  f.sectors.length > 0 || LIBRARY_FACETS.some((facet) => f.tags[facet].length > 0);

export function parseLibraryQuery(raw: unknown): { filter: LibraryFilter; after: LibraryCursor | null } {
  const query = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const qRaw = all(query.q)[0];
  const q = typeof qRaw === 'string' ? qRaw.trim().slice(0, Q_MAX) : '';
  const tags = Object.fromEntries(
    LIBRARY_FACETS.map((facet) => [facet, valuesOf(TAGS[facet] as readonly string[], query[facet])]),
  ) as LibraryFilter['tags'];
  const requested = valuesOf(LIBRARY_SORTS, all(query.sort).slice(0, 1))[0];
  const sort: LibrarySort = requested ?? (q ? 'relevance' : 'newest');
  const filter: LibraryFilter = {
    q: q || null,
    tags,
    sectors: valuesOf(SECTORS, query.sector),
    sort: sort === 'relevance' && !q ? 'newest' : sort,
  };
  return { filter, after: decodeLibraryCursor(all(query.after)[0], filter.sort) };
}

/** The query string of a selection, defaults left out; `extra` adds `after`. */
export function libraryParams(filter: LibraryFilter, extra: Record<string, string | null | undefined> = {}): string {
  const params = new URLSearchParams();
  if (filter.q) params.set('q', filter.q);
  for (const facet of LIBRARY_FACETS) for (const v of filter.tags[facet]) params.append(facet, v);
  for (const s of filter.sectors) params.append('sector', s);
  const defaultSort = filter.q ? 'relevance' : 'newest';
  if (filter.sort !== defaultSort) params.set('sort', filter.sort);
  for (const [k, v] of Object.entries(extra)) if (v) params.set(k, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** A link to the library filtered on one tag value (the practice page's tags). */
export function tagLink<T extends TagName>(facet: T, value: TagValue<T>): string {
  return `?${new URLSearchParams({ [facet]: String(value) }).toString()}`;
}

const cursorSchema = z.union([
  z.tuple([z.literal('relevance'), z.number(), z.string().min(1).max(100)]),
  z.tuple([z.literal('newest'), z.string().min(1).max(40), z.string().min(1).max(100)]),
  z.tuple([z.literal('adopted'), z.number().int().min(0), z.string().min(1).max(40), z.string().min(1).max(100)]),
]);

export function encodeLibraryCursor(c: LibraryCursor): string {
  const tuple =
    c.sort === 'relevance'
      ? [c.sort, c.rank, c.id]
      : c.sort === 'newest'
        ? [c.sort, c.at, c.id]
        : [c.sort, c.n, c.at, c.id];
  return Buffer.from(JSON.stringify(tuple)).toString('base64url');
}

/** The cursor, or null when the token is damaged or was made for another order (the first page then). */
export function decodeLibraryCursor(token: unknown, sort: LibrarySort): LibraryCursor | null {
  if (typeof token !== 'string' || token.length === 0 || token.length > 400) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(token, 'base64url').toString('utf8')));
    if (!parsed.success || parsed.data[0] !== sort) return null;
    const d = parsed.data;
    if (d[0] === 'relevance') return { sort: d[0], rank: d[1], id: d[2] };
    if (d[0] === 'newest') return { sort: d[0], at: d[1], id: d[2] };
    return { sort: d[0], n: d[1], at: d[2], id: d[3] };
  } catch {
    return null;
  }
}
