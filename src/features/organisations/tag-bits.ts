import type { Lang } from '../../platform/i18n/i18n.ts';
import type { Region } from './organisations.table.ts';

// Regions and working languages are kept twice: as rows (organisation_regions,
// organisation_languages), which the profile, the open data and any join read, and as bit sets
// on the organisation row (region_bits, language_bits), which only the directory's filters read.
// With the bits in the directory's covering indexes, counting "private signatories in Flanders"
// scans one index range instead of probing another table for each of thousands of rows
// (ADR 0008). saveProfileDetails writes both in one transaction; besides it, only the demo and
// scale seeds (which build rows in bulk) and a restore (rebuildTagBits) write them.
//
// A bit, once given, keeps its meaning: stored rows depend on it. Add new values at the end.
export const REGION_BITS: Record<Region, number> = { brussels: 1, flanders: 2, wallonia: 4, german_community: 8 };
export const LANGUAGE_BITS: Record<Lang, number> = { nl: 1, fr: 2, de: 4, en: 8 };

export function regionBits(regions: readonly Region[]): number {
  return regions.reduce((bits, r) => bits | REGION_BITS[r], 0);
}

export function languageBits(langs: readonly Lang[]): number {
  return langs.reduce((bits, l) => bits | LANGUAGE_BITS[l], 0);
}
