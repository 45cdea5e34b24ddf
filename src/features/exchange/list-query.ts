import { z } from 'zod';
import { CAUSES, KINDS, REGIONS, TOPICS } from './vocabulary.ts';
import type { Cursor, ListFilter } from './repository.ts';

// What a reader can ask the list (`/{lang}/exchange?kind=offer&cause=access&cause=trust&q=…`):
// one shape for the page, its links, the API and the CSV. Each facet takes several values,
// ORed within the facet and ANDed across facets, as the practices library's do. A value that is
// not in the vocabulary is ignored, so an old link always shows a page.

export const Q_MAX = 100;

/** The facets, in the order the page shows them and links write them. */
export const FACETS = ['kind', 'topic', 'cause', 'region'] as const;
export type Facet = (typeof FACETS)[number];

export const FACET_VALUES: { [F in Facet]: readonly ListFilter[F][number][] } = {
  kind: KINDS,
  topic: TOPICS,
  cause: CAUSES,
  region: REGIONS,
};

export interface ListQuery {
  filter: ListFilter;
  q: string | null;
}

const all = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** The known values among those given, once each, in the vocabulary's order. */
export function valuesOf<T extends string>(allowed: readonly T[], raw: unknown): T[] {
  const given = all(raw).filter((v): v is string => typeof v === 'string');
  return allowed.filter((v) => given.includes(v));
}

export function parseListQuery(raw: unknown): { query: ListQuery; after: Cursor | null } {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const qRaw = all(r.q)[0];
  const q = typeof qRaw === 'string' ? qRaw.trim().slice(0, Q_MAX) : '';
  return {
    query: {
      q: q || null,
      filter: {
        kind: valuesOf(KINDS, r.kind),
        topic: valuesOf(TOPICS, r.topic),
        cause: valuesOf(CAUSES, r.cause),
        region: valuesOf(REGIONS, r.region),
      },
    },
    after: decodeCursor(all(r.after)[0]),
  };
}

export const isFiltered = (query: ListQuery): boolean =>
  query.q !== null || FACETS.some((facet) => query.filter[facet].length > 0);

/** The query string of a selection, each chosen value once (`cause=a&cause=b`); `after` for the next page. */
export function listParams(query: ListQuery, after?: string | null): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const facet of FACETS) for (const v of query.filter[facet]) params.append(facet, v);
  if (after) params.set('after', after);
  const s = params.toString();
  return s ? `?${s}` : '';
}

const cursorSchema = z.tuple([z.string().min(1).max(40), z.string().min(1).max(100)]);

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.at, c.id])).toString('base64url');
}

/** The cursor, or null when the token is missing or damaged (the first page then). */
export function decodeCursor(token: unknown): Cursor | null {
  if (typeof token !== 'string' || token.length === 0 || token.length > 300) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(token, 'base64url').toString('utf8')));
    return parsed.success ? { at: parsed.data[0], id: parsed.data[1] } : null;
  } catch {
    return null;
  }
}
