import { LANGS, type Lang } from '../../platform/i18n/i18n.ts';
import {
  CAUSE_LABEL,
  CAUSES,
  fromBits,
  TARGET_GROUP_LABEL,
  TARGET_GROUPS,
  toBits,
  type Cause,
  type TargetGroup,
} from '../practices/vocabulary.ts';

// The campaigns' words: causes and target groups are the practices' (one owner, so a campaign
// is described as a practice or an obstacle is); the materials' kinds and the languages are theirs.

export { CAUSES, CAUSE_LABEL, TARGET_GROUPS, TARGET_GROUP_LABEL, type Cause, type TargetGroup };

export const causeBits = (values: readonly Cause[]) => toBits('cause', values);
export const groupBits = (values: readonly TargetGroup[]) => toBits('group', values);
export const causesOf = (bits: number) => fromBits('cause', Number(bits));
export const groupsOf = (bits: number) => fromBits('group', Number(bits));

export const MATERIAL_KINDS = ['file', 'link'] as const;

export const MATERIAL_KIND_LABEL = {
  file: 'campaigns.material.kind.file',
  link: 'campaigns.material.kind.link',
} as const;

/** Languages' names in the reader's language: materials and texts say which language they are in. */
export const LANGUAGE_LABEL: Record<Lang, string> = {
  nl: 'campaigns.language.nl',
  fr: 'campaigns.language.fr',
  de: 'campaigns.language.de',
  en: 'campaigns.language.en',
};

export { LANGS };
