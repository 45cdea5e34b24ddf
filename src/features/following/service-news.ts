import { enqueue } from '../../platform/jobs/queue.ts';
import { newId, now } from '../../platform/db/sql.ts';
import { DEFAULT_LANG, isLang, translator, type Lang, type Values } from '../../platform/i18n/i18n.ts';
import { contactsOf } from '../accounts/service.ts';
import * as repo from './repository.ts';
import type { Db } from './repository.ts';
import { DEFAULT_NEWS, NEWS_KIND } from './service.ts';
import { NEWS_QUEUE, type NewsJob } from './mails.ts';

// News of something people follow. The feature that owns the subject calls `announce` inside
// the transaction of the change, so the news goes out only if the change commits. Each follower
// hears of it as they chose in their settings: at once (one mail, queued now), in the weekly
// digest (kept in follow_news until digest.ts sends it), or not at all.

export interface News {
  /** The followable kind, as declared (`practice`). */
  kind: string;
  id: string;
  /** The subject's title: one string, or one per language (the first given is the fallback). */
  title: string | Partial<Record<Lang, string>>;
  /** The subject's page after the language: `/practices/a-slug`. */
  url: string;
  /** What happened: a catalogue key of the announcing feature, or `{ raw }` text as written. */
  text: string | { raw: string };
  /** Values for `text` (the title is given as `title`). */
  values?: Values;
  /** Who made the change: they are not told of their own doing. */
  actor?: string | null;
}

const BATCH = 500;

function titleIn(title: News['title'], lang: Lang): string {
  if (typeof title === 'string') return title;
  return title[lang] ?? Object.values(title).find((v) => v !== undefined) ?? '';
}

/** Tells each follower; returns how many were mailed at once and how many wait for the digest. */
export async function announce(deps: { db: Db }, news: News): Promise<{ instant: number; weekly: number }> {
  const { db } = deps;
  const told = { instant: 0, weekly: 0 };
  const at = now();
  for (let after: string | null = null; ;) {
    const ids = await repo.followerPage(db, news, after, BATCH);
    if (ids.length === 0) break;
    after = ids.at(-1)!;
    const choices = new Map((await repo.settingsOf(db, ids, NEWS_KIND)).map((r) => [r.user_id, r.choice]));
    const contacts = await contactsOf(
      db,
      ids.filter((id) => id !== news.actor),
    );
    const weekly = [];
    for (const person of contacts) {
      const choice = choices.get(person.id) ?? DEFAULT_NEWS;
      if (choice === 'off') continue;
      const lang = isLang(person.locale) ? person.locale : DEFAULT_LANG;
      const title = titleIn(news.title, lang);
      const text =
        typeof news.text === 'string' ? translator(lang)(news.text, { title, ...news.values }) : news.text.raw;
      if (choice === 'instant') {
        const job: NewsJob = {
          to: { email: person.email, name: person.name },
          subject: { kind: news.kind, id: news.id },
          lang,
          title,
          path: news.url,
          text,
        };
        await enqueue(db, NEWS_QUEUE, job);
        told.instant++;
      } else {
        weekly.push({
          id: newId(),
          user_id: person.id,
          subject_kind: news.kind,
          subject_id: news.id,
          lang,
          title,
          path: news.url,
          text,
          at,
        });
      }
    }
    if (weekly.length > 0) await db.insertInto('follow_news').values(weekly).execute();
    told.weekly += weekly.length;
    if (ids.length < BATCH) break;
  }
  return told;
}

/** A feature's own message to one person (not news of something they follow), in their language. */
export interface Message {
  userId: string;
  /** The subject it is about, as a followable kind names it (`action`), and its id. */
  kind: string;
  id: string;
  lang: Lang;
  title: string;
  /** The subject's page after the language. */
  path: string;
  text: string;
  /** A request the reader is to answer (a signatory asks to join their action): the digest lists it apart, first. */
  request?: boolean;
}

const REQUEST_PREFIX = 'request:';

/**
 * A request is kept under its subject's kind with this prefix: the digest tells it from news by
 * it, and unfollowing the subject (which drops that subject's waiting news) leaves it waiting.
 */
export const keptKind = (m: Pick<Message, 'kind' | 'request'>) => (m.request ? `${REQUEST_PREFIX}${m.kind}` : m.kind);

/** Whether a kept line of follow_news is a request (keptKind). */
export const isRequest = (subjectKind: string) => subjectKind.startsWith(REQUEST_PREFIX);

/**
 * Keeps messages for the weekly digest for those whose news comes once a week (the default),
 * and returns the others, to be mailed at once by the caller. A feature asks `wanting` first
 * whether they want this kind of mail at all; this answers only when it comes. "Never" for news
 * is about what one follows, not about a mail kind one kept on, so those get it at once.
 */
export async function keepWeekly(deps: { db: Db }, messages: readonly Message[]): Promise<Message[]> {
  if (messages.length === 0) return [];
  const choices = new Map(
    (await repo.settingsOf(deps.db, [...new Set(messages.map((m) => m.userId))], NEWS_KIND)).map((r) => [
      r.user_id,
      r.choice,
    ]),
  );
  const weekly = messages.filter((m) => (choices.get(m.userId) ?? DEFAULT_NEWS) === 'weekly');
  if (weekly.length > 0) {
    const at = now();
    await deps.db
      .insertInto('follow_news')
      .values(
        weekly.map((m) => ({
          id: newId(),
          user_id: m.userId,
          subject_kind: keptKind(m),
          subject_id: m.id,
          lang: m.lang,
          title: m.title,
          path: m.path,
          text: m.text,
          at,
        })),
      )
      .execute();
  }
  return messages.filter((m) => !weekly.includes(m));
}
