import { audit } from '../../platform/audit/audit.ts';
import type { Principal } from '../../platform/auth/principal.ts';
import type { MemberRole } from './organisations.table.ts';
import * as repo from './repository.ts';
import { fail, isAdmin, ok, type Outcome, type ServiceDeps } from './service.ts';

// Members of an organisation: who they are, and the two changes an administrator can make.
// An organisation always keeps at least one administrator, whatever happens at the same time.

export async function membersOf(deps: ServiceDeps, orgId: string) {
  return repo.membersOf(deps.db, orgId);
}

export async function memberOf(deps: ServiceDeps, orgId: string, userId: string) {
  return (await repo.memberOf(deps.db, orgId, userId)) ?? null;
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
    const member = await repo.memberOf(trx, orgId, userId);
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
    const member = await repo.memberOf(trx, orgId, userId);
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
