import { createHash, randomBytes } from 'node:crypto';
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { DB } from '../platform/db/schema.ts';
import { addMs, foldForSearch, newId } from '../platform/db/sql.ts';
import type { Lang } from '../platform/i18n/i18n.ts';
import { random, type Random } from '../platform/random.ts';
import type { OrgStatus } from '../features/organisations/organisations.table.ts';
import type { Region, Sector, SizeBand } from '../features/organisations/vocabulary.ts';
import type { ApplicationStatus } from '../features/signing/signing.table.ts';
import { checkDigits } from '../features/organisations/enterprise-number.ts';
import { slugFor } from '../features/organisations/service-registration.ts';
import { languageBits, regionBits } from '../features/organisations/tag-bits.ts';
import type { DemoStatus } from './seed-data.ts';
import { EXECUTIVE_TITLES, FIRST_NAMES, LAST_NAMES } from './seed-words.ts';

// Turns a planned organisation into the rows the app itself would have written along the way
// (application, executive's signature, secretariat's decision, public history), and inserts
// many of them at once: one multi-row INSERT per table and chunk, inside the caller's transaction.

const DAY = 24 * 3600_000;

export interface Rows {
  users: Insertable<DB['users']>[];
  organisations: Insertable<DB['organisations']>[];
  organisation_regions: Insertable<DB['organisation_regions']>[];
  organisation_languages: Insertable<DB['organisation_languages']>[];
  organisation_descriptions: Insertable<DB['organisation_descriptions']>[];
  memberships: Insertable<DB['memberships']>[];
  applications: Insertable<DB['applications']>[];
  signatures: Insertable<DB['signatures']>[];
  organisation_events: Insertable<DB['organisation_events']>[];
}

export const emptyRows = (): Rows => ({
  users: [],
  organisations: [],
  organisation_regions: [],
  organisation_languages: [],
  organisation_descriptions: [],
  memberships: [],
  applications: [],
  signatures: [],
  organisation_events: [],
});

/** Parent tables first, so foreign keys hold at every step. */
const ORDER: (keyof Rows)[] = [
  'users',
  'organisations',
  'organisation_regions',
  'organisation_languages',
  'organisation_descriptions',
  'memberships',
  'applications',
  'signatures',
  'organisation_events',
];

/** Stays well under SQLite's and PostgreSQL's limits on bound parameters per statement. */
const MAX_PARAMS = 30_000;

export async function insertRows(trx: Kysely<DB> | Transaction<DB>, rows: Rows): Promise<void> {
  for (const table of ORDER) {
    const list = rows[table] as Record<string, unknown>[];
    if (list.length === 0) continue;
    const perChunk = Math.max(1, Math.floor(MAX_PARAMS / Object.keys(list[0]!).length));
    for (let i = 0; i < list.length; i += perChunk) {
      await trx
        .insertInto(table)
        .values(list.slice(i, i + perChunk) as never)
        .execute();
    }
  }
}

export { random, type Random };

/** A valid enterprise number from its first eight digits. */
export function enterpriseNumber(firstEight: number): string {
  return `${String(firstEight).padStart(8, '0')}${String(checkDigits(firstEight)).padStart(2, '0')}`;
}

export interface Person {
  name: string;
  email: string;
  lang: Lang;
}

export interface OrgPlan {
  name: string;
  slug: string;
  enterpriseNumber: string;
  sector: Sector;
  size: SizeBand;
  regions: Region[];
  languages: Lang[];
  descriptions: { lang: Lang; text: string }[];
  website: string | null;
  status: DemoStatus;
  /** When the application was sent; the other moments follow from it. */
  appliedAt: string;
  /** Days between applying and the executive's signature, and between that and the decision. */
  signDelayDays: number;
  decideDelayDays: number;
  withdrawnAt?: string;
  withdrawalReason?: string;
  invitedById: string | null;
  /** An existing user who applies, or a person for whom a user (without password) is made. */
  applicant: { userId: string } | Person;
  executive: Person & { title: string };
  decidedBy: string | null;
  /** The secretariat's question (info_requested) or reason (rejected), in the applicant's language. */
  reviewNote?: string;
}

export interface CharterRef {
  versionId: string;
  version: number;
  /** SHA-256 of the text shown to a signer in each language. */
  hash: (lang: Lang) => string;
}

const APPLICATION_STATUS: Record<DemoStatus, ApplicationStatus> = {
  signatory: 'approved',
  withdrawn: 'approved',
  awaiting_executive: 'awaiting_executive',
  awaiting_review: 'awaiting_review',
  info_requested: 'info_requested',
  rejected: 'rejected',
  declined: 'declined',
};

