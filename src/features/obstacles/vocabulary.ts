import { REGION_LABEL, REGIONS } from '../organisations/vocabulary.ts';
import {
  AUDIENCE_LABEL,
  AUDIENCES,
  CAUSE_LABEL,
  CAUSES,
  TARGET_GROUP_LABEL,
  TARGET_GROUPS,
} from '../practices/vocabulary.ts';

// The words an obstacle is tagged with are the practices' (causes, target groups, audiences)
// and the organisations' (regions), with their labels: one owner per word, so an obstacle and
// the practices that answer it are described alike. Codes are stored as bits (place in the
// list), written in URLs and published in the open data: the owners only ever add at the end.

export const TAGS = { cause: CAUSES, group: TARGET_GROUPS, region: REGIONS, audience: AUDIENCES } as const;
export type TagName = keyof typeof TAGS;
export type TagValue<T extends TagName> = (typeof TAGS)[T][number];
export const TAG_NAMES = Object.keys(TAGS) as TagName[];

export const TAG_COLUMN = {
  cause: 'cause_bits',
  group: 'group_bits',
  region: 'region_bits',
  audience: 'audience_bits',
} as const satisfies Record<TagName, string>;

export function toBits<T extends TagName>(tag: T, values: readonly string[]): number {
  const list = TAGS[tag] as readonly string[];
  return values.reduce((bits, v) => (list.includes(v) ? bits | (2 ** list.indexOf(v)) : bits), 0);
}

export function fromBits<T extends TagName>(tag: T, bits: number): TagValue<T>[] {
  return (TAGS[tag] as readonly TagValue<T>[]).filter((_, i) => (bits & (2 ** i)) !== 0);
}

/** A value's catalogue key (the owners' keys). */
export function tagLabel(tag: TagName, value: string): string {
  const labels: Record<TagName, Record<string, string>> = {
    cause: CAUSE_LABEL,
    group: TARGET_GROUP_LABEL,
    region: REGION_LABEL,
    audience: AUDIENCE_LABEL,
  };
  return labels[tag][value] ?? value;
}

/** Each tag's legend in the form, the filters and the page: an obstacle's own questions, the values' labels are the owners'. */
export const TAG_TITLE: Record<TagName, string> = {
  cause: 'obstacles.tag.cause',
  group: 'obstacles.tag.group',
  region: 'obstacles.tag.region',
  audience: 'obstacles.tag.audience',
};

/** The statuses a reader can filter on (merged ones are never listed). */
export const PUBLIC_STATUSES = ['open', 'closed'] as const;
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];

export const STATUS_LABEL: Record<PublicStatus, string> = {
  open: 'obstacles.status.open',
  closed: 'obstacles.status.closed',
};
