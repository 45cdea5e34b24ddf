import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { wholeSelection as wholeSelectionOf } from './repository-directory.ts';
// What other features may read of the public organisations: the directory of signatories, its
// open data and its API (features/signatories), and the home page's count. Read-only; every
// query is in repository-directory.ts, next to the tables it reads.
export {
  brusselsYear,
  chainRoots,
  countSelection,
  countSignatories,
  descriptionsOf,
  matchNames,
  NAME_SEARCH_CAP,
  pageOfSelection,
  PUBLIC_STATUSES,
  publicEventsOf,
  publicInvitees,
  publicInviteesOf,
  publicOrganisationById,
  publicOrganisationBySlug,
  signingYears,
  SORTS,
  statusesFor,
  tagsOf,
  tagsFromBits,
  wholeSelection,
  yearBounds,
  type Cursor,
  type DirectoryFilter,
  type NameMatch,
  type ReportingChoice,
  type SortOrder,
  type Tags,
} from './repository-directory.ts';

// The values the directory shows, as this feature stores them: other features name them through
// this file, never through organisations.table.ts.
export type { OrgStatus, Region, Sector, SizeBand } from './organisations.table.ts';
/** The kinds of event in an organisation's history. */
export type OrgEventKind = import('./organisations.table.ts').OrganisationEventsTable['kind'];

/**
 * Every signatory (not applicants, not withdrawn), by name, whole rows: what each feature's
 * `seed --demo` spreads its data over. Demo-sized only: it reads the whole selection.
 */
export async function signatoriesByName(db: Kysely<DB>) {
  const all = await wholeSelectionOf(db, {
    q: null,
    sector: null,
    region: null,
    language: null,
    year: null,
    includeWithdrawn: false,
    sort: 'name',
  });
  return all.filter((o) => o.status === 'signatory');
}
