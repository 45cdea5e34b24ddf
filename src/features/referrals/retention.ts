import type { Kysely } from 'kysely';
import { audit } from '../../platform/audit/audit.ts';
import type { DB } from '../../platform/db/schema.ts';
import { addMs, now } from '../../platform/db/sql.ts';

// The person an e-mail invitation was written to never chose to be here: their name, address and
// the sender's message are kept a year (long enough to follow the invitation, whose link works
// 90 days), then blanked. What remains says that an e-mail went, to which organisation, and how
// far it got.

export const RECIPIENT_KEPT_MS = 365 * 86_400_000;

export async function forgetRecipients(db: Kysely<DB>, at = now()): Promise<number> {
  const cutoff = addMs(at, -RECIPIENT_KEPT_MS);
  return db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('referrals')
      .set({ recipient_name: null, recipient_email: null, message: null })
      .where('kind', '=', 'email')
      .where('recipient_email', 'is not', null)
      .where('created_at', '<', cutoff)
      .executeTakeFirst();
    const count = Number(res.numUpdatedRows);
    if (count > 0)
      await audit(trx, {
        actor: null,
        action: 'referrals.recipients_forgotten',
        subjectType: 'database',
        subjectId: 'referrals',
        details: { count, before: cutoff },
      });
    return count;
  });
}
