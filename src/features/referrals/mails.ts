import { formatters } from '../../platform/i18n/format.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import { composeMail } from '../../platform/mail/compose.ts';
import type { Mail } from '../../platform/mail/mailer.ts';

// The one mail of this feature: an organisation invites another to sign the charter, in the
// recipient's language, with the sender's own words and the invitation's link written out.

export interface ReferralMail {
  to: string;
  lang: Lang;
  recipientName: string;
  inviteeName: string;
  inviterName: string;
  senderName: string;
  message: string | null;
  link: string;
  expiresAt: string;
}

export function referralMail(m: ReferralMail): Mail {
  return composeMail(m.to, m.lang, {
    subject: 'referrals.mail.subject',
    paragraphs: [
      'referrals.mail.greeting',
      'referrals.mail.intro',
      // The sender's words as they typed them: plain text, escaped in the HTML part.
      ...(m.message ? ['referrals.mail.messageLead', { raw: m.message }] : []),
      'referrals.mail.charter',
      'referrals.mail.link',
      'referrals.mail.privacy',
    ],
    action: { label: 'referrals.mail.action', url: m.link },
    values: {
      name: m.recipientName,
      org: m.inviteeName,
      inviter: m.inviterName,
      sender: m.senderName,
      expires: formatters(m.lang).date(m.expiresAt),
    },
  });
}
