import { z } from 'zod';
import { CAUSES, KINDS, REGIONS, TOPICS } from './vocabulary.ts';
import type { Cursor, ListFilter } from './repository.ts';

// What a reader can ask the list (`/{lang}/exchange?kind=offer&cause=access&q=…`): one shape for
// the page, its links and the API. A value that is not in the vocabulary is ignored, so an old
// link always shows a page.

export const Q_MAX = 100;

export interface ListQuery {
  filter: ListFilter;
  q: string | null;
}

const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
const oneOf = <T extends string>(values: readonly T[], raw: unknown): T | null => {
  const v = first(raw);
  return typeof v === 'string' && (values as readonly string[]).includes(v) ? (v as T) : null;
};

export function parseListQuery(raw: unknown): { query: ListQuery; after: Cursor | null } {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const qRaw = first(r.q);
  const q = typeof qRaw === 'string' ? qRaw.trim().slice(0, Q_MAX) : '';
  return {
    query: {
      q: q || null,
      filter: {
        kind: oneOf(KINDS, r.kind),
        cause: oneOf(CAUSES, r.cause),
        region: oneOf(REGIONS, r.region),
        topic: oneOf(TOPICS, r.topic),
      },
    },
    after: decodeCursor(first(r.after)),
  };
}

export const isFiltered = (query: ListQuery): boolean =>
  query.q !== null || Object.values(query.filter).some((v) => v !== null);

/** The query string of a selection, empty values left out; `after` for the next page. */
export function listParams(query: ListQuery, after?: string | null): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const [k, v] of Object.entries(query.filter)) if (v) params.set(k, v);
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
