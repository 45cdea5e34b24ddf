import { sql, type Kysely, type Transaction } from 'kysely';
import { audit } from '../../platform/audit/audit.ts';
import type { DB } from '../../platform/db/schema.ts';
import { now } from '../../platform/db/sql.ts';
import type { Events } from '../../platform/events.ts';
import { brusselsYear } from '../organisations/service-directory.ts';
import { organisationProfile, organisationRefs } from '../organisations/service-registration.ts';
import * as repo from './repository.ts';

// How far an invitation got: its link opened (the recipient pressed the button on the page the
// link opens: mail scanners open links too, so opening alone records nothing), the application
// sent with it (signing:applied), the organisation a signatory (signing:signed), and then the
// inviter credited. The listeners run in signing's transaction.

/** A code as newCode() makes them; anything else is not looked up. */
const CODE = /^[A-Za-z0-9_-]{20,64}$/;

export type LinkState =
  | { kind: 'valid'; inviter: { name: string; slug: string }; inviteeName: string | null }
  | { kind: 'missing' | 'expired' | 'revoked' };

/** The invitation behind a code, and what its page says: who invites, or why the link no longer works. */
async function lookUp(db: Kysely<DB> | Transaction<DB>, token: string, at: string) {
  const row = CODE.test(token) ? await repo.referralByToken(db, token) : undefined;
  const state = async (): Promise<LinkState> => {
    if (!row) return { kind: 'missing' };
    if (row.state === 'revoked') return { kind: 'revoked' };
    if (row.expires_at <= at) return { kind: 'expired' };
    const inviter = (await organisationRefs(db, [row.org_id])).get(row.org_id);
    // An inviter that withdrew no longer invites: the form could not take it as "invited by" anyway.
    if (!inviter || inviter.status !== 'signatory') return { kind: 'revoked' };
    return { kind: 'valid', inviter: { name: inviter.legalName, slug: inviter.slug }, inviteeName: row.invitee_name };
  };
  return { row, state: await state() };
}

/** What the link's page says. */
export async function linkState(db: Kysely<DB>, token: string): Promise<LinkState> {
  return (await lookUp(db, token, now())).state;
}

/** The recipient goes on to the form: one more opening, the first one moves the invitation on. */
export async function recordOpening(db: Kysely<DB>, token: string, actor: string | null): Promise<LinkState> {
  return db.transaction().execute(async (trx) => {
    const at = now();
    const { row, state } = await lookUp(trx, token, at);
    if (state.kind !== 'valid' || !row) return state;
    await repo.countOpening(trx, row.id, at);
    if (await repo.moveReferral(trx, row.id, ['sent'], { state: 'opened' })) {
      await repo.bump(trx, row.org_id, brusselsYear(at), 'opened');
      await audit(trx, {
        actor,
        action: 'referrals.opened',
        subjectType: 'referral',
        subjectId: row.id,
        details: { orgId: row.org_id },
      });
    }
    return state;
  });
}

/** signing:applied — the application came with an invitation's code from this very inviter. */
export async function onApplied(trx: Transaction<DB>, event: Events['signing:applied']): Promise<void> {
  if (!event.referralToken || !event.invitedByOrgId || !CODE.test(event.referralToken)) return;
  const row = await repo.referralByToken(trx, event.referralToken);
  // A code from another inviter than the one the form names credits nobody: the form wins.
  if (!row || row.org_id !== event.invitedByOrgId) return;
  const at = now();
  const moved = await repo.moveReferral(trx, row.id, ['sent', 'opened'], {
    state: 'applied',
    applied_at: at,
    applied_org_id: event.orgId,
  });
  if (!moved) return;
  await repo.bump(trx, row.org_id, brusselsYear(at), 'applied');
  await audit(trx, {
    actor: null,
    action: 'referrals.applied',
    subjectType: 'referral',
    subjectId: row.id,
    details: { orgId: row.org_id, appliedOrgId: event.orgId },
  });
}

/**
 * signing:signed — the organisation's inviter (its "invited by", typed or carried by a link) is
 * credited once, and the invitations it applied with from that inviter are signed.
 */
export async function onSigned(trx: Transaction<DB>, event: Events['signing:signed']): Promise<void> {
  const inviter = (await organisationProfile(trx, event.orgId))?.invitedBy;
  if (!inviter) return;
  const at = now();
  const year = brusselsYear(at);
  for (const row of await repo.appliedWith(trx, event.orgId)) {
    if (row.org_id !== inviter.id) continue;
    if (await repo.moveReferral(trx, row.id, ['applied'], { state: 'signed', signed_at: at }))
      await repo.bump(trx, row.org_id, year, 'signed');
  }
  const credited = await repo.insertCredit(trx, {
    inviter_org_id: inviter.id,
    invitee_org_id: event.orgId,
    credited_at: at,
    year,
  });
  if (!credited) return;
  await repo.bump(trx, inviter.id, year, 'brought_in');
  await audit(trx, {
    actor: null,
    action: 'referrals.credited',
    subjectType: 'organisation',
    subjectId: inviter.id,
    details: { broughtIn: event.orgId },
  });
}

/**
 * After a restore: the yearly counts again from the invitations and the credits (by the UTC
 * year of each date: what happened in the last hour of a year in Brussels may move a year).
 */
export async function rebuildTotals(trx: Transaction<DB>): Promise<void> {
  await trx.deleteFrom('referral_totals').execute();
  const year = (column: string) => sql<number>`cast(substr(${sql.ref(column)}, 1, 4) as integer)`;
  const counted = [
    ['sent', 'created_at'],
    ['opened', 'first_opened_at'],
    ['applied', 'applied_at'],
    ['signed', 'signed_at'],
  ] as const;
  for (const [counter, column] of counted) {
    const rows = await trx
      .selectFrom('referrals')
      .select(['org_id', year(column).as('year'), sql<number>`count(*)`.as('n')])
      .where(column, 'is not', null)
      .groupBy(['org_id', year(column)])
      .execute();
    for (const r of rows) await repo.bump(trx, r.org_id, Number(r.year), counter, Number(r.n));
  }
  const credits = await trx
    .selectFrom('referral_credits')
    .select(['inviter_org_id', 'year', sql<number>`count(*)`.as('n')])
    .groupBy(['inviter_org_id', 'year'])
    .execute();
  for (const r of credits) await repo.bump(trx, r.inviter_org_id, Number(r.year), 'brought_in', Number(r.n));
}
