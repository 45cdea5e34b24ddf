import type { Kysely } from 'kysely';
import { audit } from '../../platform/audit/audit.ts';
import type { DB } from '../../platform/db/schema.ts';
import { isLang, translator, type Lang } from '../../platform/i18n/i18n.ts';
import { composeMail } from '../../platform/mail/compose.ts';
import { queueMail } from '../../platform/mail/mailer.ts';
import { fail, ok, type Outcome } from '../../platform/outcome.ts';
import { contactsOf } from '../accounts/service.ts';
import { wanting } from '../following/service.ts';
import { keepWeekly, type Message } from '../following/service-news.ts';
import { adminUserIds } from '../organisations/service-registration.ts';
import * as repo from './repository.ts';
import { textIn } from './service-public.ts';

// The secretariat writes to a campaign's supporters: the administrators of each supporting
// organisation, once each. It is a kind of mail a person may switch off (`campaigns-supporters`,
// ADR 0021): we ask `wanting` before anything; those who keep it get it as they chose for their
// news, in the weekly digest or at once through the mail queue, in their own language.

export const MAIL_KIND = 'campaigns-supporters';
export const SUBJECT_MAX = 160;
export const BODY_MAX = 5000;
const BATCH = 500;

export interface SupportersMessage {
  subject: string;
  body: string;
}

export async function writeToSupporters(
  deps: { db: Kysely<DB>; baseUrl: string },
  actor: string,
  campaignId: string,
  message: SupportersMessage,
): Promise<Outcome<{ atOnce: number; weekly: number }, 'notFound'>> {
  return deps.db.transaction().execute(async (trx) => {
    const campaign = await repo.campaignById(trx, campaignId);
    if (!campaign) return fail('notFound' as const);
    const texts = (await repo.textsOf(trx, [campaign.id])).get(campaign.id) ?? [];
    // The administrators of every supporting organisation, a page of supporters at a time.
    const admins = new Set<string>();
    for (let after: { at: string; id: string } | null = null; ;) {
      const page = await repo.supporterPage(trx, campaign.id, after, BATCH);
      // One query per organisation: a send is rare, and organisations owns its memberships.
      for (const s of page) for (const id of await adminUserIds(trx, s.org_id)) admins.add(id);
      if (page.length < BATCH) break;
      const last = page.at(-1)!;
      after = { at: last.supported_at, id: last.org_id };
    }
    const people = await contactsOf(trx, await wanting(trx, MAIL_KIND, [...admins]));
    const path = `/campaigns/${campaign.slug}`;
    const messages: Message[] = people.map((p) => {
      const lang: Lang = isLang(p.locale) ? p.locale : 'nl';
      const title = textIn(texts, lang, campaign.lang).text.title;
      const text = translator(lang)('campaigns.mail.digest', { title, subject: message.subject });
      return { userId: p.id, kind: 'campaign', id: campaign.id, lang, title, path, text: `${text}\n\n${message.body}` };
    });
    const atOnce = await keepWeekly({ db: trx }, messages);
    for (const m of atOnce) {
      const person = people.find((p) => p.id === m.userId)!;
      await queueMail(
        trx,
        composeMail(person.email, m.lang, {
          subject: 'campaigns.mail.subject',
          paragraphs: ['campaigns.mail.greeting', 'campaigns.mail.intro', { raw: message.body }, 'campaigns.mail.why'],
          action: { label: 'campaigns.mail.button', url: `${deps.baseUrl}/${m.lang}${path}` },
          values: {
            name: person.name,
            title: m.title,
            subject: message.subject,
            settings: `${deps.baseUrl}/${m.lang}/account/notifications`,
          },
        }),
      );
    }
    await audit(trx, {
      actor,
      action: 'campaigns.supporters_written',
      subjectType: 'campaign',
      subjectId: campaign.id,
      details: {
        subject: message.subject,
        admins: admins.size,
        atOnce: atOnce.length,
        weekly: messages.length - atOnce.length,
      },
    });
    return ok({ atOnce: atOnce.length, weekly: messages.length - atOnce.length });
  });
}
