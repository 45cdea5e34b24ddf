import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../platform/db/schema.ts';
import type { Dialect } from '../../platform/db/database.ts';
import type { Principal } from '../../platform/auth/principal.ts';
import type { Deps } from '../../platform/http/types.ts';
import { contactsOf } from '../accounts/service.ts';
import { audit } from '../../platform/audit/audit.ts';
import * as repo from './repository.ts';
import { indexOrganisations, reindexAllOrganisations } from './search-index.ts';
import { fail, ok, type Outcome } from '../../platform/outcome.ts';
import type { MemberRole } from './organisations.table.ts';
import { organisationRefs } from './service-registration.ts';

/** What the services of the organisation space need from the app. */
export type ServiceDeps = Pick<Deps, 'db' | 'dialect' | 'config'>;

// Expected failures are values, not exceptions; the route turns each reason into a page.
export { fail, ok, type Outcome };

/**
 * Derives the directory's region and language bits (ADR 0008) from the rows again: a backup
 * made before the bits existed restores without them.
 */
export function rebuildTagBits(trx: Transaction<DB>): Promise<void> {
  return repo.rebuildTagBits(trx);
}

/** Builds the full-text index of names and descriptions anew (after a restore; ADR 0011). */
export function rebuildSearchIndex(trx: Transaction<DB>): Promise<void> {
  return reindexAllOrganisations(trx);
}

/** Indexes organisations written in bulk, without the services (the seeds). */
export function indexOrganisationsInBulk(db: Kysely<DB> | Transaction<DB>, orgIds: readonly string[]): Promise<void> {
  return indexOrganisations(db, orgIds);
}

/** The organisations that left the charter before `cutoff` and take no part now (retention). */
export function organisationsLeftBefore(db: Kysely<DB> | Transaction<DB>, cutoff: string): Promise<string[]> {
  return repo.leftBefore(db, cutoff);
}

/**
 * Locks the organisation's row until the transaction ends (PostgreSQL; SQLite runs one writer
 * at a time anyway), so two changes to it cannot cross. Gives the row, or undefined if none.
 */
export function lockOrganisation(trx: Transaction<DB>, dialect: Dialect, orgId: string) {
  return repo.lockOrganisation(trx, dialect, orgId);
}

/** An organisation that would be left without an administrator. */
export interface LeftAlone {
  orgId: string;
  orgName: string;
}

/**
 * Takes a person out of every organisation, when their account is closed, inside the caller's
 * transaction. Refused (nothing changes) where they are the only administrator of an
 * organisation that still takes part or is applying: each such organisation is locked first,
 * so two administrators leaving at the same moment cannot both go. Of an organisation that
 * was rejected or withdrew, the last administrator may leave.
 */
export async function leaveAllOrganisations(
  trx: Transaction<DB>,
  dialect: Dialect,
  userId: string,
): Promise<{ ok: true } | { ok: false; alone: LeftAlone[] }> {
  const alone: LeftAlone[] = [];
  // Locked in one order (by id) by everyone, so two closings cannot deadlock.
  const memberships = (await repo.organisationsOfUser(trx, userId)).sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const m of memberships) {
    if (m.role !== 'admin') continue;
    const org = await repo.lockOrganisation(trx, dialect, m.id);
    if (!org || (org.status !== 'signatory' && org.status !== 'applicant')) continue;
    if ((await repo.countAdmins(trx, m.id)) < 2) alone.push({ orgId: m.id, orgName: org.legal_name });
  }
  if (alone.length > 0) return { ok: false, alone };
  await repo.deleteMembershipsOfUser(trx, userId);
  // Each organisation's history says someone left; no name: the account's name is gone.
  for (const m of memberships) {
    await audit(trx, {
      actor: userId,
      action: 'organisations.member_left',
      subjectType: 'organisation',
      subjectId: m.id,
      details: { member: { id: userId }, role: m.role },
    });
  }
  return { ok: true };
}

/** The organisations a person belongs to, for the session (one query). */
export async function membershipsOfUser(
  db: Kysely<DB> | Transaction<DB>,
  userId: string,
): Promise<Principal['memberships']> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('organisations as org', 'org.id', 'memberships.org_id')
    .select(['org.id', 'org.slug', 'org.legal_name', 'memberships.role'])
    .where('memberships.user_id', '=', userId)
    .orderBy('org.legal_name')
    .execute();
  return rows.map((r) => ({ orgId: r.id, orgSlug: r.slug, orgName: r.legal_name, role: r.role }));
}

