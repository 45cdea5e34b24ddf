import { sql, type Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { DB } from '../../platform/db/schema.ts';
import { now } from '../../platform/db/sql.ts';
import { enqueue, type JobHandler } from '../../platform/jobs/queue.ts';
import { mailHandler } from '../../platform/mail/mailer.ts';
import { secretariatContacts } from '../accounts/service.ts';
import { wanting } from '../following/service.ts';
import { awaitingReview } from './derived.ts';
import { digestMail } from './mails.ts';

// The secretariat hears about submitted practices once a day, never once per submission
// (domain.md: too many e-mails is the most common complaint after accessibility). Housekeeping
// runs about once an hour in every process; the first run of a UTC day that finds submissions
// since the last digest claims the day with one conditional update, so only one process sends.
// Housekeeping has no settings (the site's address), so it queues one job per secretariat member
// and the job, which has them, writes and sends the mail.

export const DIGEST_QUEUE = 'practices-digest';

interface DigestJob {
  to: { email: string; locale: string; name: string };
  submitted: number;
  waiting: number;
}

/** Writes the digest mail in the recipient's language and sends it as the mail queue would. */
export function digestHandler(config: Config): JobHandler {
  const send = mailHandler(config);
  return async (payload) => {
    const job = payload as DigestJob;
    await send(digestMail(config, job.to, { submitted: job.submitted, waiting: job.waiting }));
  };
}

const KEY = 'practices_digest_sent_at';

/** Queues the day's digest if it is due; returns whether it did. */
export async function queueDailyDigest(db: Kysely<DB>, at = now()): Promise<boolean> {
  const today = at.slice(0, 10);
  await db
    .insertInto('settings')
    .values({ key: KEY, value: '1970-01-01T00:00:00.000Z' })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  return db.transaction().execute(async (trx) => {
    const last = (await trx.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirstOrThrow())
      .value;
    if (last.slice(0, 10) >= today) return false;
    // Claim the day: another process that read the same `last` updates nothing.
    const claimed = await trx
      .updateTable('settings')
      .set({ value: at })
      .where('key', '=', KEY)
      .where('value', '=', last)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) return false;
    const row = await trx
      .selectFrom('practice_revisions')
      .select(sql<number>`count(*)`.as('n'))
      .where('status', '=', 'submitted')
      .where('submitted_at', '>', last)
      .executeTakeFirstOrThrow();
    const submitted = Number(row.n);
    if (submitted === 0) return false;
    const waiting = await awaitingReview(trx);
    const everyone = await secretariatContacts(trx);
    // Members of the secretariat who switched the digest off in their notification settings do without.
    const wanted = new Set(await wanting(trx, 'practices-digest', everyone.map((c) => c.id)));
    for (const c of everyone.filter((x) => wanted.has(x.id))) {
      const job: DigestJob = { to: { email: c.email, locale: c.locale, name: c.name }, submitted, waiting };
      await enqueue(trx, DIGEST_QUEUE, job);
    }
    return true;
  });
}
