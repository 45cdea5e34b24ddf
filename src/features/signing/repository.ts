import { sql, type Insertable, type Kysely, type Selectable, type Transaction, type Updateable } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { now } from '../../platform/db/sql.ts';
import type { ApplicationsTable, ApplicationStatus, SignaturesTable } from './signing.table.ts';

type Db = Kysely<DB> | Transaction<DB>;
export type ApplicationRow = Selectable<ApplicationsTable>;
export type SignatureRow = Selectable<SignaturesTable>;

export const IN_PROGRESS: ApplicationStatus[] = ['awaiting_executive', 'awaiting_review', 'info_requested'];
export const STATUSES: ApplicationStatus[] = [
  'awaiting_executive',
  'awaiting_review',
  'info_requested',
  'approved',
  'rejected',
  'declined',
];

// ---- applications

/** Ids come from addresses: anything that is not one of ours never reaches the database. */
export const isId = (id: unknown): id is string =>
  typeof id === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id);

export async function findApplication(db: Db, id: string): Promise<ApplicationRow | undefined> {
  if (!isId(id)) return undefined;
  return db.selectFrom('applications').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findApplicationByTokenHash(db: Db, tokenHash: string): Promise<ApplicationRow | undefined> {
  return db.selectFrom('applications').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

export async function applicationInProgress(db: Db, orgId: string): Promise<ApplicationRow | undefined> {
  return db
    .selectFrom('applications')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('status', 'in', IN_PROGRESS)
    .orderBy('submitted_at', 'desc')
    .executeTakeFirst();
}

export async function insertApplication(db: Db, row: Insertable<ApplicationsTable>): Promise<void> {
  await db.insertInto('applications').values(row).execute();
}

/**
 * Changes an application only if it is still in one of `from`: two people acting at the same
 * moment (a double click, two secretaries) cannot both win. Returns whether it changed.
 */
export async function moveApplication(
  db: Db,
  id: string,
  from: ApplicationStatus[],
  patch: Updateable<ApplicationsTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('applications')
    .set({ ...patch, updated_at: now() })
    .where('id', '=', id)
    .where('status', 'in', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * The applications of the organisations a person administers (the applicant always is one),
 * newest first. Walks the applications_org index; the organisation ids come from the session.
 */
export function applicationsOfOrganisations(db: Db, orgIds: readonly string[]): Promise<ApplicationRow[]> {
  if (orgIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('applications')
    .selectAll()
    .where('org_id', 'in', [...new Set(orgIds)])
    .orderBy('submitted_at', 'desc')
    .limit(50)
    .execute();
}

/** Every application a person sent, newest first (for "download my data"). */
export function applicationsByApplicant(db: Db, userId: string): Promise<ApplicationRow[]> {
  return db
    .selectFrom('applications')
    .selectAll()
    .where('applicant_user_id', '=', userId)
    .orderBy('submitted_at', 'desc')
    .execute();
}

export async function countByStatus(db: Db): Promise<Record<ApplicationStatus, number>> {
  const rows = await db
    .selectFrom('applications')
    .select(['status', sql<number>`count(*)`.as('n')])
    .groupBy('status')
    .execute();
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<ApplicationStatus, number>;
  for (const r of rows) counts[r.status] = Number(r.n);
  return counts;
}

export function oldestWith(db: Db, status: ApplicationStatus, limit: number): Promise<ApplicationRow[]> {
  return db
    .selectFrom('applications')
    .selectAll()
    .where('status', '=', status)
    .orderBy('submitted_at')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** A page of the review queue, oldest first, after the keyset (submitted_at, id) when given. */
export function queuePage(
  db: Db,
  status: ApplicationStatus,
  after: { submittedAt: string; id: string } | null,
  limit: number,
): Promise<ApplicationRow[]> {
  let query = db.selectFrom('applications').selectAll().where('status', '=', status);
  if (after) {
    // A row comparison walks the (status, submitted_at, id) index on both engines.
    query = query.where((eb) => eb(eb.refTuple('submitted_at', 'id'), '>', eb.tuple(after.submittedAt, after.id)));
  }
  return query.orderBy('submitted_at').orderBy('id').limit(limit).execute();
}

// ---- signatures

export async function insertSignature(db: Db, row: Insertable<SignaturesTable>): Promise<void> {
  await db.insertInto('signatures').values(row).execute();
}

export function findSignature(db: Db, id: string): Promise<SignatureRow | undefined> {
  return db.selectFrom('signatures').selectAll().where('id', '=', id).executeTakeFirst();
}

/** By organisation first, so the lookup walks the signatures_org index. */
export function signatureOfApplication(
  db: Db,
  orgId: string,
  applicationId: string,
): Promise<SignatureRow | undefined> {
  return db
    .selectFrom('signatures')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('application_id', '=', applicationId)
    .executeTakeFirst();
}

/** The newest signature of an organisation whose application the secretariat approved. */
export function latestApprovedSignature(db: Db, orgId: string): Promise<SignatureRow | undefined> {
  return db
    .selectFrom('signatures')
    .innerJoin('applications', 'applications.id', 'signatures.application_id')
    .selectAll('signatures')
    .where('signatures.org_id', '=', orgId)
    .where('applications.status', '=', 'approved')
    .orderBy('signatures.signed_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

// ---- drafts

export function findDraft(db: Db, userId: string) {
  return db
    .selectFrom('application_drafts')
    .select(['data', 'updated_at'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function upsertDraft(db: Db, userId: string, data: string): Promise<void> {
  const at = now();
  await db
    .insertInto('application_drafts')
    .values({ user_id: userId, data, updated_at: at })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ data, updated_at: at }))
    .execute();
}

export async function deleteDraft(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('application_drafts').where('user_id', '=', userId).execute();
}

// ---- history (the audit lines about one application)

export function historyOf(db: Db, applicationId: string) {
  return db
    .selectFrom('audit_log')
    .select(['at', 'action', 'actor_user_id', 'details'])
    .where('subject_type', '=', 'application')
    .where('subject_id', '=', applicationId)
    .orderBy('at')
    .orderBy('id')
    .limit(200)
    .execute();
}

// ---- renewals (a new charter version to sign again)

/**
 * Each organisation's signatures the secretariat approved, newest first per organisation: who
 * signed for it last, to ask them to sign a new version. Read once per new charter version.
 */
export function approvedSignaturesByOrganisation(db: Db) {
  return db
    .selectFrom('signatures')
    .innerJoin('applications', 'applications.id', 'signatures.application_id')
    .select([
      'signatures.org_id',
      'signatures.signer_name',
      'signatures.signer_title',
      'signatures.signer_email',
      'signatures.lang',
      'signatures.erased_at',
    ])
    .where('applications.status', '=', 'approved')
    .orderBy('signatures.org_id')
    .orderBy('signatures.signed_at', 'desc')
    .execute();
}
