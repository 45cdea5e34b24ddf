import type { Generated } from 'kysely';
import type { Region, Sector, SizeBand } from './vocabulary.ts';

// The sector, size and region codes belong to the organisation vocabulary (vocabulary.ts).
export type { Region, Sector, SizeBand } from './vocabulary.ts';
import type { MemberRole } from '../../platform/auth/principal.ts';

// The role is the platform's (its permissions read it); the organisations feature stores it.
export type { MemberRole };
export type OrgStatus = 'applicant' | 'signatory' | 'withdrawn' | 'rejected';

export interface OrganisationsTable {
  id: string;
  slug: string;
  enterprise_number: string; // 10 digits, no separators
  legal_name: string;
  search_name: string; // folded legal name for search
  sector: Sector;
  size_band: SizeBand;
  website: string | null;
  logo_file: string | null;
  status: OrgStatus;
  signed_at: string | null;
  charter_version: number | null;
  invited_by_org_id: string | null;
  /** The regions and languages rows as bit sets, for the directory's filters (tag-bits.ts). */
  region_bits: Generated<number>;
  language_bits: Generated<number>;
  /** How the current signature was given (signing's SigningMethod), for the open data. */
  signed_via: Generated<'online' | 'paper'>;
  /**
   * Its status in the latest reporting cycle opened for it (the reports feature's status names)
   * and that cycle's year, for the directory's filter; kept by triggers from `reporting_statuses`
   * (migration 0041). Null when it never had to report.
   */
  report_year: number | null;
  report_status: string | null;
  created_at: string;
  updated_at: string;
}

export interface OrganisationRegionsTable {
  org_id: string;
  region: Region;
}

export interface OrganisationLanguagesTable {
  org_id: string;
  lang: string;
}

export interface OrganisationDescriptionsTable {
  org_id: string;
  lang: string;
  text: string;
}

export interface MembershipsTable {
  org_id: string;
  user_id: string;
  role: MemberRole;
  created_at: string;
}

export interface InvitationsTable {
  id: string;
  org_id: string;
  email: string;
  role: MemberRole;
  token_hash: string;
  invited_by: string;
  expires_at: string;
  accepted_at: string | null;
  created_at: string;
}

/** Public status history: applied, signed, approved, withdrawn… */
export interface OrganisationEventsTable {
  id: string;
  org_id: string;
  at: string;
  kind: 'applied' | 'signed' | 'signed_on_paper' | 'approved' | 'rejected' | 'withdrawn' | 'resigned';
  note: string | null;
  charter_version: number | null;
}

/**
 * How many organisations have each combination of what the directory filters on; kept by
 * database triggers on `organisations` (migration 0012, ADR 0011). Year 0: not signed.
 */
export interface OrganisationCountsTable {
  status: OrgStatus;
  sector: Sector;
  region_bits: number;
  language_bits: number;
  year: number;
  n: number;
}

/** `organisation_counts` by reporting status too, for organisations that have one (migration 0041). */
export interface OrganisationReportCountsTable extends OrganisationCountsTable {
  report_year: number;
  report_status: string;
}

// The feature's tables, added to the platform's view of the database (see platform/db/schema.ts).
declare module '../../platform/db/schema.ts' {
  interface DB {
    organisations: OrganisationsTable;
    organisation_regions: OrganisationRegionsTable;
    organisation_languages: OrganisationLanguagesTable;
    organisation_descriptions: OrganisationDescriptionsTable;
    organisation_events: OrganisationEventsTable;
    memberships: MembershipsTable;
    invitations: InvitationsTable;
    organisation_counts: OrganisationCountsTable;
    organisation_report_counts: OrganisationReportCountsTable;
  }
}
