// The self-assessment's tables (issue 9). A run's answers are one row per cell in its scope
// (the scope is the set of rows); submitting freezes them. The latest level per organisation
// and cell, the peer counts and the profile row are kept by submit, never computed per request.
import type { Sector, SizeBand } from '../organisations/vocabulary.ts';
import type { Audience, FrameworkStatus } from './framework.ts';

export interface AssessmentFrameworksTable {
  version: number;
  status: FrameworkStatus;
  /** JSON of `FrameworkContent`, checked by `frameworkContentSchema` on every write. */
  content: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  superseded_at: string | null;
}

export type RunStatus = 'draft' | 'submitted';

export interface AssessmentRunsTable {
  id: string;
  org_id: string;
  framework_version: number;
  status: RunStatus;
  /** The organisation's run submitted before this one started: the comparison's base. */
  previous_run_id: string | null;
  started_by: string;
  started_at: string;
  updated_at: string;
  submitted_by: string | null;
  submitted_at: string | null;
  /** The year of submission (Brussels time), for the public line and the yearly counts. */
  year: number | null;
  dimension_count: number;
  cell_count: number;
  /** Set while the organisation shares this run with the secretariat. */
  shared_at: string | null;
  shared_by: string | null;
}

export interface AssessmentAnswersTable {
  run_id: string;
  dimension: string;
  audience: Audience;
  /** Null until answered. */
  level: number | null;
  evidence: string;
  /** One address per line. */
  links: string;
  /** Stored file's name under the data directory, with its original name, type and size. */
  file: string | null;
  file_name: string | null;
  file_type: string | null;
  file_bytes: number | null;
  /** What the organisation plans next for this cell. */
  plan: string;
  updated_by: string | null;
  updated_at: string | null;
}

export interface AssessmentLatestTable {
  org_id: string;
  dimension: string;
  audience: Audience;
  level: number;
  /** The organisation's sector and size band when this level was counted in the peer counts. */
  sector: Sector;
  size_band: SizeBand;
  run_id: string;
}

export interface AssessmentPeerCountsTable {
  sector: Sector;
  size_band: SizeBand;
  dimension: string;
  audience: Audience;
  level: number;
  organisations: number;
}

export interface AssessmentProfilesTable {
  org_id: string;
  /** 1 when the organisation shows "self-assessed in YEAR, N dimensions" on its profile. */
  public: number;
  last_run_id: string | null;
  last_submitted_at: string | null;
  last_year: number | null;
  last_dimensions: number;
  runs_submitted: number;
  /** The run being answered, if any: one draft at a time per organisation. */
  draft_run_id: string | null;
}

export interface AssessmentEditorsTable {
  org_id: string;
  user_id: string;
  added_by: string;
  added_at: string;
}

export interface AssessmentYearCountsTable {
  year: number;
  runs: number;
  organisations: number;
}

declare module '../../platform/db/schema.ts' {
  interface DB {
    assessment_frameworks: AssessmentFrameworksTable;
    assessment_runs: AssessmentRunsTable;
    assessment_answers: AssessmentAnswersTable;
    assessment_latest: AssessmentLatestTable;
    assessment_peer_counts: AssessmentPeerCountsTable;
    assessment_profiles: AssessmentProfilesTable;
    assessment_editors: AssessmentEditorsTable;
    assessment_year_counts: AssessmentYearCountsTable;
  }
}
