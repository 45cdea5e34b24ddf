import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { foldForSearch, newId, now } from '../../platform/db/sql.ts';
import { audit } from '../../platform/audit/audit.ts';
import { contentChanged } from '../../platform/http/page-cache.ts';
import { LANGS, type Lang } from '../../platform/i18n/i18n.ts';
import type { OrganisationEventsTable, OrgStatus, Region, Sector, SizeBand } from './organisations.table.ts';
import type { ProfileInput } from './profile-schema.ts';
import { languageBits, regionBits } from './tag-bits.ts';
import { inListOrder, REGIONS } from './vocabulary.ts';
import * as repo from './repository.ts';
import { indexOrganisations } from './search-index.ts';
import { ORGANISATIONS_CONTENT } from './content.ts';

export { ORGANISATIONS_CONTENT };

// What the signing journey needs from the organisations side: find an organisation by its
// enterprise number, create or re-open an applicant, record its public history, and mark it
// a signatory or rejected. Every function that changes data takes the caller's transaction.

type Db = Kysely<DB> | Transaction<DB>;

export interface OrganisationRef {
  id: string;
  slug: string;
  legalName: string;
  enterpriseNumber: string;
  status: OrgStatus;
}

const REF_COLUMNS = ['id', 'slug', 'legal_name', 'enterprise_number', 'status'] as const;
const toRef = (r: {
  id: string;
  slug: string;
  legal_name: string;
  enterprise_number: string;
  status: OrgStatus;
}): OrganisationRef => ({
  id: r.id,
  slug: r.slug,
  legalName: r.legal_name,
  enterpriseNumber: r.enterprise_number,
  status: r.status,
});

export async function findByEnterpriseNumber(db: Db, digits: string): Promise<OrganisationRef | null> {
  const row = await db
    .selectFrom('organisations')
    .select(REF_COLUMNS)
    .where('enterprise_number', '=', digits)
    .executeTakeFirst();
  return row ? toRef(row) : null;
}

/** A signatory by its public slug (for "invited by" links). */
export async function findSignatoryBySlug(db: Db, slug: string): Promise<OrganisationRef | null> {
  // Slugs are ours: lower-case letters, digits and dashes. Anything else is not looked up.
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null;
  const row = await db
    .selectFrom('organisations')
    .select(REF_COLUMNS)
    .where('slug', '=', slug)
    .where('status', '=', 'signatory')
    .executeTakeFirst();
  return row ? toRef(row) : null;
}

/** Names, slugs and numbers of several organisations in one query. */
export async function organisationRefs(db: Db, ids: readonly string[]): Promise<Map<string, OrganisationRef>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('organisations')
    .select(REF_COLUMNS)
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, toRef(r)]));
}

/** The people who administer an organisation. */
export async function adminUserIds(db: Db, orgId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('memberships')
    .select('user_id')
    .where('org_id', '=', orgId)
    .where('role', '=', 'admin')
    .execute();
  return rows.map((r) => r.user_id);
}

/** The administrators of several organisations at once (a page of them: one query). */
export async function adminUserIdsOf(db: Db, orgIds: readonly string[]): Promise<string[]> {
  if (orgIds.length === 0) return [];
  const rows = await db
    .selectFrom('memberships')
    .select('user_id')
    .where('org_id', 'in', orgIds)
    .where('role', '=', 'admin')
    .execute();
  return rows.map((r) => r.user_id);
}

/** The people who belong to an organisation, whatever their role. */
export async function memberUserIds(db: Db, orgId: string): Promise<string[]> {
  const rows = await db.selectFrom('memberships').select('user_id').where('org_id', '=', orgId).execute();
  return rows.map((r) => r.user_id);
}

export interface OrganisationProfile extends ProfileInput, OrganisationRef {
  logoFile: string | null;
  invitedBy: OrganisationRef | null;
  signedAt: string | null;
  charterVersion: number | null;
}

