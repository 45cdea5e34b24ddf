import type { Config } from '../../config.ts';
import { composeMail } from '../../platform/mail/compose.ts';
import type { Mail } from '../../platform/mail/mailer.ts';
import { isLang, type Lang } from '../../platform/i18n/i18n.ts';

// The practices feature's mails, each in its recipient's language with the link written out.

interface Recipient {
  email: string;
  locale: string;
  name: string;
}

const langOf = (locale: string): Lang => (isLang(locale) ? locale : 'nl');

const practiceUrl = (config: Config, lang: Lang, orgId: string, practiceId: string) =>
  `${config.baseUrl}/${lang}/organisations/${orgId}/practices/${practiceId}`;

/** To an organisation's administrators: the secretariat published their practice (or its new revision). */
export function publishedMail(
  config: Config,
  to: Recipient,
  m: { orgId: string; practiceId: string; title: string; first: boolean },
): Mail {
  const lang = langOf(to.locale);
  return composeMail(to.email, lang, {
    subject: m.first ? 'practices.mail.published.subject' : 'practices.mail.updated.subject',
    paragraphs: ['practices.mail.greeting', m.first ? 'practices.mail.published.body' : 'practices.mail.updated.body'],
    action: { label: 'practices.mail.viewPractice', url: practiceUrl(config, lang, m.orgId, m.practiceId) },
    values: { name: to.name, title: m.title },
  });
}

/** To an organisation's administrators: the secretariat returned their practice with a comment. */
export function returnedMail(
  config: Config,
  to: Recipient,
  m: { orgId: string; practiceId: string; title: string; comment: string },
): Mail {
  const lang = langOf(to.locale);
  return composeMail(to.email, lang, {
    subject: 'practices.mail.returned.subject',
    paragraphs: [
      'practices.mail.greeting',
      'practices.mail.returned.body',
      { raw: m.comment },
      'practices.mail.returned.next',
    ],
    action: { label: 'practices.mail.viewPractice', url: practiceUrl(config, lang, m.orgId, m.practiceId) },
    values: { name: to.name, title: m.title },
  });
}

/** To each secretariat member, once a day: what was submitted since the last digest, and what waits. */
export function digestMail(config: Config, to: Recipient, m: { submitted: number; waiting: number }): Mail {
  const lang = langOf(to.locale);
  return composeMail(to.email, lang, {
    subject: 'practices.mail.digest.subject',
    paragraphs: ['practices.mail.greeting', 'practices.mail.digest.body'],
    action: { label: 'practices.mail.digest.action', url: `${config.baseUrl}/${lang}/secretariat/practices` },
    values: { name: to.name, submitted: m.submitted, waiting: m.waiting },
  });
}

/**
 * To an organisation's administrators: another organisation marked their practice adopted. The
 * adopter's note is theirs to write and is shown on the public page anyway; it comes as typed.
 */
export function adoptedMail(
  config: Config,
  to: Recipient,
  m: { slug: string; title: string; adopter: string; note: string | null },
): Mail {
  const lang = langOf(to.locale);
  return composeMail(to.email, lang, {
    subject: 'practices.mail.adopted.subject',
    paragraphs: [
      'practices.mail.greeting',
      'practices.mail.adopted.body',
      ...(m.note ? ['practices.mail.adopted.note', { raw: m.note }] : ['practices.mail.adopted.noNote']),
    ],
    action: {
      label: 'practices.mail.adopted.action',
      url: `${config.baseUrl}/${lang}/practices/${encodeURIComponent(m.slug)}`,
    },
    values: { name: to.name, title: m.title, adopter: m.adopter },
  });
}
