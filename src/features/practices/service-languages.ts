import { isLang, LANGS, type Lang } from '../../platform/i18n/i18n.ts';
import { organisationRefs } from '../organisations/service-registration.ts';
import { MISSING } from './derived.ts';
import type { Db } from './repository.ts';
import { headlinesOf } from './repository-library.ts';
import type { Cursor } from './service-read.ts';
import { fromBits } from './vocabulary.ts';

// The secretariat's view of the library's languages: the published practices that have no text
// in a language, so it can ask their organisations for a translation. It reads the 'missing'
// tags and counts that the writes keep (derived.ts): one index range per page, one row per count.

export const LANGUAGES_PAGE = 25;

export interface MissingLine {
  slug: string;
  /** In the reader's language when the practice has it, otherwise in its original language. */
  title: string;
  titleLang: Lang;
  orgName: string;
  has: Lang[];
  lacks: Lang[];
  publishedAt: string;
}

/** How many published practices lack each language, and `any`: how many lack at least one. */
export type MissingCounts = Record<Lang | 'any', number>;

export async function missingCounts(db: Db): Promise<MissingCounts> {
  const rows = await db.selectFrom('practice_counts').select(['value', 'n']).where('facet', '=', MISSING).execute();
  const counts: MissingCounts = { any: 0, nl: 0, fr: 0, de: 0, en: 0 };
  for (const r of rows) {
    if (r.value === '') counts.any = Number(r.n);
    else if (isLang(r.value)) counts[r.value] = Number(r.n);
  }
  return counts;
}

/** The secretariat overview's figure beside the link: published practices lacking a language. */
export async function untranslatedCount(db: Db): Promise<number> {
  return (await missingCounts(db)).any;
}

/** `?missing=de` as the page takes it; anything else is every language. */
export function parseMissing(value: unknown): Lang | null {
  return isLang(value) ? value : null;
}

/**
 * The published practices without a text in `missing` (in any language when null), the most
 * recently published first, a page at a time (index practice_tags_library), with the counts.
 */
export async function practicesMissing(
  db: Db,
  readerLang: Lang,
  missing: Lang | null,
  after: Cursor | null,
): Promise<{ counts: MissingCounts; lines: MissingLine[]; next: Cursor | null }> {
  let query = db
    .selectFrom('practice_tags as t')
    .innerJoin('practices as p', 'p.id', 't.practice_id')
    .select(['p.id', 'p.slug', 'p.org_id', 'p.published_revision_id', 'p.text_lang_bits', 't.published_at'])
    .where('t.facet', '=', MISSING)
    .where('t.value', '=', missing ?? '');
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('t.published_at', '<', after.at),
        eb.and([eb('t.published_at', '=', after.at), eb('t.practice_id', '<', after.id)]),
      ]),
    );
  }
  const rows = await query
    .orderBy('t.published_at', 'desc')
    .orderBy('t.practice_id', 'desc')
    .limit(LANGUAGES_PAGE + 1)
    .execute();
  const page = rows.slice(0, LANGUAGES_PAGE);
  const revisionIds = page.map((r) => r.published_revision_id).filter((id): id is string => !!id);
  const [titles, orgs, counts] = await Promise.all([
    headlinesOf(db, revisionIds),
    organisationRefs(db, [...new Set(page.map((r) => r.org_id))]),
    missingCounts(db),
  ]);
  const lines = page.map((r) => {
    const mine = titles.filter((x) => x.revision_id === r.published_revision_id);
    const text = mine.find((x) => x.lang === readerLang) ?? mine.find((x) => x.is_original) ?? mine[0];
    const has = fromBits('language', Number(r.text_lang_bits));
    return {
      slug: r.slug,
      title: text?.title ?? r.slug,
      titleLang: text && isLang(text.lang) ? text.lang : readerLang,
      orgName: orgs.get(r.org_id)?.legalName ?? '',
      has,
      lacks: LANGS.filter((l) => !has.includes(l)),
      publishedAt: r.published_at,
    };
  });
  const last = page[page.length - 1];
  return { counts, lines, next: rows.length > LANGUAGES_PAGE && last ? { at: last.published_at, id: last.id } : null };
}
