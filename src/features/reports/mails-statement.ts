import type { Config } from '../../config.ts';
import { composeMail } from '../../platform/mail/compose.ts';
import type { Mail } from '../../platform/mail/mailer.ts';
import { formatters } from '../../platform/i18n/format.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';

/** The executive's personal link to sign the statement of continued support, with its text. */
export function statementLinkMail(
  config: Config,
  m: { to: string; name: string; lang: Lang; orgName: string; year: number; requester: string; token: string; expiresAt: string; text: string; again: boolean },
): Mail {
  const link = `${config.baseUrl}/${m.lang}/reports/statements/${m.token}`;
  return composeMail(m.to, m.lang, {
    subject: m.again ? 'reports.statement.mail.subjectAgain' : 'reports.statement.mail.subject',
    paragraphs: [
      'reports.statement.mail.greeting',
      'reports.statement.mail.intro',
      { raw: m.text },
      'reports.statement.mail.link',
      'reports.statement.mail.notYou',
    ],
    action: { label: 'reports.statement.mail.action', url: link },
    values: {
      name: m.name,
      org: m.orgName,
      year: String(m.year),
      requester: m.requester,
      expires: formatters(m.lang).date(m.expiresAt),
    },
  });
}
