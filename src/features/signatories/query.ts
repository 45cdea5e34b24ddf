import { z } from 'zod';
import { SORTS, type Cursor, type DirectoryFilter, type SortOrder } from '../organisations/service-directory.ts';
import { REGIONS, SECTORS, WORK_LANGUAGES } from '../organisations/vocabulary.ts';
import { PUBLIC_STATUSES } from '../reports/service-public.ts';

// What a person (or an API client) can ask the directory: one shape for the page, the open
// data files and the API, so the three always show the same selection.

// The selection's shape belongs to the organisations feature, which owns the tables it reads.
export { SORTS } from '../organisations/service-directory.ts';
export type { Cursor, DirectoryFilter, SortOrder } from '../organisations/service-directory.ts';

export const DEFAULT_FILTER: DirectoryFilter = {
  q: null,
  sector: null,
  region: null,
  language: null,
  year: null,
  includeWithdrawn: false,
  sort: 'name',
  reporting: null,
};

export const Q_MAX = 100;
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;

// Field schemas shared by the lenient page parser and the strict API schema.
export const qField = z.string().trim().max(Q_MAX);
export const sectorField = z.enum(SECTORS);
export const regionField = z.enum(REGIONS);
export const languageField = z.enum(WORK_LANGUAGES);
export const yearField = z.coerce.number().int().min(YEAR_MIN).max(YEAR_MAX);
export const sortField = z.enum(SORTS);
/** A reporting status in the latest cycle that has opened (the reports feature's names). */
export const reportingField = z.enum(PUBLIC_STATUSES);
export const withdrawnField = z.enum(['1', 'true', 'on', '0', 'false', 'off']);

export const isTrue = (v: string | undefined): boolean => v === '1' || v === 'true' || v === 'on';

const cursorTuple = z.tuple([z.enum(SORTS), z.string().min(1).max(400), z.string().min(1).max(100)]);

/** An opaque token: base64url of [sort, key, id]. */
export function encodeCursor(sort: SortOrder, cursor: Cursor): string {
  return Buffer.from(JSON.stringify([sort, cursor.key, cursor.id]), 'utf8').toString('base64url');
}

/** The cursor, or null when the token is damaged or was made for another sort order. */
export function decodeCursor(token: unknown, sort: SortOrder): Cursor | null {
  if (typeof token !== 'string' || token.length === 0 || token.length > 800) return null;
  try {
    const parsed = cursorTuple.safeParse(JSON.parse(Buffer.from(token, 'base64url').toString('utf8')));
    if (!parsed.success) return null;
    const [tokenSort, key, id] = parsed.data;
    if (tokenSort !== sort) return null;
    if (sort !== 'name' && !/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(key)) return null;
    return { key, id };
  } catch {
    return null;
  }
}

/**
 * The query string for a selection, defaults left out so links stay short and stable.
 * `extra` adds parameters such as `after` or `lang`.
 */
export function selectionParams(
  filter: DirectoryFilter,
  extra: Record<string, string | null | undefined> = {},
): string {
  const params = new URLSearchParams();
  if (filter.q) params.set('q', filter.q);
  if (filter.sector) params.set('sector', filter.sector);
  if (filter.region) params.set('region', filter.region);
  if (filter.language) params.set('language', filter.language);
  if (filter.year !== null) params.set('year', String(filter.year));
  if (filter.includeWithdrawn) params.set('withdrawn', '1');
  if (filter.sort !== 'name') params.set('sort', filter.sort);
  if (filter.reporting) params.set('reporting', filter.reporting.status);
  for (const [k, v] of Object.entries(extra)) if (v) params.set(k, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}
