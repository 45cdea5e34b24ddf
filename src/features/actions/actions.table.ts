// Joint actions (issue 7, commitment 2): a signatory leads an action against one or more
// obstacles, with partners, weighted milestones, indicators and dated updates. The action's
// progress is kept on its row by the milestone writes, so no page reads every milestone to show
// it; its cause and region bits are the union of its obstacles' when it was proposed (the list's
// filters test them on the index). Every change also leaves a line in action_history.

export type ActionStatus = 'proposed' | 'looking' | 'under_way' | 'done' | 'stopped';
export type MilestoneStatus = 'planned' | 'under_way' | 'done';
/** invited: by the lead; asked: by the signatory; partner: accepted; declined: refused, either way. */
export type PartnerState = 'invited' | 'asked' | 'partner' | 'declined';

export interface ActionsTable {
  id: string;
  /** In public URLs; the id answers too. */
  slug: string;
  lead_org_id: string;
  created_by: string;
  /** The language the lead wrote in. */
  lang: string;
  title: string;
  goal: string;
  description: string;
  /** YYYY-MM-DD */
  starts_on: string;
  ends_on: string | null;
  status: ActionStatus;
  stop_reason: string | null;
  /** What it needs while it looks for partners (vocabulary.ts NEEDS, as bits). */
  need_bits: number;
  cause_bits: number;
  region_bits: number;
  /** 1 when the public list shows it. */
  listed: number;
  /** Weighted mean of the milestones' progress, 0–100, kept by the milestone writes. */
  progress: number;
  milestone_count: number;
  partner_count: number;
  created_at: string;
  updated_at: string;
  /** Set while the secretariat hides it (then `listed` is 0): when, why (its organisations read it), by whom. */
  hidden_at: string | null;
  hidden_reason: string | null;
  hidden_by: string | null;
  /** Set while the secretariat features it on the home page; never while hidden. */
  featured_at: string | null;
}

export interface ActionObstaclesTable {
  action_id: string;
  obstacle_id: string;
}

export interface ActionPartnersTable {
  action_id: string;
  org_id: string;
  state: PartnerState;
  /** Who started it: the lead ('invited') or the signatory ('asked'). */
  asked_by: string;
  asked_at: string;
  decided_by: string | null;
  decided_at: string | null;
}

export interface ActionMilestonesTable {
  id: string;
  action_id: string;
  title: string;
  due_on: string;
  weight: number;
  status: MilestoneStatus;
  /** 0–100 while under way; 100 when done; 0 when planned. */
  percent: number;
  done_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface ActionIndicatorsTable {
  id: string;
  action_id: string;
  name: string;
  unit: string;
  target: number;
  current_value: number;
  measured_on: string;
  created_at: string;
  updated_at: string;
}

export interface ActionUpdatesTable {
  id: string;
  action_id: string;
  org_id: string;
  author: string;
  body: string;
  posted_on: string;
  created_at: string;
}

/** The action's history as its page shows it: what changed, when, by which organisation. */
export interface ActionHistoryTable {
  id: string;
  action_id: string;
  at: string;
  actor: string;
  org_id: string | null;
  kind: string;
  /** A short text the line shows (a status, a milestone's title); never personal data. */
  detail: string | null;
}

/** Listed actions per status and need, and ('all', ''), kept by the writes. */
export interface ActionCountsTable {
  facet: string;
  value: string;
  n: number;
}

declare module '../../platform/db/schema.ts' {
  interface DB {
    actions: ActionsTable;
    action_obstacles: ActionObstaclesTable;
    action_partners: ActionPartnersTable;
    action_milestones: ActionMilestonesTable;
    action_indicators: ActionIndicatorsTable;
    action_updates: ActionUpdatesTable;
    action_history: ActionHistoryTable;
    action_counts: ActionCountsTable;
  }
}
