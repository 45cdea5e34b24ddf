// The reports' tables (issue 10, commitment 9). A report is a draft until submitted, then frozen;
// a correction afterwards is an amendment. Statuses and totals are kept by writes and the daily
// job (ADR 0032), never computed per request.
import type { Generated } from 'kysely';
import type { ReportingStatus } from './status.ts';
import type { Direction } from './progress.ts';

export interface ReportingCyclesTable {
  year: number;
  opens_on: string;
  due_on: string;
  grace_until: string;
  /** JSON array of day offsets from the deadline: reminders on those days. */
  reminder_offsets: string;
  opened_by: string;
  opened_at: string;
  updated_at: string;
  last_day: string | null;
  required_count: Generated<number>;
  not_started_count: Generated<number>;
  in_progress_count: Generated<number>;
  reported_count: Generated<number>;
  late_count: Generated<number>;
  not_reporting_count: Generated<number>;
}

export type ReportState = 'draft' | 'submitted';

export interface ReportsTable {
  id: string;
  org_id: string;
  year: number;
  lang: string;
  status: ReportState;
  private: Generated<number>;
  people_trained: number | null;
  people_reached: number | null;
  training_hours: number | null;
  devices: number | null;
  headline_version: Generated<number>;
  /** Who saved the headline figures last, and when (migration 0039). */
  headline_updated_by: string | null;
  headline_updated_at: string | null;
  amendment_count: Generated<number>;
  created_by: string;
  created_at: string;
  updated_at: string;
  submitted_by: string | null;
  submitted_at: string | null;
}

export interface ReportSectionsTable {
  report_id: string;
  commitment: number;
  /** JSON of `CommitmentPart['done']`: what the platform knew for the year when the report began. */
  facts: string;
  confirmed: Generated<number>;
  correction: Generated<string>;
  worked: Generated<string>;
  hard: Generated<string>;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: string | null;
}

export interface ReportTargetsTable {
  id: string;
  org_id: string;
  set_in_report_id: string;
  indicator: string;
  unit: Generated<string>;
  direction: Direction;
  base_year: number;
  /** Decimal text ("12.5"). */
  base_value: string;
  target_year: number;
  target_value: string;
  reached_value: string | null;
  reached_report_id: string | null;
  /** The `ProgressStatus` computed when the value reached was entered. */
  progress: string | null;
  created_at: string;
  updated_at: string;
}

export interface ReportStatementsTable {
  report_id: string;
  executive_name: string;
  executive_email: string;
  executive_role: Generated<string>;
  lang: string;
  token_hash: string | null;
  expires_at: string | null;
  requested_by: string;
  requested_at: string;
  text_hash: string | null;
  signed_name: string | null;
  signed_at: string | null;
}

export interface ReportAmendmentsTable {
  id: string;
  report_id: string;
  /** 'headline' or a commitment's number as text. */
  part: string;
  reason: string;
  before: string;
  after: string;
  made_by: string;
  made_at: string;
}

export interface ReportingStatusesTable {
  org_id: string;
  year: number;
  status: ReportingStatus;
  since: string | null;
  after_deadline: Generated<number>;
  updated_at: string;
}

export type TotalsScope = 'all' | 'sector' | 'region';

export interface ReportTotalsTable {
  year: number;
  scope: TotalsScope;
  code: string;
  reports: Generated<number>;
  people_trained: Generated<number>;
  people_reached: Generated<number>;
  training_hours: Generated<number>;
  devices: Generated<number>;
  targets_due: Generated<number>;
  targets_met: Generated<number>;
  commitment_1: Generated<number>;
  commitment_2: Generated<number>;
  commitment_3: Generated<number>;
  commitment_4: Generated<number>;
  commitment_5: Generated<number>;
  commitment_6: Generated<number>;
  commitment_7: Generated<number>;
  commitment_8: Generated<number>;
  commitment_9: Generated<number>;
}

declare module '../../platform/db/schema.ts' {
  interface DB {
    reporting_cycles: ReportingCyclesTable;
    reports: ReportsTable;
    report_sections: ReportSectionsTable;
    report_targets: ReportTargetsTable;
    report_statements: ReportStatementsTable;
    report_amendments: ReportAmendmentsTable;
    reporting_statuses: ReportingStatusesTable;
    report_totals: ReportTotalsTable;
  }
}
