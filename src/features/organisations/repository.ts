import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Dialect } from '../../platform/db/database.ts';
import { contentChanged } from '../../platform/http/page-cache.ts';
import type { MemberRole, OrgStatus, OrganisationEventsTable } from './organisations.table.ts';
import { LANGUAGE_BITS, REGION_BITS } from './tag-bits.ts';
import { ORGANISATIONS_CONTENT } from './content.ts';

// Plain queries for the organisation space. Services own transactions and permission checks.
// Only this feature's tables: people appear by user id, and the services ask the accounts
// service for their names and addresses.

type Db = Kysely<DB> | Transaction<DB>;

export async function organisationById(db: Db, orgId: string) {
  return db.selectFrom('organisations').selectAll().where('id', '=', orgId).executeTakeFirst();
}

/**
 * Reads the organisation inside a transaction and, on PostgreSQL, locks its row, so two
 * admins changing members at the same moment are served one after the other (SQLite has
 * one writer at a time anyway). The last-admin rule depends on it.
 */
export async function lockOrganisation(trx: Transaction<DB>, dialect: Dialect, orgId: string) {
  let query = trx
    .selectFrom('organisations')
    .select(['id', 'legal_name', 'status', 'charter_version'])
    .where('id', '=', orgId);
  if (dialect === 'postgres') query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function organisationsOfUser(db: Db, userId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('organisations as org', 'org.id', 'memberships.org_id')
    .select(['org.id', 'org.legal_name', 'org.status', 'org.signed_at', 'memberships.role'])
    .where('memberships.user_id', '=', userId)
    .orderBy('org.search_name')
    .orderBy('org.id')
    .execute();
}

export async function latestEvent(db: Db, orgId: string, kind: OrganisationEventsTable['kind']) {
  return db
    .selectFrom('organisation_events')
    .select(['at', 'note'])
    .where('org_id', '=', orgId)
    .where('kind', '=', kind)
    .orderBy('at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertEvent(db: Db, event: OrganisationEventsTable): Promise<void> {
  await db.insertInto('organisation_events').values(event).execute();
  // A profile lists its public events (signed, renewed, withdrawn).
  await contentChanged(db, ORGANISATIONS_CONTENT);
}

/**
 * Organisations that do not take part now and last withdrew before `cutoff`: withdrawn ones,
 * and those that applied again since without (yet) signing.
 */
export async function leftBefore(db: Db, cutoff: string): Promise<string[]> {
  const rows = await db
    .selectFrom('organisations as o')
    .select('o.id')
    .where('o.status', '!=', 'signatory')
    .where(
      (eb) =>
        eb
          .selectFrom('organisation_events as e')
          .select(sql<string>`max(${sql.ref('e.at')})`.as('last'))
          .whereRef('e.org_id', '=', 'o.id')
          .where('e.kind', '=', 'withdrawn'),
      '<',
      cutoff,
    )
    .execute();
  return rows.map((r) => r.id);
}

/** Sets every organisation's region and language bits from its rows (after a restore). */
export async function rebuildTagBits(db: Db): Promise<void> {
  const bitsFrom = (
    table: 'organisation_regions' | 'organisation_languages',
    column: string,
    bits: Record<string, number>,
  ) => {
    const cases = Object.entries(bits).map(([value, bit]) => sql`when ${value} then ${sql.lit(bit)}`);
    // Each (organisation, value) pair is unique: a sum of distinct powers of two is their union.
    return sql<number>`coalesce((select sum(case ${sql.ref(`t.${column}`)} ${sql.join(cases, sql` `)} else 0 end)
      from ${sql.table(table)} as t where t.org_id = organisations.id), 0)`;
  };
  await db
    .updateTable('organisations')
    .set({
      region_bits: bitsFrom('organisation_regions', 'region', REGION_BITS),
      language_bits: bitsFrom('organisation_languages', 'lang', LANGUAGE_BITS),
    })
    .execute();
}

/** Moves the organisation to `status`; becoming a signatory also records when and which version. */
export async function setStatus(
  db: Db,
  orgId: string,
  status: OrgStatus,
  at: string,
  signed?: { signedAt: string; charterVersion: number },
): Promise<void> {
  const signing = signed ? { signed_at: signed.signedAt, charter_version: signed.charterVersion } : {};
  await db
    .updateTable('organisations')
    .set({ status, ...signing, updated_at: at })
    .where('id', '=', orgId)
    .execute();
  await contentChanged(db, ORGANISATIONS_CONTENT);
}

/** How the organisation's current signature was given (online or on paper), for the open data. */
export async function setSignedVia(db: Db, orgId: string, via: 'online' | 'paper'): Promise<void> {
  await db.updateTable('organisations').set({ signed_via: via }).where('id', '=', orgId).execute();
}

// ——— members ———

function membershipsQuery(db: Db, orgId: string) {
  return db
    .selectFrom('memberships')
    .select(['user_id as userId', 'role', 'created_at as since'])
    .where('org_id', '=', orgId);
}

/** Every membership of the organisation, unordered: the service orders them by the members' names. */
export async function membershipsOf(db: Db, orgId: string) {
  return membershipsQuery(db, orgId).execute();
}

export async function membershipOf(db: Db, orgId: string, userId: string) {
  return membershipsQuery(db, orgId).where('user_id', '=', userId).executeTakeFirst();
}

/** Counts to two at most: the last-admin rule only asks whether there is another one. */
export async function countAdmins(db: Db, orgId: string): Promise<number> {
  return (await membershipsQuery(db, orgId).where('role', '=', 'admin').limit(2).execute()).length;
}

export async function setRole(db: Db, orgId: string, userId: string, role: MemberRole): Promise<void> {
  await db.updateTable('memberships').set({ role }).where('org_id', '=', orgId).where('user_id', '=', userId).execute();
}

export async function deleteMembership(db: Db, orgId: string, userId: string): Promise<void> {
  await db.deleteFrom('memberships').where('org_id', '=', orgId).where('user_id', '=', userId).execute();
}

export async function deleteMembershipsOfUser(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('memberships').where('user_id', '=', userId).execute();
}

export async function insertMembership(
  db: Db,
  orgId: string,
  userId: string,
  role: MemberRole,
  at: string,
): Promise<void> {
  await db.insertInto('memberships').values({ org_id: orgId, user_id: userId, role, created_at: at }).execute();
}

// ——— invitations ———

/** Invitations not yet accepted, expired ones included (the page marks them). */
export async function pendingInvitations(db: Db, orgId: string) {
  return db
    .selectFrom('invitations')
    .select(['id', 'email', 'role', 'expires_at', 'created_at', 'invited_by as invitedBy'])
    .where('org_id', '=', orgId)
    .where('accepted_at', 'is', null)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

export async function invitationById(db: Db, orgId: string, id: string) {
  return db
    .selectFrom('invitations')
    .select(['id', 'email', 'role'])
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .executeTakeFirst();
}

export async function invitationByTokenHash(db: Db, tokenHash: string) {
  return db
    .selectFrom('invitations')
    .innerJoin('organisations as org', 'org.id', 'invitations.org_id')
    .select([
      'invitations.id',
      'invitations.org_id as orgId',
      'invitations.email',
      'invitations.role',
      'invitations.expires_at as expiresAt',
      'invitations.accepted_at as acceptedAt',
      'org.legal_name as orgName',
    ])
    .where('invitations.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** Removes the open invitation(s) for an address; returns how many there were. */
export async function deleteOpenInvitations(db: Db, orgId: string, email: string): Promise<number> {
  const result = await db
    .deleteFrom('invitations')
    .where('org_id', '=', orgId)
    .where('email', '=', email)
    .where('accepted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function insertInvitation(
  db: Db,
  row: {
    id: string;
    orgId: string;
    email: string;
    role: MemberRole;
    tokenHash: string;
    invitedBy: string;
    expiresAt: string;
    at: string;
  },
): Promise<void> {
  await db
    .insertInto('invitations')
    .values({
      id: row.id,
      org_id: row.orgId,
      email: row.email,
      role: row.role,
      token_hash: row.tokenHash,
      invited_by: row.invitedBy,
      expires_at: row.expiresAt,
      accepted_at: null,
      created_at: row.at,
    })
    .execute();
}

export async function deleteInvitation(db: Db, id: string): Promise<void> {
  await db.deleteFrom('invitations').where('id', '=', id).execute();
}

/** Marks an invitation used; false when someone else used or cancelled it first. */
export async function markInvitationAccepted(db: Db, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ accepted_at: at })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

// ——— people to write to ———

/** The organisation's administrators, by user id (the service asks accounts where to write). */
export async function adminIds(db: Db, orgId: string): Promise<string[]> {
  return (await membershipsQuery(db, orgId).where('role', '=', 'admin').execute()).map((r) => r.userId);
}

// ——— history ———

export interface HistoryCursor {
  at: string;
  id: string;
}

/** One page of the organisation's audit lines, newest first, after `cursor` (keyset, no OFFSET). */
export async function auditLinesOf(db: Db, orgId: string, cursor: HistoryCursor | null, limit: number) {
  let query = db
    .selectFrom('audit_log')
    .select(['id', 'at', 'action', 'details', 'actor_user_id as actorId'])
    .where('subject_type', '=', 'organisation')
    .where('subject_id', '=', orgId);
  if (cursor) {
    query = query.where((eb) =>
      eb.or([eb('at', '<', cursor.at), eb.and([eb('at', '=', cursor.at), eb('id', '<', cursor.id)])]),
    );
  }
  return query.orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}
