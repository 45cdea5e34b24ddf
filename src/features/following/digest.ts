import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { now } from '../../platform/db/sql.ts';
import { enqueue } from '../../platform/jobs/queue.ts';
import { DEFAULT_LANG, isLang } from '../../platform/i18n/i18n.ts';
import { contactsOf } from '../accounts/service.ts';
import { DIGEST_QUEUE, type DigestJob } from './mails.ts';
import { isRequest } from './service-news.ts';

// The weekly digest: one mail per person with the news kept for them since the last one, then
// that news deleted. Housekeeping runs about once an hour in every process; the first run in a
// new ISO week claims the week with one conditional update (as practices/digest.ts claims its
// day), so one process sends it, once. The claim and the mails commit together. Requests that
// wait for the reader's answer (service-news.ts keptKind) go under their own heading, first, so
// they are not lost among the news.

const KEY = 'following_digest_week';
const PEOPLE_BATCH = 500;

/** The ISO 8601 week of a UTC instant, as `2026-W49` (weeks start on Monday; week 1 holds 4 January). */
export function isoWeek(iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day); // the Thursday of that week gives its year
  const year = d.getUTCFullYear();
  const week = Math.ceil(((d.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Queues this week's digests if no process has yet; returns how many people get one. */
export async function queueWeeklyDigest(db: Kysely<DB>, at = now()): Promise<number | null> {
  const week = isoWeek(at);
  await db
    .insertInto('settings')
    .values({ key: KEY, value: '' })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  return db.transaction().execute(async (trx) => {
    const last = (await trx.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirstOrThrow())
      .value;
    if (last >= week) return null;
    // Claim the week: another process that read the same `last` updates nothing.
    const claimed = await trx
      .updateTable('settings')
      .set({ value: week })
      .where('key', '=', KEY)
      .where('value', '=', last)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) return null;
    let sent = 0;
    for (let after = ''; ;) {
      const people = (
        await trx
          .selectFrom('follow_news')
          .select('user_id')
          .distinct()
          .where('user_id', '>', after)
          .where('at', '<=', at)
          .orderBy('user_id')
          .limit(PEOPLE_BATCH)
          .execute()
      ).map((r) => r.user_id);
      if (people.length === 0) break;
      after = people.at(-1)!;
      const news = await trx
        .selectFrom('follow_news')
        .select(['user_id', 'subject_kind', 'title', 'path', 'text', 'lang'])
        .where('user_id', 'in', people)
        .where('at', '<=', at)
        .orderBy('user_id')
        .orderBy('at')
        .orderBy('id')
        .execute();
      for (const person of await contactsOf(trx, people)) {
        const items = news.filter((n) => n.user_id === person.id);
        if (items.length === 0) continue;
        // The reader's language now; each item was written in the language they had then.
        const lang = isLang(person.locale) ? person.locale : DEFAULT_LANG;
        const job: DigestJob = {
          to: { email: person.email, name: person.name },
          lang,
          items: items.map(({ subject_kind, title, path, text }) =>
            isRequest(subject_kind) ? { title, path, text, request: true } : { title, path, text },
          ),
        };
        await enqueue(trx, DIGEST_QUEUE, job);
        sent++;
      }
      await trx.deleteFrom('follow_news').where('user_id', 'in', people).where('at', '<=', at).execute();
      if (people.length < PEOPLE_BATCH) break;
    }
    return sent;
  });
}
