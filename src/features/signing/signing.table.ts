import type { Generated } from 'kysely';

/** How a signature was given: through the executive's link, or on the paper form. */
export type SigningMethod = 'online' | 'paper';

export type ApplicationStatus =
  'awaiting_executive' | 'awaiting_review' | 'info_requested' | 'approved' | 'rejected' | 'declined';

export interface ApplicationsTable {
  id: string;
  org_id: string;
  status: ApplicationStatus;
  applicant_user_id: string;
  contact_name: string;
  contact_email: string;
  executive_name: string;
  executive_title: string;
  executive_email: string;
  executive_lang: string;
  charter_version_id: string;
  token_hash: string | null;
  token_expires_at: string | null;
  submitted_at: string;
  executive_answered_at: string | null;
  decided_at: string | null;
  decided_by: string | null;
  decision_reason: string | null;
  info_request: string | null;
  /** Set when retention.ts blanked the names and addresses above. */
  erased_at: string | null;
  updated_at: string;
}

export interface SignaturesTable {
  id: string;
  org_id: string;
  application_id: string;
  charter_version_id: string;
  signer_name: string;
  signer_title: string;
  signer_email: string;
  lang: string;
  text_hash: string; // sha256 of the exact text shown to the signer
  signed_at: string;
  /** Set when retention.ts blanked the signer's name, title and address. */
  erased_at: string | null;
  method: Generated<SigningMethod>;
  /** Paper only: the scan of the signed form, in uploads/scans; only the secretariat sees it. */
  scan_file: string | null;
  /** Paper only: the secretariat account that recorded it. */
  recorded_by: string | null;
}

export interface ApplicationDraftsTable {
  user_id: string;
  data: string; // JSON of the form values as typed
  updated_at: string;
}

// The feature's tables, added to the platform's view of the database (see platform/db/schema.ts).
declare module '../../platform/db/schema.ts' {
  interface DB {
    applications: ApplicationsTable;
    signatures: SignaturesTable;
    application_drafts: ApplicationDraftsTable;
  }
}
