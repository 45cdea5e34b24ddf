import { LANGS, type Lang } from '../../platform/i18n/i18n.ts';

// The words that describe an organisation: its sector, its size, where it works and in which
// languages. This file is their one owner: the profile form, the directory and its filters, the
// profile page, the open data, the history and the seeds all take the lists and the labels from
// here, so each thing has one name in each language (the strings are in this feature's
// catalogues, "organisations.sector.…" and so on).
//
// The codes are stored in the database, written in URLs and bookmarks (?sector=nonprofit) and
// published in the open data: never rename one. Add new values at the end.

export const SECTORS = ['private', 'public', 'nonprofit'] as const;
export type Sector = (typeof SECTORS)[number];

export const SIZE_BANDS = ['micro', 'small', 'medium', 'large'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

/** The three regions, and the German-speaking Community (in Wallonia) on its own. */
export const REGIONS = ['brussels', 'flanders', 'wallonia', 'german_community'] as const;
export type Region = (typeof REGIONS)[number];

/** The languages an organisation works in: the four languages of the site. */
export const WORK_LANGUAGES = LANGS;
export type WorkLanguage = Lang;

// Catalogue keys, written out so the catalogue test sees each one used.

export const SECTOR_LABEL: Record<Sector, string> = {
  private: 'organisations.sector.private',
  public: 'organisations.sector.public',
  nonprofit: 'organisations.sector.nonprofit',
};

/** What falls under each sector, shown under the choice in the profile form. */
export const SECTOR_HINT: Record<Sector, string> = {
  private: 'organisations.sector.private.hint',
  public: 'organisations.sector.public.hint',
  nonprofit: 'organisations.sector.nonprofit.hint',
};

export const SIZE_LABEL: Record<SizeBand, string> = {
  micro: 'organisations.size.micro',
  small: 'organisations.size.small',
  medium: 'organisations.size.medium',
  large: 'organisations.size.large',
};

export const REGION_LABEL: Record<Region, string> = {
  brussels: 'organisations.region.brussels',
  flanders: 'organisations.region.flanders',
  wallonia: 'organisations.region.wallonia',
  german_community: 'organisations.region.german_community',
};

/** A language's name in the page's language ("Frans" on a Dutch page). */
export const LANGUAGE_LABEL: Record<WorkLanguage, string> = {
  nl: 'organisations.language.nl',
  fr: 'organisations.language.fr',
  de: 'organisations.language.de',
  en: 'organisations.language.en',
};

/** Sorts codes in the order of their list (regions as the form lists them, not alphabetically). */
export function inListOrder<T extends string>(list: readonly T[]): (a: T, b: T) => number {
  return (a, b) => list.indexOf(a) - list.indexOf(b);
}
