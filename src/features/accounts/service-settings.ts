import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { now } from '../../platform/db/sql.ts';
import { audit } from '../../platform/audit/audit.ts';
import { hashPassword, verifyPassword } from '../../platform/auth/password.ts';
import { queueMail } from '../../platform/mail/mailer.ts';
import { consume } from '../../platform/http/rate-limit.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import type { Principal } from '../../platform/auth/principal.ts';
import * as repo from './repository.ts';
import { passwordProblem } from './password-strength.ts';
import { destroyAllSessions, destroyOtherSessions } from './sessions.ts';
import { addressInUseMail, confirmEmailChangeMail, emailChangeNoticeMail, passwordChangedMail } from './mails.ts';
import {
  CHANGE_EMAIL_TOKEN_MS,
  PASSWORD_CHECK_WINDOW_MS,
  type AccountDeps,
  type LinkProblem,
  type Outcome,
} from './outcome.ts';

const user = (id: string) => ({ subjectType: 'user', subjectId: id });

/** What the account page shows. */
export interface AccountOverview {
  name: string;
  email: string;
  locale: Lang;
  emailVerified: boolean;
  isSecretariat: boolean;
  createdAt: string;
  pendingEmail: { email: string; expiresAt: string } | null;
  sessions: number;
}

export async function accountOverview(db: Kysely<DB>, userId: string): Promise<AccountOverview | null> {
  const row = await repo.findUserById(db, userId);
  if (!row) return null;
  return {
    name: row.name,
    email: row.email,
    locale: row.locale,
    emailVerified: row.email_verified_at !== null,
    isSecretariat: row.is_secretariat === 1,
    createdAt: row.created_at,
    pendingEmail: await repo.pendingEmailChange(db, userId),
    sessions: await repo.countSessions(db, userId),
  };
}

export async function updateProfile(
  db: Kysely<DB>,
  principal: Principal,
  input: { name: string; locale: Lang },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await repo.findUserById(trx, principal.userId);
    if (!before) return;
    const changed = [before.name !== input.name ? 'name' : '', before.locale !== input.locale ? 'locale' : ''].filter(
      Boolean,
    );
    if (changed.length === 0) return;
    await repo.updateUser(trx, principal.userId, { name: input.name, locale: input.locale });
    await audit(trx, {
      actor: principal.userId,
      action: 'accounts.profile_updated',
      ...user(principal.userId),
      details: { changed, locale: input.locale },
    });
  });
}

/** At most 10 password checks per person per 15 minutes on the settings forms and when closing: a stolen session cannot guess the password. */
const PASSWORD_CHECKS = 10;

export async function checkCurrentPassword(
  db: Kysely<DB>,
  userId: string,
  password: string,
): Promise<Outcome<repo.UserRow>> {
  const limit = await consume(db, `password-check:${userId}`, PASSWORD_CHECKS, PASSWORD_CHECK_WINDOW_MS);
  if (!limit.allowed) {
    return {
      ok: false,
      errors: { current_password: 'accounts.error.tooManyPasswordChecks' },
      values: { minutes: Math.ceil(limit.retryAfter / 60) },
    };
  }
  const row = await repo.findUserById(db, userId);
  if (!row || !(await verifyPassword(row.password_hash, password)))
    return { ok: false, errors: { current_password: 'accounts.error.currentPasswordWrong' } };
  return { ok: true, value: row };
}

/** Changes the password and ends every other session: whoever else was signed in is out. */
export async function changePassword(
  deps: AccountDeps,
  principal: Principal,
  input: { current_password: string; new_password: string },
): Promise<Outcome<{ otherSessionsEnded: number }>> {
  const checked = await checkCurrentPassword(deps.db, principal.userId, input.current_password);
  if (!checked.ok) return checked;
  const owner = checked.value;
  if (input.new_password.trim().toLowerCase() === owner.email)
    return { ok: false, errors: { new_password: 'accounts.error.passwordIsEmail' } };
  const weak = passwordProblem(input.new_password, [owner.name, owner.email]);
  if (weak) return { ok: false, errors: { new_password: weak } };
  const passwordHash = await hashPassword(input.new_password);
  const at = now();
  const ended = await deps.db.transaction().execute(async (trx) => {
    await repo.updateUser(trx, owner.id, { password_hash: passwordHash, failed_logins: 0, locked_until: null });
    const count = await destroyOtherSessions(trx, owner.id, principal.sessionIdHash);
    await repo.dropTokens(trx, owner.id, 'reset_password');
    await audit(trx, {
      actor: owner.id,
      action: 'accounts.password_changed',
      ...user(owner.id),
      details: { otherSessionsEnded: count },
    });
    await queueMail(trx, passwordChangedMail(deps.config, owner, at));
    return count;
  });
  return { ok: true, value: { otherSessionsEnded: ended } };
}

