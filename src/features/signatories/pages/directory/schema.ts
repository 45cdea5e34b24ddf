import type { z } from 'zod';
import {
  decodeCursor,
  DEFAULT_FILTER,
  isTrue,
  languageField,
  qField,
  regionField,
  sectorField,
  sortField,
  withdrawnField,
  yearField,
  type Cursor,
  type DirectoryFilter,
} from '../../query.ts';

/** A repeated parameter (?sector=a&sector=b) counts as its first value. */
function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function lenient<S extends z.ZodType>(schema: S, value: unknown): z.output<S> | null {
  const parsed = schema.safeParse(first(value));
  return parsed.success ? parsed.data : null;
}

/**
 * Reads the directory's query string. Anything that is not a valid value is ignored (the
 * default applies), so a hand-edited or outdated link always shows a page, never an error.
 */
export function parseDirectoryQuery(raw: unknown): { filter: DirectoryFilter; after: Cursor | null } {
  const query = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const q = lenient(qField, query.q);
  const filter: DirectoryFilter = {
    q: q ? q : null,
    sector: lenient(sectorField, query.sector),
    region: lenient(regionField, query.region),
    language: lenient(languageField, query.language),
    year: lenient(yearField, query.year),
    includeWithdrawn: isTrue(lenient(withdrawnField, query.withdrawn) ?? undefined),
    sort: lenient(sortField, query.sort) ?? DEFAULT_FILTER.sort,
  };
  return { filter, after: decodeCursor(first(query.after), filter.sort) };
}
