import type { Kysely, Transaction } from 'kysely';
import { contactsOf } from '../accounts/service.ts';
import type { DB } from '../../platform/db/schema.ts';
import { audit } from '../../platform/audit/audit.ts';
import type { Principal } from '../../platform/auth/principal.ts';
import type { MemberRole } from './organisations.table.ts';
import * as repo from './repository.ts';
import { fail, isAdmin, ok, type Outcome, type ServiceDeps } from './service.ts';

// Members of an organisation: who they are, and the two changes an administrator can make.
// An organisation always keeps at least one administrator, whatever happens at the same time.

export interface Member {
  userId: string;
  name: string;
  email: string;
  role: MemberRole;
  since: string;
}

type Membership = Omit<Member, 'name' | 'email'>;

/**
 * Adds name and address from the accounts feature, one query for all. A membership whose
 * account is gone is left out, as the join with the accounts table used to do.
 */
async function withContacts(db: Kysely<DB> | Transaction<DB>, rows: readonly Membership[]): Promise<Member[]> {
  const ids = rows.map((r) => r.userId);
  const contacts = new Map((await contactsOf(db, ids)).map((c) => [c.id, c]));
  return rows.flatMap((r) => {
    const contact = contacts.get(r.userId);
    return contact ? [{ ...r, name: contact.name, email: contact.email }] : [];
  });
}

// As people read a list of names: "Émile" next to "Emma", not after "Zoë"; capitals ignored.
const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare;

/** Sorted by name, then id, in memory: an organisation has a handful of members. */
export async function membersOf(deps: ServiceDeps, orgId: string): Promise<Member[]> {
  const members = await withContacts(deps.db, await repo.membershipsOf(deps.db, orgId));
  return members.sort((a, b) => byName(a.name, b.name) || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
}

async function findMember(db: Kysely<DB> | Transaction<DB>, orgId: string, userId: string): Promise<Member | null> {
  const row = await repo.membershipOf(db, orgId, userId);
  return row ? ((await withContacts(db, [row]))[0] ?? null) : null;
}

export async function memberOf(deps: ServiceDeps, orgId: string, userId: string): Promise<Member | null> {
  return findMember(deps.db, orgId, userId);
}

type ChangeError = 'notFound' | 'forbidden' | 'lastAdmin';

export async function changeRole(
  deps: ServiceDeps,
  actor: Principal,
  orgId: string,
  userId: string,
  role: MemberRole,
): Promise<Outcome<{ changed: boolean }, ChangeError>> {
  return deps.db.transaction().execute(async (trx) => {
    if (!(await repo.lockOrganisation(trx, deps.dialect, orgId))) return fail('notFound');
    if (!(await isAdmin(trx, orgId, actor.userId))) return fail('forbidden');
    const member = await findMember(trx, orgId, userId);
    if (!member) return fail('notFound');
    if (member.role === role) return ok({ changed: false });
    if (member.role === 'admin' && (await repo.countAdmins(trx, orgId)) < 2) return fail('lastAdmin');
    await repo.setRole(trx, orgId, userId, role);
    await audit(trx, {
      actor: actor.userId,
      action: 'organisations.role_changed',
      subjectType: 'organisation',
      subjectId: orgId,
      details: { member: { id: member.userId, name: member.name }, from: member.role, to: role },
    });
    return ok({ changed: true });
  });
}

export async function removeMember(
  deps: ServiceDeps,
  actor: Principal,
  orgId: string,
  userId: string,
): Promise<Outcome<{ self: boolean }, ChangeError>> {
  return deps.db.transaction().execute(async (trx) => {
    if (!(await repo.lockOrganisation(trx, deps.dialect, orgId))) return fail('notFound');
    if (!(await isAdmin(trx, orgId, actor.userId))) return fail('forbidden');
    const member = await findMember(trx, orgId, userId);
    if (!member) return fail('notFound');
    if (member.role === 'admin' && (await repo.countAdmins(trx, orgId)) < 2) return fail('lastAdmin');
    await repo.deleteMembership(trx, orgId, userId);
    await audit(trx, {
      actor: actor.userId,
      action: 'organisations.member_removed',
      subjectType: 'organisation',
      subjectId: orgId,
      details: { member: { id: member.userId, name: member.name }, role: member.role },
    });
    return ok({ self: userId === actor.userId });
  });
}
