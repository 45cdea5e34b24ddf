import type { Config } from '../../config.ts';
import { composeMail } from '../../platform/mail/compose.ts';
import type { Mail } from '../../platform/mail/mailer.ts';
import { formatters } from '../../platform/i18n/format.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';

// Every mail this feature sends, in the recipient's language, each link written out in full.

interface Recipient {
  email: string;
  name: string;
  locale: Lang;
}

const link = (config: Config, lang: Lang, path: string) => `${config.baseUrl}/${lang}${path}`;

export function verificationMail(config: Config, to: Recipient, token: string): Mail {
  return composeMail(to.email, to.locale, {
    subject: 'accounts.mail.verify.subject',
    paragraphs: ['accounts.mail.greeting', 'accounts.mail.verify.body', 'accounts.mail.verify.ignore'],
    action: { label: 'accounts.mail.verify.action', url: link(config, to.locale, `/verify-email/${token}`) },
    values: { name: to.name },
  });
}

/** Someone signed up with an address that already has an account: tell its owner, nobody else. */
export function existingAccountMail(config: Config, to: Recipient): Mail {
  return composeMail(to.email, to.locale, {
    subject: 'accounts.mail.existing.subject',
    paragraphs: [
      'accounts.mail.greeting',
      'accounts.mail.existing.body',
      'accounts.mail.existing.reset',
      'accounts.mail.existing.ignore',
    ],
    action: { label: 'accounts.mail.existing.action', url: link(config, to.locale, '/sign-in') },
    values: { name: to.name, resetUrl: link(config, to.locale, '/forgot-password') },
  });
}

/** Wrong passwords came from many places: the owner is told, and can still sign in as usual. */
export function lockedMail(config: Config, to: Recipient): Mail {
  return composeMail(to.email, to.locale, {
    subject: 'accounts.mail.locked.subject',
    paragraphs: [
      'accounts.mail.greeting',
      'accounts.mail.locked.body',
      'accounts.mail.locked.ifYou',
      'accounts.mail.locked.ifNot',
    ],
    action: { label: 'accounts.mail.newPasswordAction', url: link(config, to.locale, '/forgot-password') },
    values: { name: to.name },
  });
}

export function resetMail(config: Config, to: Recipient, token: string): Mail {
  return composeMail(to.email, to.locale, {
    subject: 'accounts.mail.reset.subject',
    paragraphs: ['accounts.mail.greeting', 'accounts.mail.reset.body', 'accounts.mail.reset.ignore'],
    action: { label: 'accounts.mail.newPasswordAction', url: link(config, to.locale, `/reset-password/${token}`) },
    values: { name: to.name },
  });
}

export function passwordChangedMail(config: Config, to: Recipient, at: string): Mail {
  return composeMail(to.email, to.locale, {
    subject: 'accounts.mail.passwordChanged.subject',
    paragraphs: ['accounts.mail.greeting', 'accounts.mail.passwordChanged.body', 'accounts.mail.passwordChanged.ifNot'],
    action: { label: 'accounts.mail.newPasswordAction', url: link(config, to.locale, '/forgot-password') },
    values: { name: to.name, at: formatters(to.locale).dateTime(at) },
  });
}

/** The last mail to an address: the account is closed, and what that means. */
export function accountClosedMail(to: Recipient): Mail {
  return composeMail(to.email, to.locale, {
    subject: 'accounts.mail.closed.subject',
    paragraphs: ['accounts.mail.greeting', 'accounts.mail.closed.body', 'accounts.mail.closed.ifNot'],
    values: { name: to.name },
  });
}

/** Sent to the new address: the change happens only when this link is used. */
export function confirmEmailChangeMail(config: Config, to: Recipient, token: string): Mail {
  return composeMail(to.email, to.locale, {
    subject: 'accounts.mail.changeEmail.subject',
    paragraphs: ['accounts.mail.greeting', 'accounts.mail.changeEmail.body', 'accounts.mail.changeEmail.ignore'],
    action: { label: 'accounts.mail.changeEmail.action', url: link(config, to.locale, `/confirm-email/${token}`) },
    values: { name: to.name },
  });
}

/** Sent to the old address when a change is asked, so a stolen session cannot move an account quietly. */
export function emailChangeNoticeMail(config: Config, to: Recipient, newEmail: string): Mail {
  return composeMail(to.email, to.locale, {
    subject: 'accounts.mail.changeNotice.subject',
    paragraphs: ['accounts.mail.greeting', 'accounts.mail.changeNotice.body', 'accounts.mail.changeNotice.ifNot'],
    action: { label: 'accounts.mail.newPasswordAction', url: link(config, to.locale, '/forgot-password') },
    values: { name: to.name, newEmail },
  });
}

/** Sent to an address that already has an account when someone asks to move another account to it. */
export function addressInUseMail(config: Config, to: Recipient): Mail {
  return composeMail(to.email, to.locale, {
    subject: 'accounts.mail.addressInUse.subject',
    paragraphs: ['accounts.mail.greeting', 'accounts.mail.addressInUse.body', 'accounts.mail.addressInUse.ignore'],
    action: { label: 'accounts.mail.existing.action', url: link(config, to.locale, '/sign-in') },
    values: { name: to.name },
  });
}
