import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Dialect } from '../../platform/db/database.ts';
import { now } from '../../platform/db/sql.ts';
import { audit } from '../../platform/audit/audit.ts';
import { queueMail } from '../../platform/mail/mailer.ts';
import type { Principal } from '../../platform/auth/principal.ts';
import { Refused, type EventBus } from '../../platform/events.ts';
import * as repo from './repository.ts';
import { deleteSecondFactor } from './repository-second-factor.ts';
import { destroyAllSessions } from './sessions.ts';
import { accountClosedMail } from './mails.ts';
import { checkCurrentPassword } from './service-settings.ts';
import type { Outcome } from './outcome.ts';

/**
 * Closes the signed-in person's account, as the privacy notice promises: name, address and
 * password are deleted at once, with every session, link, membership and unfinished
 * application. The row itself stays without them, because applications and audit lines point
 * to it; what an application recorded about its contact person follows the signing records'
 * own retention. Refused while the person is the last secretariat account (nobody could run the
 * platform) or when a feature listening to `accounts:closing` refuses (organisations does while
 * the person is the only administrator of one: it would be left without).
 */
export async function closeAccount(
  deps: { db: Kysely<DB>; dialect: Dialect; events: EventBus },
  principal: Principal,
  input: { current_password: string },
): Promise<Outcome<null>> {
  const { db, dialect } = deps;
  const checked = await checkCurrentPassword(db, principal.userId, input.current_password);
  if (!checked.ok) return checked;
  const owner = checked.value;
  const at = now();
  // Every check runs again inside the transaction, on locked rows: two people closing at the
  // same moment cannot leave an organisation, or the platform, without anyone in charge.
  const closing = db.transaction().execute(async (trx): Promise<Outcome<null>> => {
    if (owner.is_secretariat === 1) {
      const secretariat = await repo.lockSecretariat(trx, dialect);
      if (!secretariat.some((id) => id !== owner.id))
        return { ok: false, errors: { _form: 'accounts.close.error.lastSecretariat' } };
    }
    // Other features forget what they keep for this person (memberships, a draft application)
    // or refuse; a refusal rolls back what listeners before it did.
    const refusal = await deps.events.emit({ trx, dialect }, 'accounts:closing', { userId: owner.id });
    if (refusal) throw new Refused(refusal);
    // The goodbye mail is queued before the address is deleted: it is its last use.
    await queueMail(trx, accountClosedMail(owner));
    await repo.dropAllTokens(trx, owner.id);
    await deleteSecondFactor(trx, owner.id);
    await destroyAllSessions(trx, owner.id);
    await repo.updateUser(trx, owner.id, {
      name: '',
      email: `closed-${owner.id}@closed.invalid`,
      password_hash: null,
      email_verified_at: null,
      is_secretariat: 0,
      failed_logins: 0,
      locked_until: null,
      closed_at: at,
    });
    await audit(trx, { actor: owner.id, action: 'accounts.account_closed', subjectType: 'user', subjectId: owner.id });
    return { ok: true, value: null };
  });
  return closing.catch((err: unknown) => {
    if (err instanceof Refused) return { ok: false, ...err.refusal };
    throw err;
  });
}