/**
 * Asks to move the account to a new address. The change waits for the link sent to the new
 * address; the old address is told at once. An address that already has an account gets the
 * same answer on screen (its owner gets a mail instead of a link).
 */
export async function requestEmailChange(
  deps: AccountDeps,
  principal: Principal,
  input: { email: string; current_password: string },
): Promise<Outcome<null>> {
  const checked = await checkCurrentPassword(deps.db, principal.userId, input.current_password);
  if (!checked.ok) return checked;
  const owner = checked.value;
  if (input.email === owner.email) return { ok: false, errors: { email: 'accounts.error.sameEmail' } };
  await deps.db.transaction().execute(async (trx) => {
    const taken = await repo.findUserByEmail(trx, input.email);
    await repo.dropTokens(trx, owner.id, 'change_email');
    // A link is recorded either way, so the account page looks the same; it is only mailed if the address is free.
    const token = await repo.createToken(trx, {
      kind: 'change_email',
      userId: owner.id,
      payload: { email: input.email },
      ttlMs: CHANGE_EMAIL_TOKEN_MS,
    });
    await audit(trx, {
      actor: owner.id,
      action: 'accounts.email_change_requested',
      ...user(owner.id),
      // Ids, not addresses: the audit log outlives the address (five years).
      details: { addressInUse: taken !== undefined },
    });
    await queueMail(trx, emailChangeNoticeMail(deps.config, owner, input.email));
    if (!taken) {
      await queueMail(
        trx,
        confirmEmailChangeMail(deps.config, { email: input.email, name: owner.name, locale: owner.locale }, token),
      );
    } else if ((await consume(trx, `mail:in-use:${taken.id}`, 3, 3600_000)).allowed) {
      await queueMail(trx, addressInUseMail(deps.config, taken));
    }
  });
  return { ok: true, value: null };
}

/** The new address a change link is for, or why the link cannot be used. */
export async function emailChangeLink(
  db: Kysely<DB>,
  token: string,
): Promise<{ ok: true; email: string } | { ok: false; problem: LinkProblem }> {
  const found = await repo.findToken(db, token, 'change_email');
  if (found.state !== 'valid') return { ok: false, problem: found.state };
  const email = repo.tokenPayload(found.row).email;
  return email ? { ok: true, email } : { ok: false, problem: 'missing' };
}

export type ConfirmEmailOutcome =
  { ok: true; value: { email: string } } | { ok: false; problem: LinkProblem | 'taken' };

/**
 * The link in the mail to the new address: the address changes now (and counts as confirmed).
 * Every other session of the account ends, and pending password-reset links die: whoever may
 * have had the old address or a session must not keep a way in. `currentSessionHash` is the
 * session of the browser that confirms, kept when it is the owner's own.
 */
export async function confirmEmailChange(
  db: Kysely<DB>,
  token: string,
  currentSessionHash: string | null = null,
): Promise<ConfirmEmailOutcome> {
  return db.transaction().execute(async (trx): Promise<ConfirmEmailOutcome> => {
    const found = await repo.findToken(trx, token, 'change_email');
    if (found.state !== 'valid' || !found.row.user_id)
      return { ok: false, problem: found.state === 'valid' ? 'missing' : found.state };
    const email = repo.tokenPayload(found.row).email;
    if (!email) return { ok: false, problem: 'missing' };
    if (await repo.findUserByEmail(trx, email)) return { ok: false, problem: 'taken' };
    if (!(await repo.useToken(trx, found.row.id_hash))) return { ok: false, problem: 'used' };
    const owner = await repo.findUserById(trx, found.row.user_id);
    if (!owner) return { ok: false, problem: 'missing' };
    await repo.updateUser(trx, owner.id, { email, email_verified_at: now() });
    await repo.dropTokens(trx, owner.id, 'verify_email');
    await repo.dropTokens(trx, owner.id, 'reset_password');
    const sessionsEnded = currentSessionHash
      ? await destroyOtherSessions(trx, owner.id, currentSessionHash)
      : await destroyAllSessions(trx, owner.id);
    await audit(trx, {
      actor: owner.id,
      action: 'accounts.email_changed',
      ...user(owner.id),
      details: { sessionsEnded },
    });
    return { ok: true, value: { email } };
  });
}
