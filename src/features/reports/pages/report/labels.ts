import type { SectionState } from '../../read.ts';
import type { HeadlineColumn } from '../../repository-report.ts';

// The editor's names for what it shows, written literally for the catalogue test, and its
// addresses (after the language).

export const HEADLINE_LABEL: Record<HeadlineColumn, string> = {
  people_trained: 'reports.headline.peopleTrained',
  people_reached: 'reports.headline.peopleReached',
  training_hours: 'reports.headline.trainingHours',
  devices: 'reports.headline.devices',
};

export const HEADLINE_HINT: Record<HeadlineColumn, string> = {
  people_trained: 'reports.headline.peopleTrained.hint',
  people_reached: 'reports.headline.peopleReached.hint',
  training_hours: 'reports.headline.trainingHours.hint',
  devices: 'reports.headline.devices.hint',
};

export const SECTION_STATE_LABEL: Record<SectionState, string> = {
  notLooked: 'reports.section.state.notLooked',
  confirmed: 'reports.section.state.confirmed',
  corrected: 'reports.section.state.corrected',
  narrative: 'reports.section.state.narrative',
};

export const SECTION_STATE_TONE: Record<SectionState, 'grey' | 'green' | 'blue' | 'yellow'> = {
  notLooked: 'grey',
  confirmed: 'green',
  corrected: 'yellow',
  narrative: 'blue',
};

export const reportsPath = (orgId: string): string => `/organisations/${orgId}/reports`;
export const reportPath = (orgId: string, year: number): string => `${reportsPath(orgId)}/${year}`;
export const sectionPath = (orgId: string, year: number, commitment: number): string =>
  `${reportPath(orgId, year)}/sections/${commitment}`;
export const publicReportPath = (slug: string, year: number): string => `/signatories/${slug}/reports/${year}`;
