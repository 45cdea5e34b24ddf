import type { Transaction } from 'kysely';
import type { Config } from '../../config.ts';
import type { DB } from '../../platform/db/schema.ts';
import { isLang, translator, type Lang } from '../../platform/i18n/i18n.ts';
import { enqueue, type JobHandler } from '../../platform/jobs/queue.ts';
import { composeMail } from '../../platform/mail/compose.ts';
import { mailHandler, type Mail } from '../../platform/mail/mailer.ts';
import { contactsOf } from '../accounts/service.ts';
import { adminUserIds } from '../organisations/service-registration.ts';
import { wanting } from '../following/service.ts';
import { keepWeekly, type Message } from '../following/service-news.ts';

// The actions' own mails (issue 7), beside the followers' news: the lead's administrators hear
// that a signatory asks to join, and the asking organisation's people that they were accepted.
// Both are kinds a person may switch off (feature.ts `mailKinds`, ADR 0021); those who keep them
// get them as they chose for their news: in the weekly digest, or at once. Written in the
// change's transaction; the mail at once is a job that writes it with the site's address.
// The secretariat's hiding of an action, and its showing it again, go to the lead's
// administrators at once and always, with the reason, as the exchange's moderation mails do:
// a notice about one's own work is not news one may switch off (ADR 0021).

export const ACTIONS_MAIL_QUEUE = 'actions-mail';

/** The kinds' keys in the notification settings (never renamed once people have chosen). */
export const MAIL_KIND = { joinRequest: 'actions-join-request', joinAccepted: 'actions-join-accepted' } as const;

/** The moderation notices' kind, always sent (listed on the settings page without a box). */
export const HIDDEN_MAIL_KIND = 'actions-hidden';

const MAILS = {
  joinRequest: {
    subject: 'actions.mail.joinRequest.subject',
    body: 'actions.mail.joinRequest.body',
    button: 'actions.mail.joinRequest.button',
    digest: 'actions.mail.joinRequest.digest',
  },
  joinAccepted: {
    subject: 'actions.mail.joinAccepted.subject',
    body: 'actions.mail.joinAccepted.body',
    button: 'actions.mail.joinAccepted.button',
    digest: 'actions.mail.joinAccepted.digest',
  },
} as const;

const NOTICES = {
  hidden: {
    subject: 'actions.mail.hidden.subject',
    body: 'actions.mail.hidden.body',
    next: 'actions.mail.hidden.next',
    button: 'actions.mail.hidden.button',
  },
  shown: {
    subject: 'actions.mail.shown.subject',
    body: 'actions.mail.shown.body',
    next: null,
    button: 'actions.mail.shown.button',
  },
} as const;

type What = keyof typeof MAILS;
type Notice = keyof typeof NOTICES;

interface ActionMailJob {
  to: { email: string; name: string };
  lang: Lang;
  what: What | Notice;
  /** The action's title and the other organisation's name. */
  values: { title: string; org: string };
  path: string;
  /** The secretariat's reason, for a hidden action (written as typed). */
  reason?: string;
}

/**
 * Tells these people (less the one who made the change, and those who switched the kind off),
 * in their language, now or in their weekly digest.
 */
export async function tellPeople(
  trx: Transaction<DB>,
  what: What,
  userIds: readonly string[],
  about: { actionId: string; slug: string; title: string; org: string; actor: string },
): Promise<void> {
  const wanted = await wanting(
    trx,
    MAIL_KIND[what],
    userIds.filter((id) => id !== about.actor),
  );
  const people = await contactsOf(trx, wanted);
  const values = { title: about.title, org: about.org };
  const path = `/actions/${encodeURIComponent(about.slug)}`;
  const messages: Message[] = people.map((p) => {
    const lang = isLang(p.locale) ? p.locale : 'nl';
    const text = translator(lang)(MAILS[what].digest, values);
    // A request to join waits for an answer: the digest lists it apart from the news.
    const request = what === 'joinRequest';
    return { userId: p.id, kind: 'action', id: about.actionId, lang, title: about.title, path, text, request };
  });
  for (const m of await keepWeekly({ db: trx }, messages)) {
    const person = people.find((p) => p.id === m.userId)!;
    const job: ActionMailJob = { to: { email: person.email, name: person.name }, lang: m.lang, what, values, path };
    await enqueue(trx, ACTIONS_MAIL_QUEUE, job);
  }
}

/**
 * Tells the lead's administrators, at once and in their language, that the secretariat hid the
 * action (with its reason) or showed it again. In the change's transaction.
 */
export async function tellLeadAdmins(
  trx: Transaction<DB>,
  notice: Notice,
  about: { slug: string; title: string; leadOrgId: string; reason: string | null },
): Promise<void> {
  const admins = await contactsOf(trx, await adminUserIds(trx, about.leadOrgId));
  for (const admin of admins) {
    const job: ActionMailJob = {
      to: { email: admin.email, name: admin.name },
      lang: isLang(admin.locale) ? admin.locale : 'nl',
      what: notice,
      values: { title: about.title, org: '' },
      path: `/actions/${encodeURIComponent(about.slug)}`,
      ...(about.reason ? { reason: about.reason } : {}),
    };
    await enqueue(trx, ACTIONS_MAIL_QUEUE, job);
  }
}

export function actionMail(config: Config, job: ActionMailJob): Mail {
  const url = `${config.baseUrl}/${job.lang}${job.path}`;
  const values = { ...job.values, name: job.to.name, settings: `${config.baseUrl}/${job.lang}/account/notifications` };
  if (job.what === 'hidden' || job.what === 'shown') {
    const notice = NOTICES[job.what];
    return composeMail(job.to.email, job.lang, {
      subject: notice.subject,
      paragraphs: [
        'actions.mail.greeting',
        notice.body,
        ...(job.reason ? [{ raw: job.reason }] : []),
        ...(notice.next ? [notice.next] : []),
        'actions.mail.leadWhy',
      ],
      action: { label: notice.button, url },
      values,
    });
  }
  const kind = MAILS[job.what];
  return composeMail(job.to.email, job.lang, {
    subject: kind.subject,
    paragraphs: ['actions.mail.greeting', kind.body, 'actions.mail.why'],
    action: { label: kind.button, url },
    values,
  });
}

/** Writes the mail in the recipient's language and sends it as the mail queue would. */
export function actionMailHandler(config: Config): JobHandler {
  const send = mailHandler(config);
  return async (payload) => send(actionMail(config, payload as ActionMailJob));
}
