import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { isLang, LANGS } from '../../platform/i18n/i18n.ts';
import {
  clearIndex,
  defineSearchIndex,
  deleteDocuments,
  upsertDocuments,
  type SearchDocument,
} from '../../platform/search/search.ts';

// The published practices in the full-text index (ADR 0011): only published content, so the
// library can never find a draft. derived.ts calls indexPractices in the transaction of every
// publication, archiving and unpublishing; a restore rebuilds the whole index.

export const PRACTICES_INDEX = defineSearchIndex('practices', LANGS);

type Db = Kysely<DB> | Transaction<DB>;

/** Indexes (again) the given practices from their published revision; unpublished ones leave the index. */
export async function indexPractices(db: Db, practiceIds: readonly string[]): Promise<void> {
  if (practiceIds.length === 0) return;
  const rows = await db
    .selectFrom('practices as p')
    .innerJoin('practice_texts as t', 't.revision_id', 'p.published_revision_id')
    .select(['p.id', 't.lang', 't.title', 't.summary', 't.body', 't.results', 't.is_original'])
    .where('p.id', 'in', practiceIds)
    .where('p.status', '=', 'published')
    .execute();
  const docs = new Map<string, SearchDocument & { titles: string[] }>();
  for (const r of rows) {
    if (!isLang(r.lang)) continue;
    const doc = docs.get(r.id) ?? { id: r.id, title: '', texts: {}, titles: [] };
    // Titles in every language weigh as titles; the original's first.
    if (r.is_original) doc.titles.unshift(r.title);
    else doc.titles.push(r.title);
    doc.texts[r.lang] = [r.title, r.summary, r.body, r.results].join('\n\n');
    docs.set(r.id, doc);
  }
  const gone = practiceIds.filter((id) => !docs.has(id));
  await deleteDocuments(db, PRACTICES_INDEX, gone);
  await upsertDocuments(
    db,
    PRACTICES_INDEX,
    [...docs.values()].map((d) => ({ id: d.id, title: d.titles.join(' · '), texts: d.texts })),
  );
}

/** Builds the index anew from every published practice (after a restore). */
export async function reindexAllPractices(db: Db): Promise<void> {
  await clearIndex(db, PRACTICES_INDEX);
  const ids = (
    await db.selectFrom('practices').select('id').where('status', '=', 'published').orderBy('id').execute()
  ).map((r) => r.id);
  for (let i = 0; i < ids.length; i += 500) await indexPractices(db, ids.slice(i, i + 500));
}
