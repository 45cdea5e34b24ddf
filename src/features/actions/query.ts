import { z } from 'zod';
import { CAUSES, NEEDS, REGIONS, STATUSES, type Need } from './vocabulary.ts';
import type { ActionStatus } from './actions.table.ts';

// What a reader can ask the list (`/{lang}/actions?status=looking&need=venue&region=brussels`,
// or `?obstacle=<slug>`: the actions against one obstacle, linked from its page): one shape for
// the page, its links and the API. Values are ORed within a facet and facets are
// ANDed. Anything that is not a valid value is ignored, so an outdated link always shows a page.

export interface ListFilter {
  statuses: ActionStatus[];
  needs: Need[];
  causes: (typeof CAUSES)[number][];
  regions: (typeof REGIONS)[number][];
  /** An obstacle's slug or id: only the actions against it. */
  obstacle: string | null;
}

/** A keyset position: the last action shown, newest first. */
export interface Cursor {
  at: string;
  id: string;
}

export const NO_FILTER: ListFilter = { statuses: [], needs: [], causes: [], regions: [], obstacle: null };

/** An obstacle's slug or id as the register writes them; anything else is ignored. */
const OBSTACLE_REF = /^[a-z0-9-]{1,200}$/;

const all = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

function valuesOf<T extends string>(allowed: readonly T[], raw: unknown): T[] {
  const seen = all(raw).filter((v): v is T => typeof v === 'string' && (allowed as readonly string[]).includes(v));
  return allowed.filter((v) => seen.includes(v));
}

export const isFiltered = (f: ListFilter): boolean =>
  f.statuses.length + f.needs.length + f.causes.length + f.regions.length > 0 || f.obstacle !== null;

export function parseListQuery(raw: unknown): { filter: ListFilter; after: Cursor | null } {
  const query = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const filter: ListFilter = {
    statuses: valuesOf(STATUSES, query.status),
    needs: valuesOf(NEEDS, query.need),
    causes: valuesOf(CAUSES, query.cause),
    regions: valuesOf(REGIONS, query.region),
    obstacle: all(query.obstacle).find((v): v is string => typeof v === 'string' && OBSTACLE_REF.test(v)) ?? null,
  };
  return { filter, after: decodeCursor(all(query.after)[0]) };
}

/** The query string of a selection; `extra` adds `after`. */
export function listParams(filter: ListFilter, extra: Record<string, string | null | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const s of filter.statuses) params.append('status', s);
  for (const n of filter.needs) params.append('need', n);
  for (const c of filter.causes) params.append('cause', c);
  for (const r of filter.regions) params.append('region', r);
  if (filter.obstacle) params.set('obstacle', filter.obstacle);
  for (const [k, v] of Object.entries(extra)) if (v) params.set(k, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}

const cursorSchema = z.tuple([z.string().min(1).max(40), z.string().min(1).max(100)]);

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.at, c.id])).toString('base64url');
}

/** The cursor, or null when the token is damaged (the first page then). */
export function decodeCursor(token: unknown): Cursor | null {
  if (typeof token !== 'string' || token.length === 0 || token.length > 400) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(token, 'base64url').toString('utf8')));
    return parsed.success ? { at: parsed.data[0], id: parsed.data[1] } : null;
  } catch {
    return null;
  }
}
