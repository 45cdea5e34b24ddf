import type { Transaction } from 'kysely';
import { audit } from '../../platform/audit/audit.ts';
import type { DB } from '../../platform/db/schema.ts';
import { now } from '../../platform/db/sql.ts';
import { fail, ok } from '../../platform/outcome.ts';
import {
  adminUserIds,
  findSignatoryBySlug,
  memberUserIds,
  organisationRefs,
} from '../organisations/service-registration.ts';
import { refIn } from '../obstacles/service.ts';
import { signatoryRoleOf } from '../organisations/service.ts';
import type { PartnerState } from './actions.table.ts';
import { conflict, invalidField, type ActionDeps, type Outcome } from './outcome.ts';
import * as repo from './repository.ts';
import { announceActionNews } from './service-follow.ts';
import { tellPeople } from './mails.ts';
import { forChange } from './service-propose.ts';

// Partners: the lead invites a signatory, or a signatory asks to join; the other side accepts
// or declines. Both ways are recorded on the row (who asked, who decided, when), in the
// action's history and in the audit log. `partner_count` on the action is kept by these writes.

const ALREADY = {
  invited: 'actions.partner.already.invited',
  asked: 'actions.partner.already.asked',
  partner: 'actions.partner.already.partner',
} as const;

type Partner = { state: PartnerState; asked_by: string } | undefined;

async function partnerRow(trx: repo.Db, actionId: string, orgId: string): Promise<Partner> {
  return trx
    .selectFrom('action_partners')
    .select(['state', 'asked_by'])
    .where('action_id', '=', actionId)
    .where('org_id', '=', orgId)
    .executeTakeFirst();
}

async function movePartnerCount(trx: repo.Db, actionId: string, by: number, at: string): Promise<void> {
  const row = await trx
    .selectFrom('actions')
    .select('partner_count')
    .where('id', '=', actionId)
    .executeTakeFirstOrThrow();
  await trx
    .updateTable('actions')
    .set({ partner_count: Number(row.partner_count) + by, updated_at: at })
    .where('id', '=', actionId)
    .execute();
}

/** Opens (or reopens after a refusal) the request: `invited` by the lead, `asked` by the signatory. */
async function open(
  trx: Transaction<DB>,
  line: { action: repo.Action; orgId: string; state: 'invited' | 'asked'; userId: string; actingOrg: string },
) {
  const at = now();
  const before = await partnerRow(trx, line.action.id, line.orgId);
  if (before && before.state !== 'declined') return conflict(ALREADY[before.state]);
  const row = { state: line.state, asked_by: line.userId, asked_at: at, decided_by: null, decided_at: null };
  if (before)
    await trx
      .updateTable('action_partners')
      .set(row)
      .where('action_id', '=', line.action.id)
      .where('org_id', '=', line.orgId)
      .execute();
  else
    await trx
      .insertInto('action_partners')
      .values({ action_id: line.action.id, org_id: line.orgId, ...row })
      .execute();
  const name = (await organisationRefs(trx, [line.orgId])).get(line.orgId)?.legalName ?? '';
  const kind = line.state === 'invited' ? 'partner_invited' : 'partner_asked';
  await repo.addHistory(trx, {
    actionId: line.action.id,
    actor: line.userId,
    orgId: line.actingOrg,
    kind,
    detail: name,
    at,
  });
  const subject = {
    actor: line.userId,
    subjectType: 'action',
    subjectId: line.action.id,
    details: { orgId: line.orgId },
  };
  if (line.state === 'invited') await audit(trx, { ...subject, action: 'actions.partner_invited' });
  else await audit(trx, { ...subject, action: 'actions.partner_asked' });
  return ok({ slug: line.action.slug });
}

/** The lead invites a signatory, named by its public address or short name. */
export async function invitePartner(
  deps: ActionDeps,
  userId: string,
  ref: string,
  typed: string,
): Promise<Outcome<{ slug: string }>> {
  return deps.db.transaction().execute(async (trx) => {
    const found = await forChange(trx, deps, ref, userId);
    if (!found.ok) return fail(found.error);
    const { action, orgId } = found;
    if (orgId !== action.lead_org_id) return fail('forbidden' as const);
    const org = await findSignatoryBySlug(trx, refIn(typed).toLowerCase());
    if (!org) return invalidField('signatory', 'actions.partner.error.unknown');
    if (org.id === action.lead_org_id) return invalidField('signatory', 'actions.partner.error.lead');
    return open(trx, { action, orgId: org.id, state: 'invited', userId, actingOrg: orgId });
  });
}

