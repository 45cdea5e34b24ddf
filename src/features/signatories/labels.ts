import type { OrganisationEventsTable, Region, Sector, SizeBand } from '../organisations/organisations.table.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';

// Catalogue keys chosen at run time, written out so the catalogue test sees each one used.

export const SECTORS = ['private', 'public', 'nonprofit'] as const satisfies readonly Sector[];
export const REGIONS = ['brussels', 'flanders', 'wallonia', 'german_community'] as const satisfies readonly Region[];
export const SIZES = ['micro', 'small', 'medium', 'large'] as const satisfies readonly SizeBand[];
export const WORK_LANGS = ['nl', 'fr', 'de', 'en'] as const satisfies readonly Lang[];

export const SECTOR: Record<Sector, string> = {
  private: 'signatories.sector.private',
  public: 'signatories.sector.public',
  nonprofit: 'signatories.sector.nonprofit',
};

export const REGION: Record<Region, string> = {
  brussels: 'signatories.region.brussels',
  flanders: 'signatories.region.flanders',
  wallonia: 'signatories.region.wallonia',
  german_community: 'signatories.region.german_community',
};

export const SIZE: Record<SizeBand, string> = {
  micro: 'signatories.size.micro',
  small: 'signatories.size.small',
  medium: 'signatories.size.medium',
  large: 'signatories.size.large',
};

/** The name of a language, as it reads inside a sentence of the page language. */
export const LANGUAGE: Record<Lang, string> = {
  nl: 'signatories.language.nl',
  fr: 'signatories.language.fr',
  de: 'signatories.language.de',
  en: 'signatories.language.en',
};

export type PublicEventKind = Exclude<OrganisationEventsTable['kind'], 'rejected'>;

export const EVENT: Record<PublicEventKind, string> = {
  applied: 'signatories.event.applied',
  signed: 'signatories.event.signed',
  signed_on_paper: 'signatories.event.signedOnPaper',
  approved: 'signatories.event.approved',
  withdrawn: 'signatories.event.withdrawn',
  resigned: 'signatories.event.resigned',
};

export const SORT = {
  name: 'signatories.sort.name',
  newest: 'signatories.sort.newest',
  oldest: 'signatories.sort.oldest',
} as const;

/** "This description is only available in …", one sentence per language of the text. */
export const ONLY_IN: Record<Lang, string> = {
  nl: 'signatories.profile.onlyIn.nl',
  fr: 'signatories.profile.onlyIn.fr',
  de: 'signatories.profile.onlyIn.de',
  en: 'signatories.profile.onlyIn.en',
};