/** Everything the profile holds, in four queries whatever the number of regions or languages. */
export async function organisationProfile(db: Db, orgId: string): Promise<OrganisationProfile | null> {
  const org = await db.selectFrom('organisations').selectAll().where('id', '=', orgId).executeTakeFirst();
  if (!org) return null;
  const [regions, languages, descriptions, inviter] = await Promise.all([
    db.selectFrom('organisation_regions').select('region').where('org_id', '=', orgId).execute(),
    db.selectFrom('organisation_languages').select('lang').where('org_id', '=', orgId).execute(),
    db.selectFrom('organisation_descriptions').select(['lang', 'text']).where('org_id', '=', orgId).execute(),
    org.invited_by_org_id
      ? db.selectFrom('organisations').select(REF_COLUMNS).where('id', '=', org.invited_by_org_id).executeTakeFirst()
      : Promise.resolve(undefined),
  ]);
  return {
    ...toRef(org),
    sector: org.sector,
    sizeBand: org.size_band,
    website: org.website,
    regions: regions.map((r) => r.region).sort(inListOrder(REGIONS)),
    languages: LANGS.filter((l) => languages.some((r) => r.lang === l)),
    descriptions: Object.fromEntries(
      descriptions.filter((d) => (LANGS as readonly string[]).includes(d.lang)).map((d) => [d.lang, d.text]),
    ),
    logoFile: org.logo_file,
    invitedBy: inviter ? toRef(inviter) : null,
    signedAt: org.signed_at,
    charterVersion: org.charter_version,
  };
}

