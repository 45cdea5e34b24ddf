import type { ReportingStatus } from './status.ts';
import type { ProgressStatus } from './progress.ts';

// One name per thing: every page, mail and export names a reporting status and a progress
// status with these keys (written literally for the catalogue test).

export const STATUS_LABEL: Record<ReportingStatus, string> = {
  notRequired: 'reports.status.notRequired',
  notOpen: 'reports.status.notOpen',
  notStarted: 'reports.status.notStarted',
  inProgress: 'reports.status.inProgress',
  reported: 'reports.status.reported',
  late: 'reports.status.late',
  notReporting: 'reports.status.notReporting',
};

/** The status with its day: "late since {since}", "reported on {since}". */
export const STATUS_SINCE: Partial<Record<ReportingStatus, string>> = {
  reported: 'reports.status.reportedOn',
  late: 'reports.status.lateSince',
  notReporting: 'reports.status.notReportingSince',
};

export const PROGRESS_LABEL: Record<ProgressStatus, string> = {
  achieved: 'reports.progress.achieved',
  onTrack: 'reports.progress.onTrack',
  needsAcceleration: 'reports.progress.needsAcceleration',
  limited: 'reports.progress.limited',
  deterioration: 'reports.progress.deterioration',
  notAssessable: 'reports.progress.notAssessable',
};
