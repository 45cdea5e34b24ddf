// The obstacle register's tables (issue 7, commitment 2). An obstacle is reported by one
// signatory and tagged with the practices' words (causes, target groups, audiences) and the
// organisations' regions, as bit sets (vocabulary.ts). Other signatories endorse it ("we see
// this too"), once per organisation; `endorsement_count` is kept by those writes. The
// secretariat closes, hides or merges obstacles; a merged one stays as a row that points at the
// one it was merged into, so its address keeps answering (with a redirect).

/** open: public; closed: public, with the reason; merged: points at `merged_into` (never listed). */
export type ObstacleStatus = 'open' | 'closed' | 'merged';

export interface ObstaclesTable {
  id: string;
  /** In public URLs; the id answers too. */
  slug: string;
  /** The reporting organisation. */
  org_id: string;
  created_by: string;
  /** The language the reporter wrote in. */
  lang: string;
  title: string;
  description: string;
  evidence_text: string | null;
  evidence_link: string | null;
  /** A figure in words, as the reporter wrote it ("30% of our customers over 75 …"). */
  evidence_figure: string | null;
  cause_bits: number;
  group_bits: number;
  region_bits: number;
  audience_bits: number;
  status: ObstacleStatus;
  /** 1 when the public sees it (open or closed, and not hidden): what the list's indexes lead with. */
  listed: number;
  endorsement_count: number;
  close_reason: string | null;
  closed_at: string | null;
  /** Moderation: set while the secretariat hides it; the reporting organisation sees the reason. */
  hidden_reason: string | null;
  hidden_at: string | null;
  merged_into: string | null;
  merged_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ObstacleEndorsementsTable {
  obstacle_id: string;
  org_id: string;
  evidence: string | null;
  created_by: string;
  created_at: string;
}

/** Counts of listed obstacles per facet value ('all', '' counts them all), kept by the writes. */
export interface ObstacleCountsTable {
  facet: string;
  value: string;
  n: number;
}

declare module '../../platform/db/schema.ts' {
  interface DB {
    obstacles: ObstaclesTable;
    obstacle_endorsements: ObstacleEndorsementsTable;
    obstacle_counts: ObstacleCountsTable;
  }
}
