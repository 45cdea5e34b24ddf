// The whole database as Kysely sees it. Each feature declares its own tables in
// <feature>.table.ts; this file only puts them together.
import type { AuditLogTable, JobsTable, RateLimitsTable, SettingsTable } from '../platform.table.ts';
import type {
  RecoveryCodesTable,
  SecondFactorsTable,
  SessionsTable,
  TokensTable,
  UsersTable,
} from '../../features/accounts/accounts.table.ts';
import type {
  CharterCommitmentsTable,
  CharterTextsTable,
  CharterVersionsTable,
} from '../../features/charter/charter.table.ts';
import type {
  InvitationsTable,
  MembershipsTable,
  OrganisationDescriptionsTable,
  OrganisationEventsTable,
  OrganisationLanguagesTable,
  OrganisationRegionsTable,
  OrganisationsTable,
} from '../../features/organisations/organisations.table.ts';
import type {
  ApplicationDraftsTable,
  ApplicationsTable,
  SignaturesTable,
} from '../../features/signing/signing.table.ts';

export interface DB {
  jobs: JobsTable;
  audit_log: AuditLogTable;
  rate_limits: RateLimitsTable;
  settings: SettingsTable;
  users: UsersTable;
  sessions: SessionsTable;
  tokens: TokensTable;
  second_factors: SecondFactorsTable;
  recovery_codes: RecoveryCodesTable;
  charter_versions: CharterVersionsTable;
  charter_texts: CharterTextsTable;
  charter_commitments: CharterCommitmentsTable;
  organisations: OrganisationsTable;
  organisation_regions: OrganisationRegionsTable;
  organisation_languages: OrganisationLanguagesTable;
  organisation_descriptions: OrganisationDescriptionsTable;
  organisation_events: OrganisationEventsTable;
  memberships: MembershipsTable;
  invitations: InvitationsTable;
  applications: ApplicationsTable;
  signatures: SignaturesTable;
  application_drafts: ApplicationDraftsTable;
}