/** Inside a change's transaction: is the actor (still) an administrator of the organisation? */
export async function isAdmin(trx: Transaction<DB>, orgId: string, userId: string): Promise<boolean> {
  return (await repo.membershipOf(trx, orgId, userId))?.role === 'admin';
}

/** "My organisations": each with its status and the person's role. */
export async function myOrganisations(db: Kysely<DB>, userId: string) {
  return repo.organisationsOfUser(db, userId);
}

/** What the organisation's own space shows: the organisation and, once withdrawn, when and why. */
export async function organisationSpace(db: Kysely<DB>, orgId: string) {
  const org = await repo.organisationById(db, orgId);
  if (!org) return null;
  const withdrawal = org.status === 'withdrawn' ? ((await repo.latestEvent(db, orgId, 'withdrawn')) ?? null) : null;
  return { org, withdrawal };
}

// ——— history ———

export const HISTORY_PAGE_SIZE = 25;

const cursorSchema = z.tuple([z.iso.datetime(), z.string().min(1).max(100)]);

export function encodeCursor(line: { at: string; id: string }): string {
  return Buffer.from(JSON.stringify([line.at, line.id])).toString('base64url');
}

function decodeCursor(raw: unknown): repo.HistoryCursor | null {
  if (typeof raw !== 'string' || raw.length > 300) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
    return parsed.success ? { at: parsed.data[0], id: parsed.data[1] } : null;
  } catch {
    return null;
  }
}

export interface HistoryLine {
  id: string;
  at: string;
  action: string;
  actorName: string | null;
  actorKnown: boolean;
  /** The person the line is about (a member added, removed, given another role), by today's name. */
  memberName: string | null;
  details: Record<string, unknown>;
}

function parseDetails(json: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Lines name their member as { member: { id, name } } (the name then) or { userId }. */
function memberOfLine(details: Record<string, unknown>): { id: string | null; name: string | null } {
  const member = details.member as { id?: unknown; name?: unknown } | undefined;
  const id = typeof member?.id === 'string' ? member.id : typeof details.userId === 'string' ? details.userId : null;
  return { id, name: typeof member?.name === 'string' ? member.name : null };
}

/**
 * One page of the organisation's audit log, newest first. `from` is the opaque cursor of the
 * "next page" link; a page fetches one line more than it shows to know whether more follow.
 */
export async function organisationHistory(db: Kysely<DB>, orgId: string, from: unknown) {
  const cursor = decodeCursor(from);
  const rows = await repo.auditLinesOf(db, orgId, cursor, HISTORY_PAGE_SIZE + 1);
  const shown = rows.slice(0, HISTORY_PAGE_SIZE);
  const last = shown[shown.length - 1];
  const parsed = shown.map((r) => ({ row: r, details: parseDetails(r.details) }));
  // Today's names of everyone the page mentions, actors and members alike, in one query.
  const people = await contactsOf(db, [
    ...parsed.flatMap((p) => p.row.actorId ?? []),
    ...parsed.flatMap((p) => memberOfLine(p.details).id ?? []),
  ]);
  const names = new Map(people.map((p) => [p.id, p.name]));
  const lines: HistoryLine[] = parsed.map(({ row, details }) => {
    const member = memberOfLine(details);
    return {
      id: row.id,
      at: row.at,
      action: row.action,
      // An actor whose account is gone stays known but nameless, as the page always showed it.
      actorName: (row.actorId ? names.get(row.actorId) : undefined) ?? null,
      actorKnown: row.actorId !== null,
      // A closed account is not named any more, whatever name the line recorded at the time.
      memberName: member.id ? (names.get(member.id) ?? null) : member.name,
      details,
    };
  });
  return {
    lines,
    isFirstPage: cursor === null,
    next: rows.length > HISTORY_PAGE_SIZE && last ? encodeCursor(last) : null,
  };
}

/**
 * The person's role in the organisation if it is a signatory, else null: what a member needs to
 * act for it in the charter's features (write a practice, report an obstacle, post an offer,
 * propose an action).
 */
export async function signatoryRoleOf(
  db: Kysely<DB> | Transaction<DB>,
  orgId: string,
  userId: string,
): Promise<MemberRole | null> {
  const [memberships, refs] = await Promise.all([membershipsOfUser(db, userId), organisationRefs(db, [orgId])]);
  if (refs.get(orgId)?.status !== 'signatory') return null;
  return memberships.find((m) => m.orgId === orgId)?.role ?? null;
}
