import type { Config } from '../../config.ts';
import type { Events, Tx } from '../../platform/events.ts';
import { enqueue, type JobHandler } from '../../platform/jobs/queue.ts';
import { mailHandler } from '../../platform/mail/mailer.ts';
import { contactsOf } from '../accounts/service.ts';
import { adminUserIds, organisationRefs } from '../organisations/service-registration.ts';
import { wanting } from '../following/service.ts';
import { announcePracticeNews } from './service-follow.ts';
import { adoptedMail } from './mails.ts';

// "We adopted this" tells the practice's organisation: each of its administrators gets one mail,
// in their own language, naming the adopter and carrying its note. The feature hears its own
// event (events.ts) like any other listener would, so service-public.ts stays about adoptions.
// A listener has the transaction but not the settings (the site's address for the link), so it
// queues one job per administrator, as the daily digest does (digest.ts), and the job writes
// and sends the mail. The job commits or rolls back with the adoption.

export const ADOPTED_QUEUE = 'practices-adopted';

interface AdoptedJob {
  to: { email: string; locale: string; name: string };
  slug: string;
  title: string;
  adopter: string;
  note: string | null;
}

/** The listener of 'practices:adopted': only a new adoption is news, not a changed note. */
export async function queueAdoptedMails({ trx }: Tx, event: Events['practices:adopted']): Promise<void> {
  if (!event.added) return;
  const practice = await trx
    .selectFrom('practices')
    .select(['slug', 'published_revision_id', 'original_lang'])
    .where('id', '=', event.practiceId)
    .executeTakeFirst();
  if (!practice?.published_revision_id) return;
  const [texts, adoption, orgs, admins] = await Promise.all([
    trx
      .selectFrom('practice_texts')
      .select(['lang', 'title'])
      .where('revision_id', '=', practice.published_revision_id)
      .where('origin', '=', 'author')
      .execute(),
    trx
      .selectFrom('practice_adoptions')
      .select('note')
      .where('practice_id', '=', event.practiceId)
      .where('org_id', '=', event.adopterOrgId)
      .executeTakeFirst(),
    organisationRefs(trx, [event.adopterOrgId]),
    // Admins who switched these mails off in their notification settings do without.
    adminUserIds(trx, event.orgId).then((ids) => wanting(trx, 'practices-adopted', ids)).then((ids) => contactsOf(trx, ids)),
  ]);
  const adopter = orgs.get(event.adopterOrgId)?.legalName;
  if (!adopter || texts.length === 0) return;
  // An adoption is news for the practice's followers too.
  await announcePracticeNews(trx, event.practiceId, 'adopted', { actor: null, adopter });
  for (const admin of admins) {
    // The title as the admin reads the practice: in their language if it exists, else the original.
    const text = texts.find((x) => x.lang === admin.locale) ?? texts.find((x) => x.lang === practice.original_lang) ?? texts[0]!;
    const job: AdoptedJob = {
      to: { email: admin.email, locale: admin.locale, name: admin.name },
      slug: practice.slug,
      title: text.title,
      adopter,
      note: adoption?.note ?? null,
    };
    await enqueue(trx, ADOPTED_QUEUE, job);
  }
}

/** Writes the mail in the recipient's language and sends it as the mail queue would. */
export function adoptedHandler(config: Config): JobHandler {
  const send = mailHandler(config);
  return async (payload) => {
    const job = payload as AdoptedJob;
    await send(adoptedMail(config, job.to, job));
  };
}
