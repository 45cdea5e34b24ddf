import { LANGS, type Lang } from '../../platform/i18n/i18n.ts';
import { REGIONS, type Region } from '../organisations/vocabulary.ts';

// The words that describe a practice: the causes of exclusion it addresses, whom it is for,
// which of the charter's commitments it serves, its audience and the DigComp areas it trains.
// This file is their one owner: the form, the review, the library and its facets, the open data
// and the seeds take the lists and the labels from here ("practices.cause.skills"…). Regions and
// languages are the organisations' words (organisations/vocabulary.ts): one name per thing.
//
// Codes are stored (as bits, see BITS below), written in URLs (?cause=skills) and published in
// the open data: never rename or reorder one. Add new values at the end.

export { REGIONS, type Region };

/** The charter's four causes of exclusion, and the two comparable frameworks add (domain.md). */
export const CAUSES = ['skills', 'access', 'stress', 'trust', 'affordability', 'non_digital'] as const;
export type Cause = (typeof CAUSES)[number];

/** The target groups of the Barometer of Digital Inclusion (domain.md). */
export const TARGET_GROUPS = [
  'older',
  'low_income',
  'low_education',
  'jobseekers',
  'health_disability',
  'single_parents',
  'young_low_education',
  'language_migration',
  'smartphone_only',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** The charter's nine commitments, by number. */
export const COMMITMENTS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;
export type Commitment = (typeof COMMITMENTS)[number];

export const AUDIENCES = ['employees', 'customers', 'community'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** DigComp 2.2's five competence areas (optional, for trainings). */
export const DIGCOMP_AREAS = ['information', 'communication', 'content', 'safety', 'problem_solving'] as const;
export type DigcompArea = (typeof DIGCOMP_AREAS)[number];

/** The languages a practice is offered in, and the languages its texts are written in: the site's four. */
export const PRACTICE_LANGUAGES = LANGS;

/**
 * Every multi-valued tag, by the name it has in forms, URLs and the counts table. The library
 * filters on the bit columns of `practices` and counts facets from `practice_counts`.
 */
export const TAGS = {
  cause: CAUSES,
  group: TARGET_GROUPS,
  commitment: COMMITMENTS,
  audience: AUDIENCES,
  digcomp: DIGCOMP_AREAS,
  region: REGIONS,
  language: PRACTICE_LANGUAGES,
} as const;
export type TagName = keyof typeof TAGS;
export type TagValue<T extends TagName> = (typeof TAGS)[T][number];
export const TAG_NAMES = Object.keys(TAGS) as TagName[];

/** The column of `practices` and `practice_revisions` that holds each tag's bits. */
export const TAG_COLUMN = {
  cause: 'cause_bits',
  group: 'group_bits',
  commitment: 'commitment_bits',
  audience: 'audience_bits',
  digcomp: 'digcomp_bits',
  region: 'region_bits',
  language: 'language_bits',
} as const satisfies Record<TagName, string>;

/** A value's bit is 2 to the power of its place in its list: the lists only ever grow at the end. */
export function bitOf<T extends TagName>(tag: T, value: TagValue<T>): number {
  return 2 ** (TAGS[tag] as readonly string[]).indexOf(value);
}

export function toBits<T extends TagName>(tag: T, values: readonly TagValue<T>[]): number {
  return values.reduce((bits, v) => bits | bitOf(tag, v), 0);
}

export function fromBits<T extends TagName>(tag: T, bits: number): TagValue<T>[] {
  return (TAGS[tag] as readonly TagValue<T>[]).filter((v) => (bits & bitOf(tag, v)) !== 0);
}

// Catalogue keys, written out so the catalogue test sees each one used.

export const CAUSE_LABEL: Record<Cause, string> = {
  skills: 'practices.cause.skills',
  access: 'practices.cause.access',
  stress: 'practices.cause.stress',
  trust: 'practices.cause.trust',
  affordability: 'practices.cause.affordability',
  non_digital: 'practices.cause.non_digital',
};

export const TARGET_GROUP_LABEL: Record<TargetGroup, string> = {
  older: 'practices.group.older',
  low_income: 'practices.group.low_income',
  low_education: 'practices.group.low_education',
  jobseekers: 'practices.group.jobseekers',
  health_disability: 'practices.group.health_disability',
  single_parents: 'practices.group.single_parents',
  young_low_education: 'practices.group.young_low_education',
  language_migration: 'practices.group.language_migration',
  smartphone_only: 'practices.group.smartphone_only',
};

export const COMMITMENT_LABEL: Record<Commitment, string> = {
  1: 'practices.commitment.1',
  2: 'practices.commitment.2',
  3: 'practices.commitment.3',
  4: 'practices.commitment.4',
  5: 'practices.commitment.5',
  6: 'practices.commitment.6',
  7: 'practices.commitment.7',
  8: 'practices.commitment.8',
  9: 'practices.commitment.9',
};

export const AUDIENCE_LABEL: Record<Audience, string> = {
  employees: 'practices.audience.employees',
  customers: 'practices.audience.customers',
  community: 'practices.audience.community',
};

export const DIGCOMP_LABEL: Record<DigcompArea, string> = {
  information: 'practices.digcomp.information',
  communication: 'practices.digcomp.communication',
  content: 'practices.digcomp.content',
  safety: 'practices.digcomp.safety',
  problem_solving: 'practices.digcomp.problem_solving',
};

/** Each tag's legend in forms and facets. */
export const TAG_LEGEND: Record<TagName, string> = {
  cause: 'practices.tag.cause',
  group: 'practices.tag.group',
  commitment: 'practices.tag.commitment',
  audience: 'practices.tag.audience',
  digcomp: 'practices.tag.digcomp',
  region: 'practices.tag.region',
  language: 'practices.tag.language',
};

export type { Lang };
