// The activity log's tables (issue 8, commitments 4, 5, 6 and 8). One row is one thing an
// organisation did: a training, an awareness session, promoting the charter, taking part in a
// campaign, an online-safety action. Multi-valued tags are bit sets (vocabulary.ts), as the
// obstacles store theirs. `activity_totals` is what pages read instead of the rows: the writes
// keep it in their own transaction (totals.ts, ADR 0024).

import type { ActivityKind, SafetyKind, Visibility } from './vocabulary.ts';

/** form: typed in the log's form; import: from a spreadsheet (the bulk import, later). */
export type ActivitySource = 'form' | 'import';

export interface ActivitiesTable {
  id: string;
  org_id: string;
  kind: ActivityKind;
  /** For online-safety actions only: which kind of action. */
  safety_kind: SafetyKind | null;
  title: string;
  description: string | null;
  /** YYYY-MM-DD */
  starts_on: string;
  ends_on: string | null;
  /** The year of `starts_on`: the year whose totals the activity counts in. */
  year: number;
  commitment_bits: number;
  audience_bits: number;
  group_bits: number;
  digcomp_bits: number;
  region_bits: number;
  people_reached: number;
  /** For trainings only: time per person, in minutes (1.5 hours is 90). */
  minutes_per_person: number | null;
  evidence_link: string | null;
  visibility: Visibility;
  /** The campaign it took part in (the campaigns feature, later; no foreign key yet). */
  campaign_id: string | null;
  source: ActivitySource;
  created_by: string;
  updated_by: string;
  created_at: string;
  updated_at: string;
}

/**
 * Per organisation, year, commitment (0: every activity once, whatever its commitments) and
 * visibility: how many activities, how many people they reached, and for trainings the time
 * spent (people × minutes per person). Kept by the writes; never counted per request.
 */
export interface ActivityTotalsTable {
  org_id: string;
  year: number;
  commitment: number;
  visibility: Visibility;
  entries: number;
  people: number;
  training_minutes: number;
}

declare module '../../platform/db/schema.ts' {
  interface DB {
    activities: ActivitiesTable;
    activity_totals: ActivityTotalsTable;
  }
}
