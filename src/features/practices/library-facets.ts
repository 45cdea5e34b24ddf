import type { Sector } from '../organisations/vocabulary.ts';
import { LIBRARY_FACETS, type LibraryFacet, type LibraryFilter } from './library-query.ts';
import * as lib from './repository-library.ts';
import type { Db } from './repository.ts';
import { fromBits, TAG_COLUMN, TAGS, toBits } from './vocabulary.ts';

// The facet counts of the library with filters and no search text (ADR 0017). A mature faceted
// search counts each facet with the OTHER facets' filters applied: ticking "skills" leaves the
// cause counts as they were and narrows every other facet's. Counting that by scanning the
// table would cost in proportion to the library, so the work is bounded by FACET_CAP rows:
//
// - The rows any facet's count needs are those that fail at most one chosen facet (all chosen
//   facets when one alone is chosen: its own count is then the whole library's, kept anyway).
//   Each such row has a value of one of the two chosen facets with the fewest practices, so the
//   maintained counts of their values bound how many there are, before anything is read.
// - Within FACET_CAP, those rows are read through practice_tags' index (or the whole library,
//   when it is that small) and counted as a search's matches are. Beyond it the page keeps the
//   maintained whole-library counts and says so. Either way nothing walks the practices table.

/** The most rows read to count the facets; beyond it, the whole library's counts are shown. */
export const FACET_CAP = 500;

export type Facet = LibraryFacet | 'sector';
export type FacetCounts = { [F in Facet]: Record<string, number> };

export const emptyCounts = (): FacetCounts =>
  Object.fromEntries([...LIBRARY_FACETS, 'sector'].map((f) => [f, {}])) as FacetCounts;

/** The maintained counts (practice_counts) as facet counts, and the library's size. */
export function keptCounts(kept: readonly { facet: string; value: string; n: number }[]): {
  library: FacetCounts;
  all: number;
} {
  const library = emptyCounts();
  let all = 0;
  for (const c of kept) {
    if (c.facet === 'all') all = c.n;
    else if (c.facet in library && c.n > 0) library[c.facet as Facet][c.value] = c.n;
  }
  return { library, all };
}

/** The values chosen in a facet (none: the facet does not filter). */
const chosen = (filter: LibraryFilter, facet: Facet): readonly string[] =>
  facet === 'sector' ? filter.sectors : filter.tags[facet];

/** The values a row has in a facet, from its bit column. */
const valuesOf = (row: lib.LibraryRow, facet: LibraryFacet): readonly string[] =>
  fromBits(facet, Number(row[TAG_COLUMN[facet] as keyof lib.LibraryRow]));

/** Does the row have one of the chosen values of every facet (leaving out `except`)? */
export function matchesFilter(row: lib.LibraryRow, filter: LibraryFilter, except?: Facet): boolean {
  for (const facet of LIBRARY_FACETS) {
    if (facet === except || filter.tags[facet].length === 0) continue;
    const has = valuesOf(row, facet);
    if (!(filter.tags[facet] as readonly string[]).some((v) => has.includes(v))) return false;
  }
  if (except !== 'sector' && filter.sectors.length > 0 && !filter.sectors.includes(row.sector as Sector)) return false;
  return true;
}

/**
 * Counts per value among the rows, each facet with the other facets' filters applied. It runs
 * on up to FACET_CAP or SEARCH_CAP rows per request, so it works on the bit columns directly:
 * a row failing no facet counts in every facet, a row failing one counts in that one only.
 */
export function countAmong(rows: readonly lib.LibraryRow[], filter: LibraryFilter): FacetCounts {
  const masks = LIBRARY_FACETS.map((facet) => toBits(facet, filter.tags[facet] as never[]));
  const columns = LIBRARY_FACETS.map((facet) => TAG_COLUMN[facet] as keyof lib.LibraryRow);
  const sectorIndex = LIBRARY_FACETS.length;
  // Counted per facet by bit position first, named at the end: this runs on every search page.
  const byBit = LIBRARY_FACETS.map((facet) => new Array<number>(TAGS[facet].length).fill(0));
  const sectors: Record<string, number> = {};
  const bits = new Array<number>(columns.length);
  for (const row of rows) {
    for (let i = 0; i < columns.length; i++) bits[i] = Number(row[columns[i]!]);
    let failed = -1;
    let failures = 0;
    for (let i = 0; i < masks.length; i++) {
      if (masks[i] !== 0 && (bits[i]! & masks[i]!) === 0) {
        failed = i;
        failures++;
      }
    }
    if (filter.sectors.length > 0 && !filter.sectors.includes(row.sector as Sector)) {
      failed = sectorIndex;
      failures++;
    }
    if (failures > 1) continue;
    for (let i = 0; i < LIBRARY_FACETS.length; i++) {
      if (failures === 1 && failed !== i) continue;
      const slots = byBit[i]!;
      for (let v = 0, b = bits[i]!; b !== 0 && v < slots.length; v++, b >>>= 1) if (b & 1) slots[v]!++;
    }
    if (row.sector && (failures === 0 || failed === sectorIndex)) sectors[row.sector] = (sectors[row.sector] ?? 0) + 1;
  }
  const counts = emptyCounts();
  LIBRARY_FACETS.forEach((facet, i) => {
    const values = TAGS[facet] as readonly string[];
    byBit[i]!.forEach((n, v) => {
      if (n > 0) counts[facet][values[v]!] = n;
    });
  });
  counts.sector = sectors;
  return counts;
}

export interface FilteredCounts {
  counts: FacetCounts;
  /** How many practices match every filter, counted among the rows read. */
  total: number;
}

/**
 * The counts with the other facets' filters applied, or null when more than FACET_CAP rows
 * would have to be read (the caller then shows `library`, the maintained counts).
 */
export async function filteredCounts(
  db: Db,
  filter: LibraryFilter,
  library: FacetCounts,
  all: number,
  cap = FACET_CAP,
): Promise<FilteredCounts | null> {
  const facets = ([...LIBRARY_FACETS, 'sector'] as const).filter((f) => chosen(filter, f).length > 0);
  if (facets.length === 0) return null;
  // At most how many practices have one of the facet's chosen values (a practice with two counts twice).
  const bound = (f: Facet) => chosen(filter, f).reduce((n, v) => n + (library[f][v] ?? 0), 0);
  const driving = [...facets].sort((a, b) => bound(a) - bound(b)).slice(0, facets.length === 1 ? 1 : 2);
  const needed = driving.reduce((n, f) => n + bound(f), 0);
  let rows: lib.LibraryRow[];
  if (all <= cap) rows = await lib.allLibraryRows(db, cap);
  else if (needed <= cap) {
    rows = await lib.libraryRowsTagged(
      db,
      driving.flatMap((facet) => chosen(filter, facet).map((value) => ({ facet, value }))),
      cap,
    );
  } else return null;
  const counts = countAmong(rows, filter);
  // One facet alone: its own count has no other filter to apply, so it is the whole library's
  // (the rows read above are only those with its chosen values).
  if (facets.length === 1) counts[facets[0]!] = { ...library[facets[0]!] };
  return { counts, total: rows.filter((r) => matchesFilter(r, filter)).length };
}

/** One value of one facet alone: the maintained count is the number of matches, exact. */
export function keptTotal(filter: LibraryFilter, library: FacetCounts): number | null {
  const facets = ([...LIBRARY_FACETS, 'sector'] as const).filter((f) => chosen(filter, f).length > 0);
  const only = facets.length === 1 ? chosen(filter, facets[0]!) : [];
  return only.length === 1 ? (library[facets[0]!][only[0]!] ?? 0) : null;
}
