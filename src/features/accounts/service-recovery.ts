import { now } from '../../platform/db/sql.ts';
import { audit } from '../../platform/audit/audit.ts';
import { hashPassword } from '../../platform/auth/password.ts';
import { queueMail } from '../../platform/mail/mailer.ts';
import { consume } from '../../platform/http/rate-limit.ts';
import * as repo from './repository.ts';
import { passwordProblem } from './password-strength.ts';
import { destroyAllSessions } from './sessions.ts';
import { clearAccountEverywhere } from './throttle.ts';
import { passwordChangedMail, resetMail } from './mails.ts';
import { HOUR, RESET_TOKEN_MS, type AccountDeps, type LinkProblem } from './outcome.ts';

const user = (id: string) => ({ subjectType: 'user', subjectId: id });

/**
 * Mails a link to choose a new password, if the address has an account. The answer on screen
 * is the same either way. Only the newest link works; at most 3 mails an hour per account.
 */
export async function requestPasswordReset(deps: AccountDeps, email: string): Promise<void> {
  const owner = await repo.findUserByEmail(deps.db, email);
  if (!owner) return;
  await deps.db.transaction().execute(async (trx) => {
    if (!(await consume(trx, `mail:reset:${owner.id}`, 3, HOUR)).allowed) return;
    await repo.dropTokens(trx, owner.id, 'reset_password');
    const token = await repo.createToken(trx, {
      kind: 'reset_password',
      userId: owner.id,
      payload: { email: owner.email },
      ttlMs: RESET_TOKEN_MS,
    });
    await audit(trx, { actor: null, action: 'accounts.password_reset_requested', ...user(owner.id) });
    await queueMail(trx, resetMail(deps.config, owner, token));
  });
}

/**
 * Sets a new password from a reset link. Every session of the account ends, slowed sign-ins end,
 * and the address counts as confirmed (the link proved the person reads it).
 */
export async function resetPassword(
  deps: AccountDeps,
  token: string,
  newPassword: string,
): Promise<{ ok: true } | { ok: false; problem: LinkProblem } | { ok: false; errors: Record<string, string> }> {
  const { db } = deps;
  const found = await repo.findToken(db, token, 'reset_password');
  if (found.state !== 'valid') return { ok: false, problem: found.state };
  const owner = found.row.user_id ? await repo.findUserById(db, found.row.user_id) : undefined;
  if (!owner) return { ok: false, problem: 'missing' };
  if (newPassword.trim().toLowerCase() === owner.email)
    return { ok: false, errors: { new_password: 'accounts.error.passwordIsEmail' } };
  const weak = passwordProblem(newPassword, [owner.name, owner.email]);
  if (weak) return { ok: false, errors: { new_password: weak } };
  const passwordHash = await hashPassword(newPassword);
  const at = now();
  return db
    .transaction()
    .execute(async (trx) => {
      if (!(await repo.useToken(trx, found.row.id_hash))) return { ok: false, problem: 'used' } as const;
      const sameAddress = repo.tokenPayload(found.row).email === owner.email;
      await repo.updateUser(trx, owner.id, {
        password_hash: passwordHash,
        failed_logins: 0,
        locked_until: null,
        ...(sameAddress && !owner.email_verified_at ? { email_verified_at: at } : {}),
      });
      const ended = await destroyAllSessions(trx, owner.id);
      await repo.dropTokens(trx, owner.id, 'reset_password', found.row.id_hash);
      await audit(trx, {
        actor: owner.id,
        action: 'accounts.password_reset',
        ...user(owner.id),
        details: { sessionsEnded: ended },
      });
      await queueMail(trx, passwordChangedMail(deps.config, owner, at));
      return { ok: true } as const;
    })
    .then(async (result) => {
      if (result.ok) await clearAccountEverywhere(db, deps.config.sessionSecret, owner.email);
      return result;
    });
}
