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

// The listed obstacles in the full-text index (ADR 0011): only what the public sees, so a
// search never finds a hidden or merged one. derived.ts calls indexObstacles in the transaction
// of every change; a restore rebuilds the whole index.

export const OBSTACLES_INDEX = defineSearchIndex('obstacles', LANGS);

type Db = Kysely<DB> | Transaction<DB>;

/** The document of one obstacle: its title, and its texts in the language they are written in. */
export function documentOf(row: {
  id: string;
  lang: string;
  title: string;
  description: string;
  evidence_text: string | null;
  evidence_figure: string | null;
}): SearchDocument {
  const lang = isLang(row.lang) ? row.lang : 'nl';
  const body = [row.description, row.evidence_figure ?? '', row.evidence_text ?? ''].join('\n\n');
  return { id: row.id, title: row.title, texts: { [lang]: body } };
}

/** Indexes (again) the given obstacles; those no longer listed leave the index. */
export async function indexObstacles(db: Db, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const rows = await db
    .selectFrom('obstacles')
    .select(['id', 'lang', 'title', 'description', 'evidence_text', 'evidence_figure'])
    .where('id', 'in', ids)
    .where('listed', '=', 1)
    .execute();
  const found = new Set(rows.map((r) => r.id));
  await deleteDocuments(
    db,
    OBSTACLES_INDEX,
    ids.filter((id) => !found.has(id)),
  );
  await upsertDocuments(db, OBSTACLES_INDEX, rows.map(documentOf));
}

/** Builds the index anew from every listed obstacle (after a restore). */
export async function reindexAllObstacles(db: Db): Promise<void> {
  await clearIndex(db, OBSTACLES_INDEX);
  const ids = (await db.selectFrom('obstacles').select('id').where('listed', '=', 1).orderBy('id').execute()).map(
    (r) => r.id,
  );
  for (let i = 0; i < ids.length; i += 500) await indexObstacles(db, ids.slice(i, i + 500));
}
