import type { Config } from '../../config.ts';
import { composeMail } from '../../platform/mail/compose.ts';
import { mailHandler, type Mail } from '../../platform/mail/mailer.ts';
import type { JobHandler } from '../../platform/jobs/queue.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';

// The following feature's mails: one piece of news at once, or the week's news in one digest.
// Announcing happens where there are no settings (a listener, a service's transaction), so it
// queues a job with what the mail says, and the job, which has the site's address, writes it.

export const NEWS_QUEUE = 'following-news';
export const DIGEST_QUEUE = 'following-digest';

interface To {
  email: string;
  name: string;
}

export interface NewsJob {
  to: To;
  /** The subject, for the link to its following page (to stop from the mail). */
  subject: { kind: string; id: string };
  lang: Lang;
  title: string;
  path: string;
  text: string;
}

export interface DigestJob {
  to: To;
  lang: Lang;
  /** `request`: waits for the reader's answer (a job queued before it existed has none: news). */
  items: { title: string; path: string; text: string; request?: boolean }[];
}

const settingsUrl = (config: Config, lang: Lang) => `${config.baseUrl}/${lang}/account/notifications`;

export function newsMail(config: Config, job: NewsJob): Mail {
  return composeMail(job.to.email, job.lang, {
    subject: 'following.mail.news.subject',
    paragraphs: ['following.mail.greeting', { raw: job.text }, 'following.mail.why'],
    action: { label: 'following.mail.news.action', url: `${config.baseUrl}/${job.lang}${job.path}` },
    values: {
      name: job.to.name,
      title: job.title,
      settings: settingsUrl(config, job.lang),
      stop: `${config.baseUrl}/${job.lang}/following/${encodeURIComponent(job.subject.kind)}/${encodeURIComponent(job.subject.id)}`,
    },
  });
}

export function digestMail(config: Config, job: DigestJob): Mail {
  // Each item: its title, what happened, and its address written out (any mail program shows it).
  const item = (i: DigestJob['items'][number]) => ({
    raw: `${i.title}\n${i.text}\n${config.baseUrl}/${job.lang}${i.path}`,
  });
  // Requests to answer first, under their own heading; then the news, under the usual one.
  const requests = job.items.filter((i) => i.request).map(item);
  const news = job.items.filter((i) => !i.request).map(item);
  return composeMail(job.to.email, job.lang, {
    subject: 'following.mail.digest.subject',
    paragraphs: [
      'following.mail.greeting',
      ...(requests.length > 0 ? ['following.mail.digest.requests', ...requests] : []),
      ...(news.length > 0 ? ['following.mail.digest.intro', ...news] : []),
      'following.mail.digest.why',
    ],
    action: { label: 'following.mail.digest.action', url: settingsUrl(config, job.lang) },
    values: { name: job.to.name, count: job.items.length },
  });
}

export function newsHandler(config: Config): JobHandler {
  const send = mailHandler(config);
  return async (payload) => send(newsMail(config, payload as NewsJob));
}

export function digestHandler(config: Config): JobHandler {
  const send = mailHandler(config);
  return async (payload) => send(digestMail(config, payload as DigestJob));
}
