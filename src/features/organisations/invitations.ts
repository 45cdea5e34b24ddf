import type { Kysely, Transaction } from 'kysely';
import { contactsByEmail, contactsOf } from '../accounts/service.ts';
import type { DB } from '../../platform/db/schema.ts';
import { addMs, newId, now } from '../../platform/db/sql.ts';
import { audit } from '../../platform/audit/audit.ts';
import { hashToken, newToken } from '../../platform/auth/tokens.ts';
import type { Principal } from '../../platform/auth/principal.ts';
import { composeMail } from '../../platform/mail/compose.ts';
import { queueMail } from '../../platform/mail/mailer.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import { consume } from '../../platform/http/rate-limit.ts';
import type { MemberRole } from './organisations.table.ts';
import * as repo from './repository.ts';
import { fail, isAdmin, ok, type Outcome, type ServiceDeps } from './service.ts';

// Invitations: an administrator invites an e-mail address with a role; whoever signs in with
// that (verified) address can accept. Only the token's hash is stored.

export const INVITATION_DAYS = 14;
export const INVITATION_MS = INVITATION_DAYS * 24 * 3600_000;
/** Each invitation is a mail to an address we do not know: an organisation sends at most this many an hour. */
export const INVITATIONS_PER_HOUR = 30;

export function invitationPath(lang: Lang, token: string): string {
  return `/${lang}/invitations/${token}`;
}

/** Open invitations, newest first, each with the current name of who sent it (null once their account is gone). */
export async function pendingInvitations(deps: ServiceDeps, orgId: string) {
  const rows = await repo.pendingInvitations(deps.db, orgId);
  const inviterIds = rows.map((r) => r.invitedBy);
  const names = new Map((await contactsOf(deps.db, inviterIds)).map((c) => [c.id, c.name]));
  return rows.map(({ invitedBy, ...row }) => ({ ...row, invitedByName: names.get(invitedBy) ?? null }));
}

/** Whether the address belongs to someone who is already a member. */
async function isMemberByEmail(trx: Kysely<DB>, orgId: string, email: string): Promise<boolean> {
  const [person] = await contactsByEmail(trx, [email]);
  return !!person && !!(await repo.membershipOf(trx, orgId, person.id));
}

export async function inviteMember(
  deps: ServiceDeps,
  actor: Principal,
  orgId: string,
  input: { email: string; role: MemberRole },
  lang: Lang,
): Promise<Outcome<{ replaced: boolean }, 'notFound' | 'forbidden' | 'alreadyMember' | 'tooMany'>> {
  return deps.db.transaction().execute(async (trx) => {
    const org = await repo.lockOrganisation(trx, deps.dialect, orgId);
    if (!org) return fail('notFound');
    if (!(await isAdmin(trx, orgId, actor.userId))) return fail('forbidden');
    if (await isMemberByEmail(trx, orgId, input.email)) return fail('alreadyMember');
    if (!(await consume(trx, `invitations:${orgId}`, INVITATIONS_PER_HOUR, 3600_000)).allowed) return fail('tooMany');
    return ok(await sendInvitation(trx, deps, org.legal_name, actor, orgId, input, lang));
  });
}

/** Replaces any open invitation of the address, stores the new one, audits it and mails the link. */
async function sendInvitation(
  trx: Transaction<DB>,
  deps: ServiceDeps,
  orgName: string,
  actor: Principal,
  orgId: string,
  input: { email: string; role: MemberRole },
  lang: Lang,
): Promise<{ replaced: boolean }> {
  // One open invitation per address: a new one replaces the old, whose link stops working.
  const replaced = (await repo.deleteOpenInvitations(trx, orgId, input.email)) > 0;
  const { token, hash } = newToken();
  const at = now();
  const expiresAt = addMs(at, INVITATION_MS);
  await repo.insertInvitation(trx, {
    id: newId(),
    orgId,
    email: input.email,
    role: input.role,
    tokenHash: hash,
    invitedBy: actor.userId,
    expiresAt,
    at,
  });
  await audit(trx, {
    actor: actor.userId,
    action: 'organisations.invitation_sent',
    subjectType: 'organisation',
    subjectId: orgId,
    details: { email: input.email, role: input.role, replaced },
  });
  await queueMail(
    trx,
    composeMail(input.email, lang, {
      subject: 'organisations.mail.invitation.subject',
      paragraphs: [
        'organisations.mail.invitation.intro',
        'organisations.mail.invitation.account',
        'organisations.mail.invitation.expiry',
        'organisations.mail.invitation.ignore',
      ],
      action: {
        label: 'organisations.mail.invitation.action',
        url: `${deps.config.baseUrl}${invitationPath(lang, token)}`,
      },
      values: {
        org: orgName,
        inviter: actor.name,
        role: input.role,
        email: input.email,
        days: INVITATION_DAYS,
      },
    }),
  );
  return { replaced };
}

