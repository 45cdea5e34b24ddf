import type { ApplicationStatus } from './signing.table.ts';

// Catalogue keys chosen at run time, written out so the catalogue test sees each one used.

export const STATUS_LABEL: Record<ApplicationStatus, string> = {
  awaiting_executive: 'signing.status.awaiting_executive',
  awaiting_review: 'signing.status.awaiting_review',
  info_requested: 'signing.status.info_requested',
  approved: 'signing.status.approved',
  rejected: 'signing.status.rejected',
  declined: 'signing.status.declined',
};

export const STATUS_TONE: Record<ApplicationStatus, 'grey' | 'green' | 'blue' | 'red' | 'yellow'> = {
  awaiting_executive: 'yellow',
  awaiting_review: 'blue',
  info_requested: 'yellow',
  approved: 'green',
  rejected: 'red',
  declined: 'grey',
};

/** What happens next, from the applicant's side. */
export const STATUS_NEXT: Record<ApplicationStatus, string> = {
  awaiting_executive: 'signing.application.next.awaiting_executive',
  awaiting_review: 'signing.application.next.awaiting_review',
  info_requested: 'signing.application.next.info_requested',
  approved: 'signing.application.next.approved',
  rejected: 'signing.application.next.rejected',
  declined: 'signing.application.next.declined',
};

export const HISTORY_LABEL: Record<string, string> = {
  'signing.application_sent': 'signing.history.applied',
  'signing.link_resent': 'signing.history.link_resent',
  'signing.executive_signed': 'signing.history.signed',
  'signing.executive_declined': 'signing.history.declined',
  'signing.info_requested': 'signing.history.info_requested',
  'signing.info_replied': 'signing.history.info_replied',
  'signing.application_approved': 'signing.history.approved',
  'signing.application_rejected': 'signing.history.rejected',
  'signing.paper_signature_recorded': 'signing.history.paperRecorded',
};

export const SIGNING_METHOD = {
  online: 'signing.signature.method.online',
  paper: 'signing.signature.method.paper',
} as const;

export const LINK_PROBLEM = {
  unknown: ['signing.link.unknown.title', 'signing.link.unknown.body'],
  expired: ['signing.link.expired.title', 'signing.link.expired.body'],
} as const;

export const LOGO_ERROR = {
  tooLarge: 'signing.profile.logo.error.tooLarge',
  notImage: 'signing.profile.logo.error.notImage',
  tooManyPixels: 'signing.profile.logo.error.tooManyPixels',
} as const;
