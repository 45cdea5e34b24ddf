import type { OrgEventKind } from '../organisations/service-directory.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';

// Catalogue keys chosen at run time, written out so the catalogue test sees each one used.

// The organisation vocabulary (sectors, regions, sizes, languages) and its labels are the
// organisations feature's: see ../organisations/vocabulary.ts.

export type PublicEventKind = Exclude<OrgEventKind, 'rejected'>;

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
