import { markdownToPlainText } from '../../platform/mail/plain-text.ts';
import type { Config } from '../../config.ts';
import { composeMail, type MailContent } from '../../platform/mail/compose.ts';
import type { Mail } from '../../platform/mail/mailer.ts';
import { formatters } from '../../platform/i18n/format.ts';
import { isLang, type Lang } from '../../platform/i18n/i18n.ts';

// Every mail of the signing journey, in the recipient's language, with the link written out.

export const langOf = (locale: string | null | undefined): Lang => (isLang(locale) ? locale : 'nl');

interface Recipient {
  email: string;
  locale: string;
  name?: string;
}

function mail(to: Recipient, content: MailContent): Mail {
  return composeMail(to.email, langOf(to.locale), content);
}

const applicationUrl = (config: Config, lang: Lang, id: string) => `${config.baseUrl}/${lang}/sign/applications/${id}`;
const reviewUrl = (config: Config, lang: Lang, id: string) =>
  `${config.baseUrl}/${lang}/secretariat/applications/${id}`;

export interface ExecutiveInvite {
  executive: { name: string; email: string; lang: Lang };
  orgName: string;
  applicantName: string;
  applicantEmail: string;
  token: string;
  expiresAt: string;
  /** The charter as the executive will see it, in their language. */
  charterText: string;
  again?: boolean;
}

/** The personal link for the executive, with the charter text itself. */
export function executiveInviteMail(config: Config, m: ExecutiveInvite): Mail {
  return personalLinkMail(config, m, {
    subject: m.again ? 'signing.mail.executive.subjectAgain' : 'signing.mail.executive.subject',
    before: ['signing.mail.executive.intro', 'signing.mail.executive.commitment', 'signing.mail.executive.link'],
    values: { applicant: m.applicantName, applicantEmail: m.applicantEmail },
  });
}

/** A mail with the executive's personal link, then the charter text they will sign. */
function personalLinkMail(
  config: Config,
  m: { executive: { name: string; email: string; lang: Lang }; orgName: string; token: string; expiresAt: string; charterText: string },
  content: { subject: string; before: string[]; values: Record<string, string | number> },
): Mail {
  const lang = m.executive.lang;
  const link = `${config.baseUrl}/${lang}/sign/confirm/${m.token}`;
  return composeMail(m.executive.email, lang, {
    subject: content.subject,
    paragraphs: [
      'signing.mail.executive.greeting',
      ...content.before,
      'signing.mail.executive.charterBelow',
      { raw: markdownToPlainText(m.charterText) },
      'signing.mail.executive.notYou',
    ],
    action: { label: 'signing.mail.executive.action', url: link },
    values: { name: m.executive.name, org: m.orgName, link, expires: formatters(lang).date(m.expiresAt), ...content.values },
  });
}

export function applicantReceivedMail(
  config: Config,
  to: Recipient,
  m: { applicationId: string; orgName: string; executiveName: string },
): Mail {
  const lang = langOf(to.locale);
  return mail(to, {
    subject: 'signing.mail.received.subject',
    paragraphs: ['signing.mail.received.body', 'signing.mail.received.next'],
    action: { label: 'signing.mail.viewApplication', url: applicationUrl(config, lang, m.applicationId) },
    values: { org: m.orgName, executive: m.executiveName },
  });
}

export function applicantSignedMail(
  config: Config,
  to: Recipient,
  m: { applicationId: string; orgName: string; signerName: string },
): Mail {
  const lang = langOf(to.locale);
  return mail(to, {
    subject: 'signing.mail.signed.subject',
    paragraphs: ['signing.mail.signed.body', 'signing.mail.signed.next'],
    action: { label: 'signing.mail.viewApplication', url: applicationUrl(config, lang, m.applicationId) },
    values: { org: m.orgName, signer: m.signerName },
  });
}

export function secretariatSignedMail(
  config: Config,
  to: Recipient,
  m: { applicationId: string; orgName: string; signerName: string },
): Mail {
  const lang = langOf(to.locale);
  return mail(to, {
    subject: 'signing.mail.toReview.subject',
    paragraphs: ['signing.mail.toReview.body'],
    action: { label: 'signing.mail.toReview.action', url: reviewUrl(config, lang, m.applicationId) },
    values: { org: m.orgName, signer: m.signerName },
  });
}

