import { KINDS, type ActivityKind } from './vocabulary.ts';

// What a reader asks the log (`…/activities?kind=training&year=2026&totals=2025&after=…`): the
// list's filters, the totals' year and the keyset position. Anything not valid is ignored, so
// an outdated or damaged link still shows a page.

export interface LogFilter {
  kind: ActivityKind | null;
  year: number | null;
}

/** A keyset position: the last activity shown, newest first by its date. */
export interface Cursor {
  on: string;
  id: string;
}

export interface LogQuery {
  filter: LogFilter;
  /** The year whose totals are shown. */
  totalsYear: number;
  after: Cursor | null;
}

const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);

function yearOf(v: unknown): number | null {
  const s = first(v);
  return typeof s === 'string' && /^(19|20|21)\d{2}$/.test(s) ? Number(s) : null;
}

export function parseLogQuery(raw: unknown, currentYear: number): LogQuery {
  const q = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const kind = first(q.kind);
  return {
    filter: {
      kind: typeof kind === 'string' && (KINDS as readonly string[]).includes(kind) ? (kind as ActivityKind) : null,
      year: yearOf(q.year),
    },
    totalsYear: yearOf(q.totals) ?? currentYear,
    after: decodeCursor(first(q.after)),
  };
}

/** The list's query string, for its links (`after` for the next page). */
export function logParams(filter: LogFilter, extra: Record<string, string | null | undefined> = {}): string {
  const params = new URLSearchParams();
  if (filter.kind) params.set('kind', filter.kind);
  if (filter.year) params.set('year', String(filter.year));
  for (const [k, v] of Object.entries(extra)) if (v) params.set(k, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export const encodeCursor = (c: Cursor): string => Buffer.from(`${c.on}~${c.id}`).toString('base64url');

export function decodeCursor(token: unknown): Cursor | null {
  if (typeof token !== 'string' || token.length === 0 || token.length > 200) return null;
  const m = /^(\d{4}-\d{2}-\d{2})~([A-Za-z0-9-]{1,64})$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  return m ? { on: m[1]!, id: m[2]! } : null;
}
