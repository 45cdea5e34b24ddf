import { CAUSE_LABEL, CAUSES } from '../practices/vocabulary.ts';
import { REGION_LABEL, REGIONS } from '../organisations/vocabulary.ts';
import type { ActionStatus, MilestoneStatus, PartnerState } from './actions.table.ts';

// The words of a joint action, with their catalogue keys. Codes are stored as they are (status)
// or as bits by their place in the list (needs, causes, regions), written in URLs and published
// in the open data: lists only ever grow at the end. Causes and regions are their owners'.

export const STATUSES = [
  'proposed',
  'looking',
  'under_way',
  'done',
  'stopped',
] as const satisfies readonly ActionStatus[];

export const STATUS_LABEL: Record<ActionStatus, string> = {
  proposed: 'actions.status.proposed',
  looking: 'actions.status.looking',
  under_way: 'actions.status.under_way',
  done: 'actions.status.done',
  stopped: 'actions.status.stopped',
};

export const STATUS_TONE = {
  proposed: 'grey',
  looking: 'yellow',
  under_way: 'blue',
  done: 'green',
  stopped: 'red',
} as const satisfies Record<ActionStatus, string>;

export const NEEDS = ['expertise', 'volunteers', 'devices', 'venue', 'funding', 'communication'] as const;
export type Need = (typeof NEEDS)[number];

export const NEED_LABEL: Record<Need, string> = {
  expertise: 'actions.need.expertise',
  volunteers: 'actions.need.volunteers',
  devices: 'actions.need.devices',
  venue: 'actions.need.venue',
  funding: 'actions.need.funding',
  communication: 'actions.need.communication',
};

export const MILESTONE_STATUSES = ['planned', 'under_way', 'done'] as const satisfies readonly MilestoneStatus[];

export const MILESTONE_LABEL: Record<MilestoneStatus, string> = {
  planned: 'actions.milestone.status.planned',
  under_way: 'actions.milestone.status.under_way',
  done: 'actions.milestone.status.done',
};

export const PARTNER_LABEL: Record<PartnerState, string> = {
  invited: 'actions.partner.state.invited',
  asked: 'actions.partner.state.asked',
  partner: 'actions.partner.state.partner',
  declined: 'actions.partner.state.declined',
};

export { CAUSES, CAUSE_LABEL, REGIONS, REGION_LABEL };

export function toBits(list: readonly string[], values: readonly string[]): number {
  return values.reduce((bits, v) => (list.includes(v) ? bits | (2 ** list.indexOf(v)) : bits), 0);
}

export function fromBits<T extends string>(list: readonly T[], bits: number): T[] {
  return list.filter((_, i) => (bits & (2 ** i)) !== 0);
}

/** History lines, by kind. */
export const HISTORY_LABEL: Record<string, string> = {
  proposed: 'actions.history.proposed',
  edited: 'actions.history.edited',
  status: 'actions.history.status',
  milestone_added: 'actions.history.milestoneAdded',
  milestone_changed: 'actions.history.milestoneChanged',
  partner_invited: 'actions.history.partnerInvited',
  partner_asked: 'actions.history.partnerAsked',
  partner_accepted: 'actions.history.partnerAccepted',
  partner_declined: 'actions.history.partnerDeclined',
  indicator_added: 'actions.history.indicatorAdded',
  indicator_changed: 'actions.history.indicatorChanged',
  update_posted: 'actions.history.updatePosted',
  hidden: 'actions.history.hidden',
  shown: 'actions.history.shown',
};
