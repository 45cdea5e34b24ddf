import type { Kysely, Transaction } from 'kysely';
import { randomBytes } from 'node:crypto';
import type { Config } from '../../config.ts';
import { audit } from '../../platform/audit/audit.ts';
import type { Principal } from '../../platform/auth/principal.ts';
import type { DB } from '../../platform/db/schema.ts';
import { addMs, newId, now } from '../../platform/db/sql.ts';
import { consume } from '../../platform/http/rate-limit.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import { queueMail } from '../../platform/mail/mailer.ts';
import { fail, ok, type Outcome } from '../../platform/outcome.ts';
import { brusselsYear } from '../organisations/service-directory.ts';
import { signatoryRoleOf } from '../organisations/service.ts';
import { organisationRefs } from '../organisations/service-registration.ts';
import { referralMail } from './mails.ts';
import * as repo from './repository.ts';

// Inviting another organisation to sign: a link to share, or an e-mail we send with its own
// link. Only an administrator of a signatory invites (the routes check the session, these check
// again in the transaction through organisations' one check); each write keeps the yearly
// counts and leaves an audit line in the same transaction.

export const NAME_MAX = 160;
export const PERSON_MAX = 120;
export const MESSAGE_MAX = 1000;
/** An invitation's link opens the form this long; after that its page says it expired. */
export const LINK_DAYS = 90;
/** Invitations per organisation per day: plenty for a campaign, too few to make us a mail cannon. */
export const PER_DAY = 20;
export const TOO_MANY = 'referrals.error.tooMany';

const DAY = 86_400_000;

/** notFound and forbidden become another page; tooMany is 429 with the form again; notRevocable the list again. */
export type Reason = 'notFound' | 'forbidden' | 'tooMany' | 'notRevocable';

export interface ReferralDeps {
  db: Kysely<DB>;
  config: Config;
}

export interface EmailInput {
  inviteeName: string;
  recipientName: string;
  recipientEmail: string;
  recipientLang: Lang;
  message: string | undefined;
}

/** A link's code: 32 random bytes, as the app's other tokens. */
export const newCode = (): string => randomBytes(32).toString('base64url');

/** The link an invitation's recipient opens, in the language given. */
export const joinUrl = (config: Config, lang: Lang, token: string): string => `${config.baseUrl}/${lang}/join/${token}`;

type Fields = Pick<
  repo.Referral,
  'kind' | 'invitee_name' | 'recipient_name' | 'recipient_email' | 'recipient_lang' | 'message'
>;

/** A new invitation's row, sent by `userId` at `at`. */
export function newReferral(orgId: string, userId: string, at: string, fields: Fields): repo.Referral {
  return {
    id: newId(),
    org_id: orgId,
    token: newCode(),
    ...fields,
    state: 'sent',
    created_by: userId,
    created_at: at,
    expires_at: addMs(at, LINK_DAYS * DAY),
    first_opened_at: null,
    open_count: 0,
    applied_at: null,
    applied_org_id: null,
    signed_at: null,
    revoked_at: null,
  };
}

type Created = Outcome<{ id: string; token: string }, Reason, { retryAfter?: number }>;

/** The checks and the writes every new invitation shares; `then` adds the kind's own (its mail). */
async function create(
  deps: ReferralDeps,
  principal: Principal,
  orgId: string,
  fields: Fields,
  then?: (trx: Transaction<DB>, row: repo.Referral, inviterName: string) => Promise<void>,
): Promise<Created> {
  const { db } = deps;
  return db.transaction().execute(async (trx): Promise<Created> => {
    if ((await signatoryRoleOf(trx, orgId, principal.userId)) !== 'admin') return fail('forbidden' as const);
    const limit = await consume(trx, `referrals:${orgId}`, PER_DAY, DAY);
    if (!limit.allowed)
      return { ok: false, errors: { _form: TOO_MANY }, error: 'tooMany', retryAfter: limit.retryAfter };
    const at = now();
    const row = newReferral(orgId, principal.userId, at, fields);
    await repo.insertReferral(trx, row);
    await repo.bump(trx, orgId, brusselsYear(at), 'sent');
    const action = fields.kind === 'email' ? { action: 'referrals.email_sent' } : { action: 'referrals.link_created' };
    await audit(trx, {
      actor: principal.userId,
      ...action,
      subjectType: 'referral',
      subjectId: row.id,
      // The address is the recipient's: the audit says that a mail went, not to whom.
      details: { orgId, kind: fields.kind, lang: fields.recipient_lang },
    });
    const inviter = (await organisationRefs(trx, [orgId])).get(orgId);
    if (then) await then(trx, row, inviter?.legalName ?? '');
    return ok({ id: row.id, token: row.token });
  });
}

/** A link to share, optionally noting for which organisation it is. */
export function createLink(
  deps: ReferralDeps,
  principal: Principal,
  orgId: string,
  inviteeName: string | undefined,
): Promise<Created> {
  return create(deps, principal, orgId, {
    kind: 'link',
    invitee_name: inviteeName ?? null,
    recipient_name: null,
    recipient_email: null,
    recipient_lang: null,
    message: null,
  });
}

/** An e-mail in the recipient's language, from the mail queue, with its own link. */
export function sendInvitation(
  deps: ReferralDeps,
  principal: Principal,
  orgId: string,
  input: EmailInput,
): Promise<Created> {
  const fields: Fields = {
    kind: 'email',
    invitee_name: input.inviteeName,
    recipient_name: input.recipientName,
    recipient_email: input.recipientEmail,
    recipient_lang: input.recipientLang,
    message: input.message ?? null,
  };
  return create(deps, principal, orgId, fields, async (trx, row, inviterName) => {
    await queueMail(
      trx,
      referralMail({
        to: input.recipientEmail,
        lang: input.recipientLang,
        recipientName: input.recipientName,
        inviteeName: input.inviteeName,
        inviterName,
        senderName: principal.name,
        message: input.message ?? null,
        link: joinUrl(deps.config, input.recipientLang, row.token),
        expiresAt: row.expires_at,
      }),
    );
  });
}

/** Stops an invitation's link before anyone applied with it. */
export async function revokeReferral(
  db: Kysely<DB>,
  principal: Principal,
  orgId: string,
  id: string,
): Promise<Outcome<{ id: string }, Reason>> {
  return db.transaction().execute(async (trx) => {
    if ((await signatoryRoleOf(trx, orgId, principal.userId)) !== 'admin') return fail('forbidden' as const);
    const row = await repo.referralOf(trx, orgId, id);
    if (!row) return fail('notFound' as const);
    const at = now();
    if (!(await repo.moveReferral(trx, id, ['sent', 'opened'], { state: 'revoked', revoked_at: at })))
      return { ok: false, errors: { _form: 'referrals.error.notRevocable' }, error: 'notRevocable' };
    await audit(trx, {
      actor: principal.userId,
      action: 'referrals.revoked',
      subjectType: 'referral',
      subjectId: id,
      details: { orgId, kind: row.kind, state: row.state },
    });
    return ok({ id });
  });
}
