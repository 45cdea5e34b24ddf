import type { z } from 'zod';
import {
  decodeCursor,
  DEFAULT_FILTER,
  isTrue,
  languageField,
  qField,
  regionField,
  reportingField,
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
 * `reportingYear` is the latest reporting cycle that has opened: without one, the reporting
 * status is ignored too.
 */
export function parseDirectoryQuery(
  raw: unknown,
  reportingYear: number | null = null,
): { filter: DirectoryFilter; after: Cursor | null } {
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
    reporting: null,
  };
  const status = lenient(reportingField, query.reporting);
  if (status && reportingYear !== null) filter.reporting = { year: reportingYear, status };
  return { filter, after: decodeCursor(first(query.after), filter.sort) };
}