/** A member of signatory `orgId` asks to join the action. */
export async function askToJoin(
  deps: ActionDeps,
  userId: string,
  ref: string,
  orgId: string,
): Promise<Outcome<{ slug: string }>> {
  return deps.db.transaction().execute(async (trx) => {
    const found = await repo.actionByRef(trx, ref);
    const action = found ? await repo.lockAction(trx, deps.dialect, found.id) : undefined;
    if (!action || action.listed !== 1) return fail('notFound' as const);
    if (!(await signatoryRoleOf(trx, orgId, userId))) return fail('forbidden' as const);
    if (orgId === action.lead_org_id) return conflict('actions.partner.error.lead');
    if (action.status === 'done' || action.status === 'stopped') return conflict('actions.partner.error.closed');
    const opened = await open(trx, { action, orgId, state: 'asked', userId, actingOrg: orgId });
    // The lead's administrators answer requests: they hear of it (at once or weekly, as they chose).
    if (opened.ok) {
      const org = (await organisationRefs(trx, [orgId])).get(orgId)?.legalName ?? '';
      const about = { actionId: action.id, slug: action.slug, title: action.title, org, actor: userId };
      await tellPeople(trx, 'joinRequest', await adminUserIds(trx, action.lead_org_id), about);
    }
    return opened;
  });
}

/**
 * The other side answers: the lead a signatory's request, the invited signatory the lead's
 * invitation. Accepting makes it a partner (who may then edit the action).
 */
export async function decidePartner(
  deps: ActionDeps,
  userId: string,
  ref: string,
  input: { orgId: string; accept: boolean },
): Promise<Outcome<{ slug: string }>> {
  return deps.db.transaction().execute(async (trx) => {
    const found = await repo.actionByRef(trx, ref);
    const action = found ? await repo.lockAction(trx, deps.dialect, found.id) : undefined;
    if (!action) return fail('notFound' as const);
    const row = await partnerRow(trx, action.id, input.orgId);
    if (!row || (row.state !== 'invited' && row.state !== 'asked')) return fail('notFound' as const);
    // Who answers: the lead answers a request, the invited organisation an invitation.
    const answering = row.state === 'asked' ? action.lead_org_id : input.orgId;
    if (!(await signatoryRoleOf(trx, answering, userId))) return fail('forbidden' as const);
    const at = now();
    const state = input.accept ? 'partner' : 'declined';
    await trx
      .updateTable('action_partners')
      .set({ state, decided_by: userId, decided_at: at })
      .where('action_id', '=', action.id)
      .where('org_id', '=', input.orgId)
      .execute();
    if (input.accept) await movePartnerCount(trx, action.id, 1, at);
    const name = (await organisationRefs(trx, [input.orgId])).get(input.orgId)?.legalName ?? '';
    const kind = input.accept ? 'partner_accepted' : 'partner_declined';
    await repo.addHistory(trx, { actionId: action.id, actor: userId, orgId: answering, kind, detail: name, at });
    const subject = {
      actor: userId,
      subjectType: 'action',
      subjectId: action.id,
      details: { orgId: input.orgId, was: row.state },
    };
    if (input.accept) await audit(trx, { ...subject, action: 'actions.partner_accepted' });
    else await audit(trx, { ...subject, action: 'actions.partner_declined' });
    if (input.accept) await announceActionNews(trx, action.id, 'partnerJoined', { org: name, actor: userId });
    // The organisation that asked hears that the lead said yes.
    if (input.accept && row.state === 'asked') {
      const lead = (await organisationRefs(trx, [action.lead_org_id])).get(action.lead_org_id)?.legalName ?? '';
      const about = { actionId: action.id, slug: action.slug, title: action.title, org: lead, actor: userId };
      await tellPeople(trx, 'joinAccepted', await memberUserIds(trx, input.orgId), about);
    }
    return ok({ slug: action.slug });
  });
}

export interface PartnerLine {
  orgId: string;
  name: string;
  slug: string;
  state: PartnerState;
}

/** The action's partners and open requests (declined ones are in the history only). */
export async function partnersOf(db: repo.Db, actionId: string): Promise<PartnerLine[]> {
  const rows = await db
    .selectFrom('action_partners')
    .select(['org_id', 'state'])
    .where('action_id', '=', actionId)
    .where('state', '!=', 'declined')
    .orderBy('asked_at')
    .execute();
  const orgs = await organisationRefs(
    db,
    rows.map((r) => r.org_id),
  );
  return rows.flatMap((r) => {
    const org = orgs.get(r.org_id);
    return org ? [{ orgId: r.org_id, name: org.legalName, slug: org.slug, state: r.state }] : [];
  });
}
