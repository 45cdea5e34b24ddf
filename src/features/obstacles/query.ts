import { z } from 'zod';
import { PUBLIC_STATUSES, TAG_NAMES, TAGS, type PublicStatus, type TagName, type TagValue } from './vocabulary.ts';

// What a reader can ask the list (`/{lang}/obstacles?q=…&cause=skills&region=brussels&sort=…`):
// one shape for the page, its links and the API. Values are ORed within a facet and facets are
// ANDed. Anything that is not a valid value is ignored, so an outdated link always shows a page.

export const SORTS = ['seen', 'newest'] as const;
export type Sort = (typeof SORTS)[number];

export const Q_MAX = 100;

export interface ListFilter {
  q: string | null;
  tags: { [T in TagName]: TagValue<T>[] };
  statuses: PublicStatus[];
  sort: Sort;
}

/** A keyset position: the sort's key of the last obstacle shown. */
export type Cursor = { sort: 'newest'; at: string; id: string } | { sort: 'seen'; n: number; at: string; id: string };

export const NO_FILTER: ListFilter = {
  q: null,
  tags: { cause: [], group: [], region: [], audience: [] },
  statuses: [],
  sort: 'seen',
};

const all = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

function valuesOf<T extends string>(allowed: readonly T[], raw: unknown): T[] {
  const seen = all(raw).filter((v): v is T => typeof v === 'string' && (allowed as readonly string[]).includes(v));
  return allowed.filter((v) => seen.includes(v));
}

export const isFiltered = (f: ListFilter): boolean =>
  f.statuses.length > 0 || TAG_NAMES.some((tag) => f.tags[tag].length > 0);

export function parseListQuery(raw: unknown): { filter: ListFilter; after: Cursor | null } {
  const query = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const qRaw = all(query.q)[0];
  const q = typeof qRaw === 'string' ? qRaw.trim().slice(0, Q_MAX) : '';
  const tags = Object.fromEntries(
    TAG_NAMES.map((tag) => [tag, valuesOf(TAGS[tag] as readonly string[], query[tag])]),
  ) as ListFilter['tags'];
  const sort = valuesOf(SORTS, all(query.sort).slice(0, 1))[0] ?? 'seen';
  const filter: ListFilter = { q: q || null, tags, statuses: valuesOf(PUBLIC_STATUSES, query.status), sort };
  return { filter, after: decodeCursor(all(query.after)[0], sort) };
}

/** The query string of a selection, defaults left out; `extra` adds `after`. */
export function listParams(filter: ListFilter, extra: Record<string, string | null | undefined> = {}): string {
  const params = new URLSearchParams();
  if (filter.q) params.set('q', filter.q);
  for (const tag of TAG_NAMES) for (const v of filter.tags[tag]) params.append(tag, v);
  for (const s of filter.statuses) params.append('status', s);
  if (filter.sort !== 'seen') params.set('sort', filter.sort);
  for (const [k, v] of Object.entries(extra)) if (v) params.set(k, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}

const cursorSchema = z.union([
  z.tuple([z.literal('newest'), z.string().min(1).max(40), z.string().min(1).max(100)]),
  z.tuple([z.literal('seen'), z.number().int().min(0), z.string().min(1).max(40), z.string().min(1).max(100)]),
]);

export function encodeCursor(c: Cursor): string {
  const tuple = c.sort === 'newest' ? [c.sort, c.at, c.id] : [c.sort, c.n, c.at, c.id];
  return Buffer.from(JSON.stringify(tuple)).toString('base64url');
}

/** The cursor, or null when the token is damaged or was made for another order (the first page then). */
export function decodeCursor(token: unknown, sort: Sort): Cursor | null {
  if (typeof token !== 'string' || token.length === 0 || token.length > 400) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(token, 'base64url').toString('utf8')));
    if (!parsed.success || parsed.data[0] !== sort) return null;
    const d = parsed.data;
    return d[0] === 'newest' ? { sort: d[0], at: d[1], id: d[2] } : { sort: d[0], n: d[1], at: d[2], id: d[3] };
  } catch {
    return null;
  }
}