/**
 * The secretariat, recording a signature on paper, invites the contact person named on the form
 * to administer the organisation: nobody applied online, so it has no administrator yet. Runs in
 * the recording's transaction (no invitation without the signature). An address that already
 * belongs to a member is left alone. One per recorded signature: the organisation's hourly limit
 * on invitations does not apply.
 */
export async function inviteFirstAdministrator(
  trx: Transaction<DB>,
  deps: ServiceDeps,
  actor: Principal,
  orgId: string,
  email: string,
  lang: Lang,
): Promise<{ invited: boolean }> {
  if (!actor.isSecretariat) throw new Error('only the secretariat invites the first administrator');
  const org = await repo.lockOrganisation(trx, deps.dialect, orgId);
  if (!org || (await isMemberByEmail(trx, orgId, email))) return { invited: false };
  await sendInvitation(trx, deps, org.legal_name, actor, orgId, { email, role: 'admin' }, lang);
  return { invited: true };
}

export async function cancelInvitation(
  deps: ServiceDeps,
  actor: Principal,
  orgId: string,
  invitationId: string,
): Promise<Outcome<{ email: string }, 'notFound' | 'forbidden'>> {
  return deps.db.transaction().execute(async (trx) => {
    if (!(await repo.lockOrganisation(trx, deps.dialect, orgId))) return fail('notFound');
    if (!(await isAdmin(trx, orgId, actor.userId))) return fail('forbidden');
    const invitation = await repo.invitationById(trx, orgId, invitationId);
    if (!invitation) return fail('notFound');
    await repo.deleteInvitation(trx, invitation.id);
    await audit(trx, {
      actor: actor.userId,
      action: 'organisations.invitation_cancelled',
      subjectType: 'organisation',
      subjectId: orgId,
      details: { email: invitation.email, role: invitation.role },
    });
    return ok({ email: invitation.email });
  });
}

// ——— accepting ———

export interface InvitationSummary {
  id: string;
  orgId: string;
  orgName: string;
  email: string;
  role: MemberRole;
  expiresAt: string;
}

/** What the person holding the link can do; the page and the accept action read the same answer. */
export type InvitationState =
  | { kind: 'invalid' }
  | { kind: 'expired'; invitation: InvitationSummary }
  | { kind: 'anonymous' | 'wrongAccount' | 'unverified' | 'alreadyMember' | 'ready'; invitation: InvitationSummary };

type Row = NonNullable<Awaited<ReturnType<typeof repo.invitationByTokenHash>>>;

function judge(row: Row | undefined, principal: Principal | null, isMember: boolean, at: string): InvitationState {
  if (!row || row.acceptedAt) return { kind: 'invalid' };
  const invitation: InvitationSummary = {
    id: row.id,
    orgId: row.orgId,
    orgName: row.orgName,
    email: row.email,
    role: row.role,
    expiresAt: row.expiresAt,
  };
  if (row.expiresAt <= at) return { kind: 'expired', invitation };
  if (!principal) return { kind: 'anonymous', invitation };
  if (principal.email.toLowerCase() !== row.email.toLowerCase()) return { kind: 'wrongAccount', invitation };
  if (!principal.emailVerified) return { kind: 'unverified', invitation };
  if (isMember) return { kind: 'alreadyMember', invitation };
  return { kind: 'ready', invitation };
}

async function stateOf(db: Kysely<DB>, token: string, principal: Principal | null): Promise<InvitationState> {
  const row = await repo.invitationByTokenHash(db, hashToken(token));
  const isMember = !!row && !!principal && !!(await repo.membershipOf(db, row.orgId, principal.userId));
  return judge(row, principal, isMember, now());
}

export async function invitationState(
  deps: ServiceDeps,
  token: string,
  principal: Principal | null,
): Promise<InvitationState> {
  return stateOf(deps.db, token, principal);
}

/** Accepts the invitation for the signed-in person, or says why not (the same reasons as the page). */
export async function acceptInvitation(
  deps: ServiceDeps,
  principal: Principal,
  token: string,
): Promise<Outcome<{ orgId: string }, InvitationState>> {
  return deps.db.transaction().execute(async (trx) => {
    const state = await stateOf(trx, token, principal);
    if (state.kind !== 'ready') return fail(state);
    const { invitation } = state;
    if (!(await repo.markInvitationAccepted(trx, invitation.id, now())))
      return fail<InvitationState>({ kind: 'invalid' });
    await repo.insertMembership(trx, invitation.orgId, principal.userId, invitation.role, now());
    await audit(trx, {
      actor: principal.userId,
      action: 'organisations.member_joined',
      subjectType: 'organisation',
      subjectId: invitation.orgId,
      details: {
        member: { id: principal.userId, name: principal.name },
        role: invitation.role,
        email: invitation.email,
      },
    });
    return ok({ orgId: invitation.orgId });
  });
}