export function secretariatRepliedMail(
  config: Config,
  to: Recipient,
  m: { applicationId: string; orgName: string },
): Mail {
  const lang = langOf(to.locale);
  return mail(to, {
    subject: 'signing.mail.replied.subject',
    paragraphs: ['signing.mail.replied.body'],
    action: { label: 'signing.mail.toReview.action', url: reviewUrl(config, lang, m.applicationId) },
    values: { org: m.orgName },
  });
}

export function applicantDeclinedMail(
  config: Config,
  to: Recipient,
  m: { applicationId: string; orgName: string; executiveName: string; reason: string | null },
): Mail {
  const lang = langOf(to.locale);
  return mail(to, {
    subject: 'signing.mail.declined.subject',
    paragraphs: [
      'signing.mail.declined.body',
      ...(m.reason ? ['signing.mail.declined.reason', { raw: m.reason }] : []),
      'signing.mail.declined.next',
    ],
    action: { label: 'signing.mail.viewApplication', url: applicationUrl(config, lang, m.applicationId) },
    values: { org: m.orgName, executive: m.executiveName },
  });
}

export function applicantApprovedMail(config: Config, to: Recipient, m: { orgName: string; slug: string }): Mail {
  const lang = langOf(to.locale);
  return mail(to, {
    subject: 'signing.mail.approved.subject',
    paragraphs: ['signing.mail.approved.body', 'signing.mail.approved.next'],
    action: { label: 'signing.mail.approved.action', url: `${config.baseUrl}/${lang}/signatories/${m.slug}` },
    values: { org: m.orgName },
  });
}

export function applicantRejectedMail(
  config: Config,
  to: Recipient,
  m: { applicationId: string; orgName: string; reason: string },
): Mail {
  const lang = langOf(to.locale);
  return mail(to, {
    subject: 'signing.mail.rejected.subject',
    paragraphs: ['signing.mail.rejected.body', { raw: m.reason }, 'signing.mail.rejected.next'],
    action: { label: 'signing.mail.viewApplication', url: applicationUrl(config, lang, m.applicationId) },
    values: { org: m.orgName },
  });
}

export function applicantInfoRequestedMail(
  config: Config,
  to: Recipient,
  m: { applicationId: string; orgName: string; message: string },
): Mail {
  const lang = langOf(to.locale);
  return mail(to, {
    subject: 'signing.mail.info.subject',
    paragraphs: ['signing.mail.info.body', { raw: m.message }, 'signing.mail.info.next'],
    action: { label: 'signing.mail.info.action', url: applicationUrl(config, lang, m.applicationId) },
    values: { org: m.orgName },
  });
}

export interface RenewalInvite {
  executive: { name: string; email: string; lang: Lang };
  orgName: string;
  version: number;
  token: string;
  expiresAt: string;
  /** The new version as the executive will see it, in their language. */
  charterText: string;
}

/** The personal link to sign the charter's new version for an organisation that signed an earlier one. */
export function renewalInviteMail(config: Config, m: RenewalInvite): Mail {
  return personalLinkMail(config, m, {
    subject: 'signing.renewal.mail.subject',
    before: ['signing.renewal.mail.intro', 'signing.renewal.mail.link'],
    values: { version: m.version },
  });
}

/** To an administrator: a new version to sign, and no address on record for whoever signs. */
export function renewalNeedsExecutiveMail(
  config: Config,
  to: Recipient,
  m: { applicationId: string; orgName: string; version: number },
): Mail {
  const lang = langOf(to.locale);
  return mail(to, {
    subject: 'signing.renewal.admin.subject',
    paragraphs: ['signing.renewal.admin.body', 'signing.renewal.admin.next'],
    action: { label: 'signing.renewal.admin.action', url: applicationUrl(config, lang, m.applicationId) },
    values: { org: m.orgName, version: m.version },
  });
}
