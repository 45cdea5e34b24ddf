import type { Config } from '../../config.ts';
import { composeMail } from '../../platform/mail/compose.ts';
import type { Mail } from '../../platform/mail/mailer.ts';
import { isLang } from '../../platform/i18n/i18n.ts';
import type { Kind } from './vocabulary.ts';

// The mails about a post, to each administrator of its organisation in that person's language:
// an answer, with the message as typed (the sender's address only when they ticked the box;
// otherwise the mail says plainly that no reply can reach them), and the secretariat's hiding
// of the post, with its reason.

export interface RelayedAnswer {
  postId: string;
  title: string;
  kind: Kind;
  senderName: string;
  senderOrganisation: string | null;
  /** Only with the sender's consent. */
  senderEmail: string | null;
  message: string;
}

export function answerMail(config: Config, to: { email: string; locale: string; name: string }, a: RelayedAnswer): Mail {
  const lang = isLang(to.locale) ? to.locale : 'nl';
  return composeMail(to.email, lang, {
    subject: a.kind === 'offer' ? 'exchange.answer.mail.subjectOffer' : 'exchange.answer.mail.subjectAsk',
    paragraphs: [
      'exchange.mail.greeting',
      a.senderOrganisation ? 'exchange.answer.mail.introOrganisation' : 'exchange.answer.mail.intro',
      { raw: a.message },
      a.senderEmail ? 'exchange.answer.mail.shared' : 'exchange.answer.mail.notShared',
    ],
    action: {
      label: 'exchange.answer.mail.view',
      url: `${config.baseUrl}/${lang}/exchange/${encodeURIComponent(a.postId)}`,
    },
    values: {
      name: to.name,
      title: a.title,
      sender: a.senderName,
      organisation: a.senderOrganisation ?? '',
      email: a.senderEmail ?? '',
    },
  });
}

/** The secretariat hid the post: why, and where to change it. */
export function hiddenMail(
  config: Config,
  to: { email: string; locale: string; name: string },
  post: { id: string; orgId: string; title: string; reason: string },
): Mail {
  const lang = isLang(to.locale) ? to.locale : 'nl';
  return composeMail(to.email, lang, {
    subject: 'exchange.hidden.mail.subject',
    paragraphs: ['exchange.mail.greeting', 'exchange.hidden.mail.body', { raw: post.reason }, 'exchange.hidden.mail.next'],
    action: {
      label: 'exchange.hidden.mail.view',
      url: `${config.baseUrl}/${lang}/organisations/${encodeURIComponent(post.orgId)}/exchange/${encodeURIComponent(post.id)}`,
    },
    values: { name: to.name, title: post.title },
  });
}
