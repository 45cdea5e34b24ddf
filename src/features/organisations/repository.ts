import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Dialect } from '../../platform/db/database.ts';
import type { MemberRole, OrgStatus, OrganisationEventsTable } from './organisations.table.ts';

// Plain queries for the organisation space. Services own transactions and permission checks.
// Names and addresses of people come from `users` (see the note in the final report: an
// accounts service for them would be the cleaner boundary).

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
}

/** Organisations that withdrew and have not come back, whose last withdrawal was before `cutoff`. */
export async function leftBefore(db: Db, cutoff: string): Promise<string[]> {
  const rows = await db
    .selectFrom('organisations as o')
    .select('o.id')
    .where('o.status', '=', 'withdrawn')
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

export async function setStatus(db: Db, orgId: string, status: OrgStatus, at: string): Promise<void> {
  await db.updateTable('organisations').set({ status, updated_at: at }).where('id', '=', orgId).execute();
}

// ——— members ———

export async function membersOf(db: Db, orgId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id as userId', 'users.name', 'users.email', 'memberships.role', 'memberships.created_at as since'])
    .where('memberships.org_id', '=', orgId)
    .orderBy('users.name')
    .orderBy('users.id')
    .execute();
}

export async function memberOf(db: Db, orgId: string, userId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id as userId', 'users.name', 'users.email', 'memberships.role', 'memberships.created_at as since'])
    .where('memberships.org_id', '=', orgId)
    .where('memberships.user_id', '=', userId)
    .executeTakeFirst();
}

export async function memberByEmail(db: Db, orgId: string, email: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id as userId'])
    .where('memberships.org_id', '=', orgId)
    .where('users.email', '=', email)
    .executeTakeFirst();
}

export async function countAdmins(db: Db, orgId: string): Promise<number> {
  const rows = await db
    .selectFrom('memberships')
    .select('user_id')
    .where('org_id', '=', orgId)
    .where('role', '=', 'admin')
    .limit(2)
    .execute();
  return rows.length;
}

export async function setRole(db: Db, orgId: string, userId: string, role: MemberRole): Promise<void> {
  await db.updateTable('memberships').set({ role }).where('org_id', '=', orgId).where('user_id', '=', userId).execute();
}

export async function deleteMembership(db: Db, orgId: string, userId: string): Promise<void> {
  await db.deleteFrom('memberships').where('org_id', '=', orgId).where('user_id', '=', userId).execute();
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
    .leftJoin('users', 'users.id', 'invitations.invited_by')
    .select([
      'invitations.id',
      'invitations.email',
      'invitations.role',
      'invitations.expires_at',
      'invitations.created_at',
      'users.name as invitedByName',
    ])
    .where('invitations.org_id', '=', orgId)
    .where('invitations.accepted_at', 'is', null)
    .orderBy('invitations.created_at', 'desc')
    .orderBy('invitations.id')
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

export async function adminRecipients(db: Db, orgId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.email', 'users.locale'])
    .where('memberships.org_id', '=', orgId)
    .where('memberships.role', '=', 'admin')
    .execute();
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
    .leftJoin('users', 'users.id', 'audit_log.actor_user_id')
    .select([
      'audit_log.id',
      'audit_log.at',
      'audit_log.action',
      'audit_log.details',
      'audit_log.actor_user_id as actorId',
      'users.name as actorName',
    ])
    .where('audit_log.subject_type', '=', 'organisation')
    .where('audit_log.subject_id', '=', orgId);
  if (cursor) {
    query = query.where((eb) =>
      eb.or([
        eb('audit_log.at', '<', cursor.at),
        eb.and([eb('audit_log.at', '=', cursor.at), eb('audit_log.id', '<', cursor.id)]),
      ]),
    );
  }
  return query.orderBy('audit_log.at', 'desc').orderBy('audit_log.id', 'desc').limit(limit).execute();
}

/** Current names of the people a page mentions, in one query. */
export async function userNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
