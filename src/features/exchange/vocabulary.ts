import { CAUSES, CAUSE_LABEL, type Cause } from '../practices/vocabulary.ts';
import { REGIONS, REGION_LABEL, type Region } from '../organisations/vocabulary.ts';
import { belgianDate } from '../../platform/i18n/format.ts';

// The words of an offer or an ask. Causes are the practices' (one name per thing across the
// charter's commitments) and regions the organisations'; only the kind and the topic are the
// exchange's own. Codes are stored, written in URLs and published in the open data: never
// rename or reorder one; add new ones at the end.

export { CAUSES, CAUSE_LABEL, REGIONS, REGION_LABEL, type Cause, type Region };

export const KINDS = ['offer', 'ask'] as const;
export type Kind = (typeof KINDS)[number];

/** What a post is about: the needs the issue names for joint actions, and "other". */
export const TOPICS = ['expertise', 'volunteers', 'devices', 'venue', 'funding', 'communication', 'other'] as const;
export type Topic = (typeof TOPICS)[number];

export const KIND_LABEL: Record<Kind, string> = {
  offer: 'exchange.kind.offer',
  ask: 'exchange.kind.ask',
};

export const TOPIC_LABEL: Record<Topic, string> = {
  expertise: 'exchange.topic.expertise',
  volunteers: 'exchange.topic.volunteers',
  devices: 'exchange.topic.devices',
  venue: 'exchange.topic.venue',
  funding: 'exchange.topic.funding',
  communication: 'exchange.topic.communication',
  other: 'exchange.topic.other',
};

export const opposite = (kind: Kind): Kind => (kind === 'offer' ? 'ask' : 'offer');

/** A region's bit is 2 to the power of its place in REGIONS, as the organisations' and practices' are. */
export const regionBit = (r: Region): number => 2 ** REGIONS.indexOf(r);
export const toRegionBits = (rs: readonly Region[]): number => rs.reduce((b, r) => b | regionBit(r), 0);
export const fromRegionBits = (bits: number): Region[] => REGIONS.filter((r) => (bits & regionBit(r)) !== 0);

export const isKind = (v: unknown): v is Kind => (KINDS as readonly unknown[]).includes(v);
export const isTopic = (v: unknown): v is Topic => (TOPICS as readonly unknown[]).includes(v);
export const isCause = (v: unknown): v is Cause => (CAUSES as readonly unknown[]).includes(v);
export const isRegion = (v: unknown): v is Region => (REGIONS as readonly unknown[]).includes(v);

/** A post is shown for at most this many days ahead; then its organisation renews it. */
export const MAX_DAYS_AHEAD = 365;

/** Today in Brussels, as YYYY-MM-DD: a post is listed up to and including its expiry day. */
export function today(nowMs: number = Date.now()): string {
  return belgianDate(nowMs);
}

/** The day `days` after `day` (both YYYY-MM-DD). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
