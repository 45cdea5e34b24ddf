import type { Principal } from '../../platform/auth/principal.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import type { Followable, SubjectView } from '../following/service.ts';
import { announce } from '../following/service-news.ts';
import type { Trx } from './outcome.ts';

// A published practice can be followed (issue 7): its followers hear when a new revision is
// published or another organisation adopts it. The following feature asks here whether a
// practice exists and is public, and with which title and address.

type Reader = Parameters<Followable['visible']>[0];

/** Published practices among `ids`, each with its public path and its titles by language, original first. */
async function published(db: Reader, ids: readonly string[]) {
  const found = new Map<string, { path: string; titles: Partial<Record<string, string>> }>();
  if (ids.length === 0) return found;
  const practices = await db
    .selectFrom('practices')
    .select(['id', 'slug', 'original_lang', 'published_revision_id'])
    .where('id', 'in', [...new Set(ids)])
    .where('status', '=', 'published')
    .where('published_revision_id', 'is not', null)
    .execute();
  if (practices.length === 0) return found;
  const texts = await db
    .selectFrom('practice_texts')
    .select(['revision_id', 'lang', 'title'])
    .where('revision_id', 'in', practices.map((p) => p.published_revision_id!))
    .execute();
  for (const p of practices) {
    const mine = texts.filter((x) => x.revision_id === p.published_revision_id);
    const ordered = [...mine.filter((x) => x.lang === p.original_lang), ...mine.filter((x) => x.lang !== p.original_lang)];
    if (ordered.length === 0) continue;
    const titles = Object.fromEntries(ordered.map((x) => [x.lang, x.title]));
    found.set(p.id, { path: `/practices/${encodeURIComponent(p.slug)}`, titles });
  }
  return found;
}

/** The title in `lang`, else the original one. */
const titleIn = (titles: Partial<Record<string, string>>, lang: Lang) => titles[lang] ?? Object.values(titles)[0] ?? '';

async function publishedViews(db: Reader, ids: readonly string[], lang: Lang): Promise<Map<string, SubjectView>> {
  const views = new Map<string, SubjectView>();
  for (const [id, p] of await published(db, ids)) views.set(id, { title: titleIn(p.titles, lang), path: p.path });
  return views;
}

/** The practices feature's followable kind, declared in its manifest. */
export const practiceFollowable: Followable = {
  kind: 'practice',
  label: 'practices.follow.kind',
  // A published practice is public: everyone may see (and follow) it.
  visible: (db, ids, _viewer: Principal | null, lang) => publishedViews(db, ids, lang),
};

const NEWS = { revised: 'practices.follow.news.revised', adopted: 'practices.follow.news.adopted' } as const;

/** Tells a practice's followers what happened, each in their language, in the change's transaction. */
export async function announcePracticeNews(
  trx: Trx,
  practiceId: string,
  what: keyof typeof NEWS,
  m: { actor: string | null; adopter?: string },
): Promise<void> {
  const practice = (await published(trx, [practiceId])).get(practiceId);
  if (!practice) return;
  await announce({ db: trx }, {
    kind: practiceFollowable.kind,
    id: practiceId,
    title: practice.titles,
    url: practice.path,
    text: NEWS[what],
    values: { adopter: m.adopter ?? '' },
    actor: m.actor,
  });
}