/** "Société Générale de Belgique" → "societe-generale-de-belgique". */
export function slugFor(name: string): string {
  const base = foldForSearch(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return base || 'organisation';
}

async function freeSlug(db: Db, name: string, enterpriseNumber: string): Promise<string> {
  const base = slugFor(name);
  const candidates = [base, `${base}-${enterpriseNumber}`];
  const taken = new Set(
    (await db.selectFrom('organisations').select('slug').where('slug', 'in', candidates).execute()).map((r) => r.slug),
  );
  return candidates.find((c) => !taken.has(c)) ?? `${base}-${newId().slice(0, 8)}`;
}

/**
 * Replaces the profile's regions, languages and descriptions, and its main fields.
 * The profile edit page uses it too. The logo is left alone unless `logoFile` is given.
 */
export async function saveProfileDetails(
  trx: Transaction<DB>,
  orgId: string,
  profile: ProfileInput,
  logoFile?: string | null,
): Promise<void> {
  await trx
    .updateTable('organisations')
    .set({
      legal_name: profile.legalName,
      search_name: foldForSearch(profile.legalName),
      sector: profile.sector,
      size_band: profile.sizeBand,
      website: profile.website,
      region_bits: regionBits(profile.regions),
      language_bits: languageBits(profile.languages),
      ...(logoFile !== undefined ? { logo_file: logoFile } : {}),
      updated_at: now(),
    })
    .where('id', '=', orgId)
    .execute();
  await contentChanged(trx, ORGANISATIONS_CONTENT);
  await trx.deleteFrom('organisation_regions').where('org_id', '=', orgId).execute();
  await trx.deleteFrom('organisation_languages').where('org_id', '=', orgId).execute();
  await trx.deleteFrom('organisation_descriptions').where('org_id', '=', orgId).execute();
  if (profile.regions.length) {
    await trx
      .insertInto('organisation_regions')
      .values(profile.regions.map((region: Region) => ({ org_id: orgId, region })))
      .execute();
  }
  if (profile.languages.length) {
    await trx
      .insertInto('organisation_languages')
      .values(profile.languages.map((lang: Lang) => ({ org_id: orgId, lang })))
      .execute();
  }
  const descriptions = Object.entries(profile.descriptions).filter(([, text]) => text);
  if (descriptions.length) {
    await trx
      .insertInto('organisation_descriptions')
      .values(descriptions.map(([lang, text]) => ({ org_id: orgId, lang, text: text! })))
      .execute();
  }
  // The name search reads the index: it changes with the name and the descriptions.
  await indexOrganisations(trx, [orgId]);
}

export interface ApplicantInput {
  enterpriseNumber: string;
  profile: ProfileInput;
  /** A new logo (already stored); null keeps the one a re-opened organisation had. */
  logoFile: string | null;
  invitedByOrgId: string | null;
  applicantUserId: string;
  /**
   * False when the secretariat records a paper signature: the person recording it does not
   * join the organisation (default true: the online applicant becomes its administrator).
   */
  asAdmin?: boolean;
}

/**
 * Creates the organisation as an applicant, or re-opens an existing one (a withdrawn or rejected
 * organisation, or an applicant whose executive declined) in the same row, and makes the
 * applicant one of its administrators. Returns the organisation and the logo it replaced.
 */
export async function openApplicantOrganisation(
  trx: Transaction<DB>,
  input: ApplicantInput,
  existingId: string | null,
): Promise<{ org: OrganisationRef; replacedLogo: string | null }> {
  const at = now();
  let org: OrganisationRef;
  let replacedLogo: string | null = null;
  if (existingId) {
    const before = await trx
      .selectFrom('organisations')
      .select(['logo_file', 'status'])
      .where('id', '=', existingId)
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('organisations')
      .set({
        status: 'applicant',
        signed_at: null,
        charter_version: null,
        invited_by_org_id: input.invitedByOrgId,
        updated_at: at,
      })
      .where('id', '=', existingId)
      .execute();
    await contentChanged(trx, ORGANISATIONS_CONTENT);
    await saveProfileDetails(trx, existingId, input.profile, input.logoFile ?? undefined);
    if (input.logoFile && before.logo_file !== input.logoFile) replacedLogo = before.logo_file;
    const row = await trx
      .selectFrom('organisations')
      .select(REF_COLUMNS)
      .where('id', '=', existingId)
      .executeTakeFirstOrThrow();
    org = toRef(row);
    await audit(trx, {
      actor: input.applicantUserId,
      action: 'organisations.organisation_reopened',
      subjectType: 'organisation',
      subjectId: org.id,
      details: { previousStatus: before.status, legalName: org.legalName },
    });
  } else {
    const id = newId();
    const slug = await freeSlug(trx, input.profile.legalName, input.enterpriseNumber);
    await trx
      .insertInto('organisations')
      .values({
        id,
        slug,
        enterprise_number: input.enterpriseNumber,
        legal_name: input.profile.legalName,
        search_name: foldForSearch(input.profile.legalName),
        sector: input.profile.sector as Sector,
        size_band: input.profile.sizeBand as SizeBand,
        website: input.profile.website,
        logo_file: input.logoFile,
        status: 'applicant',
        signed_at: null,
        charter_version: null,
        invited_by_org_id: input.invitedByOrgId,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await saveProfileDetails(trx, id, input.profile);
    org = {
      id,
      slug,
      legalName: input.profile.legalName,
      enterpriseNumber: input.enterpriseNumber,
      status: 'applicant',
    };
    await audit(trx, {
      actor: input.applicantUserId,
      action: 'organisations.organisation_created',
      subjectType: 'organisation',
      subjectId: id,
      details: { legalName: org.legalName, enterpriseNumber: org.enterpriseNumber, slug },
    });
  }
  if (input.asAdmin !== false) await makeAdmin(trx, org.id, input.applicantUserId);
  return { org, replacedLogo };
}

async function makeAdmin(trx: Transaction<DB>, orgId: string, userId: string): Promise<void> {
  const existing = await trx
    .selectFrom('memberships')
    .select('role')
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (existing?.role === 'admin') return;
  if (existing) {
    await trx
      .updateTable('memberships')
      .set({ role: 'admin' })
      .where('org_id', '=', orgId)
      .where('user_id', '=', userId)
      .execute();
  } else {
    await trx
      .insertInto('memberships')
      .values({ org_id: orgId, user_id: userId, role: 'admin', created_at: now() })
      .execute();
  }
  await audit(trx, {
    actor: userId,
    action: 'organisations.member_added',
    subjectType: 'organisation',
    subjectId: orgId,
    details: { userId, role: 'admin' },
  });
}

/** A line in the organisation's public history (applied, signed, approved …). */
export async function recordOrganisationEvent(
  trx: Transaction<DB>,
  event: {
    orgId: string;
    kind: OrganisationEventsTable['kind'];
    at?: string;
    note?: string | null;
    charterVersion?: number | null;
  },
): Promise<void> {
  await trx
    .insertInto('organisation_events')
    .values({
      id: newId(),
      org_id: event.orgId,
      at: event.at ?? now(),
      kind: event.kind,
      note: event.note ?? null,
      charter_version: event.charterVersion ?? null,
    })
    .execute();
  // A profile lists its public events (signed, renewed, withdrawn).
  await contentChanged(trx, ORGANISATIONS_CONTENT);
}

/** The organisation becomes a signatory from the day its executive signed (online unless said otherwise). */
export async function markSignatory(
  trx: Transaction<DB>,
  orgId: string,
  opts: { signedAt: string; charterVersion: number; actor: string; via?: 'online' | 'paper' },
): Promise<void> {
  await repo.setStatus(trx, orgId, 'signatory', now(), {
    signedAt: opts.signedAt,
    charterVersion: opts.charterVersion,
  });
  await repo.setSignedVia(trx, orgId, opts.via ?? 'online');
  await audit(trx, {
    actor: opts.actor,
    action: 'organisations.became_signatory',
    subjectType: 'organisation',
    subjectId: orgId,
    details: { signedAt: opts.signedAt, charterVersion: opts.charterVersion, via: opts.via ?? 'online' },
  });
}

export async function markRejected(trx: Transaction<DB>, orgId: string, opts: { actor: string }): Promise<void> {
  await repo.setStatus(trx, orgId, 'rejected', now());
  await audit(trx, {
    actor: opts.actor,
    action: 'organisations.marked_rejected',
    subjectType: 'organisation',
    subjectId: orgId,
  });
}

// ——— for the reporting cycles (features/reports): who must report, and whom to remind ———

export interface SignatoryMark {
  id: string;
  signedAt: string;
}

/**
 * Signatories that signed before `before` (an ISO moment), by signing moment then id, a page at a
 * time after `after`: the organisations a reporting cycle requires, read through the
 * (status, signed_at, id) index, never the whole table at once.
 */
export async function signatoriesSignedBefore(
  db: Db,
  before: string,
  after: SignatoryMark | null,
  limit: number,
): Promise<SignatoryMark[]> {
  let q = db
    .selectFrom('organisations')
    .select(['id', 'signed_at'])
    .where('status', '=', 'signatory')
    .where('signed_at', '<', before);
  if (after)
    q = q.where((eb) =>
      eb.or([
        eb('signed_at', '>', after.signedAt),
        eb.and([eb('signed_at', '=', after.signedAt), eb('id', '>', after.id)]),
      ]),
    );
  const rows = await q.orderBy('signed_at').orderBy('id').limit(limit).execute();
  return rows.map((r) => ({ id: r.id, signedAt: r.signed_at! }));
}

/** When each of these organisations signed, or null when it is not a signatory (any more), in one query. */
export async function signaturesOf(db: Db, ids: readonly string[]): Promise<Map<string, string | null>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('organisations')
    .select(['id', 'status', 'signed_at'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.status === 'signatory' ? r.signed_at : null]));
}

/** The administrators of several organisations, as (organisation, person) pairs, in one query. */
export async function administratorsOf(
  db: Db,
  orgIds: readonly string[],
): Promise<{ orgId: string; userId: string }[]> {
  if (orgIds.length === 0) return [];
  const rows = await db
    .selectFrom('memberships')
    .select(['org_id', 'user_id'])
    .where('org_id', 'in', [...new Set(orgIds)])
    .where('role', '=', 'admin')
    .execute();
  return rows.map((r) => ({ orgId: r.org_id, userId: r.user_id }));
}
