import type { Config } from '../../config.ts';
import { composeMail } from '../../platform/mail/compose.ts';
import type { Mail } from '../../platform/mail/mailer.ts';
import { isLang, type Lang } from '../../platform/i18n/i18n.ts';

// The mails a reader's question sends: the question itself to the practice's contact person
// (in the language the practice was written in), and a short notice to the organisation's
// admins, without the message: the contact person is the one to answer (questionedMail says
// what the notice carries, and why).

const langOf = (locale: string): Lang => (isLang(locale) ? locale : 'nl');

const publicUrl = (config: Config, lang: Lang, slug: string) =>
  `${config.baseUrl}/${lang}/practices/${encodeURIComponent(slug)}`;

/**
 * To the contact person: the message as typed, and either the asker's address (they ticked
 * the box) or the plain statement that no reply can reach them through this mail.
 */
export function relayedQuestionMail(
  config: Config,
  to: { email: string; name: string; lang: string },
  q: { slug: string; title: string; askerName: string; askerEmail: string | null; message: string },
): Mail {
  const lang = langOf(to.lang);
  return composeMail(to.email, lang, {
    subject: 'practices.ask.mail.subject',
    paragraphs: [
      'practices.mail.greeting',
      'practices.ask.mail.intro',
      { raw: q.message },
      q.askerEmail ? 'practices.ask.mail.shared' : 'practices.ask.mail.notShared',
    ],
    action: { label: 'practices.ask.mail.view', url: publicUrl(config, lang, q.slug) },
    values: { name: to.name, title: q.title, asker: q.askerName, email: q.askerEmail ?? '' },
  });
}

/**
 * To each admin of the practice's organisation: a question went to the contact person. Never
 * the message: it was written to the contact person, who is the one to answer, and a copy
 * would only widen who reads a stranger's words. The asker's name and address only when they
 * ticked "share my address with the author": the admins speak for the author, and knowing who
 * waits for an answer lets them see to it if the contact person is away or has left. Without
 * that consent the admins learn only that a question was relayed, and that no reply can reach
 * its sender.
 */
export function questionedMail(
  config: Config,
  to: { email: string; locale: string; name: string },
  q: { slug: string; title: string; contactName: string; asker: { name: string; email: string } | null },
): Mail {
  const lang = langOf(to.locale);
  return composeMail(to.email, lang, {
    subject: 'practices.ask.mail.admins.subject',
    paragraphs: [
      'practices.mail.greeting',
      'practices.ask.mail.admins.body',
      q.asker ? 'practices.ask.mail.admins.shared' : 'practices.ask.mail.admins.notShared',
    ],
    action: { label: 'practices.ask.mail.view', url: publicUrl(config, lang, q.slug) },
    values: { name: to.name, title: q.title, contact: q.contactName, asker: q.asker?.name ?? '', email: q.asker?.email ?? '' },
  });
}