/** Adds one organisation and everything that goes with it to `rows`; returns its id. */
export function addOrganisation(rows: Rows, plan: OrgPlan, charter: CharterRef): string {
  const orgId = newId();
  const applied = plan.appliedAt;
  const signed = addMs(applied, plan.signDelayDays * DAY + 3 * 3600_000);
  const decided = addMs(signed, plan.decideDelayDays * DAY + 2 * 3600_000);
  const executiveSigned = plan.status !== 'awaiting_executive' && plan.status !== 'declined';
  const approved = plan.status === 'signatory' || plan.status === 'withdrawn';
  const orgStatus: OrgStatus =
    plan.status === 'signatory' || plan.status === 'withdrawn' || plan.status === 'rejected'
      ? plan.status
      : 'applicant';
  // A withdrawal comes after the approval and never in the future.
  const withdrawnAt =
    plan.status === 'withdrawn' && plan.withdrawnAt
      ? new Date(
          Math.max(Date.parse(addMs(decided, DAY)), Math.min(Date.parse(plan.withdrawnAt), Date.now() - 3600_000)),
        ).toISOString()
      : undefined;

  let applicantId: string;
  if ('userId' in plan.applicant) {
    applicantId = plan.applicant.userId;
  } else {
    applicantId = newId();
    rows.users.push({
      id: applicantId,
      email: plan.applicant.email,
      name: plan.applicant.name,
      password_hash: null,
      locale: plan.applicant.lang,
      email_verified_at: applied,
      is_secretariat: 0,
      failed_logins: 0,
      locked_until: null,
      created_at: applied,
      updated_at: applied,
    });
  }
  const contact = 'userId' in plan.applicant ? plan.executive : plan.applicant;

  rows.organisations.push({
    id: orgId,
    slug: plan.slug,
    enterprise_number: plan.enterpriseNumber,
    legal_name: plan.name,
    search_name: foldForSearch(plan.name),
    sector: plan.sector,
    size_band: plan.size,
    website: plan.website,
    logo_file: null,
    status: orgStatus,
    signed_at: approved ? signed : null,
    charter_version: approved ? charter.version : null,
    invited_by_org_id: plan.invitedById,
    region_bits: regionBits(plan.regions),
    language_bits: languageBits(plan.languages),
    created_at: applied,
    updated_at: withdrawnAt ?? (approved ? decided : applied),
  });
  for (const region of plan.regions) rows.organisation_regions.push({ org_id: orgId, region });
  for (const lang of plan.languages) rows.organisation_languages.push({ org_id: orgId, lang });
  for (const d of plan.descriptions) rows.organisation_descriptions.push({ org_id: orgId, lang: d.lang, text: d.text });
  rows.memberships.push({ org_id: orgId, user_id: applicantId, role: 'admin', created_at: applied });

  const applicationId = newId();
  const status = APPLICATION_STATUS[plan.status];
  const decidedNow = approved || plan.status === 'rejected';
  rows.applications.push({
    id: applicationId,
    org_id: orgId,
    status,
    applicant_user_id: applicantId,
    contact_name: contact.name,
    contact_email: contact.email,
    executive_name: plan.executive.name,
    executive_title: plan.executive.title,
    executive_email: plan.executive.email,
    executive_lang: plan.executive.lang,
    charter_version_id: charter.versionId,
    // A pending executive link: only its hash is stored, and nobody holds the token.
    token_hash: status === 'awaiting_executive' ? createHash('sha256').update(randomBytes(32)).digest('hex') : null,
    token_expires_at: status === 'awaiting_executive' ? addMs(applied, 30 * DAY) : null,
    submitted_at: applied,
    executive_answered_at: plan.status === 'awaiting_executive' ? null : signed,
    decided_at: decidedNow ? decided : null,
    decided_by: decidedNow ? plan.decidedBy : null,
    decision_reason: plan.status === 'rejected' ? (plan.reviewNote ?? null) : null,
    info_request: plan.status === 'info_requested' ? (plan.reviewNote ?? null) : null,
    updated_at: decidedNow ? decided : signed,
  });

  const event = (kind: DB['organisation_events']['kind'], at: string, note: string | null = null) =>
    rows.organisation_events.push({
      id: newId(),
      org_id: orgId,
      at,
      kind,
      note,
      charter_version: kind === 'applied' ? null : charter.version,
    });
  event('applied', applied);
  if (executiveSigned) {
    rows.signatures.push({
      id: newId(),
      org_id: orgId,
      application_id: applicationId,
      charter_version_id: charter.versionId,
      signer_name: plan.executive.name,
      signer_title: plan.executive.title,
      signer_email: plan.executive.email,
      lang: plan.executive.lang,
      text_hash: charter.hash(plan.executive.lang),
      signed_at: signed,
    });
    event('signed', signed);
  }
  if (approved) event('approved', decided);
  if (plan.status === 'rejected') event('rejected', decided);
  if (withdrawnAt) event('withdrawn', withdrawnAt, plan.withdrawalReason ?? null);
  return orgId;
}

/** A slug the app would choose, made unique against `taken` the way registration does. */
export function uniqueSlug(name: string, enterprise: string, taken: Set<string>): string {
  const base = slugFor(name);
  const slug = taken.has(base) ? `${base}-${enterprise}` : base;
  taken.add(slug);
  return slug;
}

/** "digitaal-samen-vzw" → "digitaal-samen-vzw.example": never a real domain, unique like the slug. */
export function exampleDomain(slug: string): string {
  return `${slug}.example`;
}

const ascii = (s: string) => foldForSearch(s).replace(/[^a-z0-9]+/g, '');

export function person(rnd: Random, lang: Lang, domain: string): Person {
  const first = rnd.pick(FIRST_NAMES[lang]);
  const last = rnd.pick(LAST_NAMES[lang]);
  return { name: `${first} ${last}`, email: `${ascii(first)}.${ascii(last)}@${domain}`, lang };
}

export function executive(rnd: Random, lang: Lang, domain: string): Person & { title: string } {
  const p = person(rnd, lang, domain);
  return { ...p, email: `direction.${p.email}`, title: rnd.pick(EXECUTIVE_TITLES[lang]) };
}
