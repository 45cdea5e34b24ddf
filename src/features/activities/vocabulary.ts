import { REGION_LABEL, REGIONS } from '../organisations/vocabulary.ts';
import {
  AUDIENCE_LABEL,
  AUDIENCES,
  COMMITMENT_LABEL,
  COMMITMENTS,
  DIGCOMP_AREAS,
  DIGCOMP_LABEL,
  TARGET_GROUP_LABEL,
  TARGET_GROUPS,
  type Commitment,
} from '../practices/vocabulary.ts';

// The words of the activity log. Its own: the kinds, the kinds of online-safety action and the
// visibility. Taken from their owners: the commitments, audiences, target groups and DigComp
// areas (practices) and the regions (organisations), so an activity is described as a practice
// is. Tags are stored as bits (place in the owner's list; owners only ever add at the end).

export const KINDS = ['training', 'support', 'promotion', 'campaign', 'safety'] as const;
export type ActivityKind = (typeof KINDS)[number];

export const SAFETY_KINDS = ['phishing', 'session', 'fraud_warning', 'safeonweb'] as const;
export type SafetyKind = (typeof SAFETY_KINDS)[number];

export const VISIBILITIES = ['public', 'private'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export { COMMITMENTS, COMMITMENT_LABEL, type Commitment };

/**
 * The commitment an activity serves when nobody says otherwise: a training is commitment 4
 * (train the staff), promotion 5, a campaign 6, online safety 8; support for customers or
 * beneficiaries also shares what the organisation does (4).
 */
export const DEFAULT_COMMITMENT: Record<ActivityKind, Commitment> = {
  training: '4',
  support: '4',
  promotion: '5',
  campaign: '6',
  safety: '8',
};

export const KIND_LABEL: Record<ActivityKind, string> = {
  training: 'activities.kind.training',
  support: 'activities.kind.support',
  promotion: 'activities.kind.promotion',
  campaign: 'activities.kind.campaign',
  safety: 'activities.kind.safety',
};

export const SAFETY_KIND_LABEL: Record<SafetyKind, string> = {
  phishing: 'activities.safetyKind.phishing',
  session: 'activities.safetyKind.session',
  fraud_warning: 'activities.safetyKind.fraud_warning',
  safeonweb: 'activities.safetyKind.safeonweb',
};

export const VISIBILITY_LABEL: Record<Visibility, string> = {
  public: 'activities.visibility.public',
  private: 'activities.visibility.private',
};

export const TAGS = {
  commitment: COMMITMENTS,
  audience: AUDIENCES,
  group: TARGET_GROUPS,
  digcomp: DIGCOMP_AREAS,
  region: REGIONS,
} as const;
export type TagName = keyof typeof TAGS;
export type TagValue<T extends TagName> = (typeof TAGS)[T][number];

export const TAG_LABEL: Record<TagName, Record<string, string>> = {
  commitment: COMMITMENT_LABEL,
  audience: AUDIENCE_LABEL,
  group: TARGET_GROUP_LABEL,
  digcomp: DIGCOMP_LABEL,
  region: REGION_LABEL,
};

export function toBits<T extends TagName>(tag: T, values: readonly string[]): number {
  const list = TAGS[tag] as readonly string[];
  return values.reduce((bits, v) => (list.includes(v) ? bits | (2 ** list.indexOf(v)) : bits), 0);
}

export function fromBits<T extends TagName>(tag: T, bits: number): TagValue<T>[] {
  return (TAGS[tag] as readonly TagValue<T>[]).filter((_, i) => (bits & (2 ** i)) !== 0);
}
