import { clearIndex, defineSearchIndex, deleteDocuments, upsertDocuments } from '../../platform/search/search.ts';
import { isLang, LANGS } from '../../platform/i18n/i18n.ts';
import type { Db, PostRow } from './repository.ts';

// Only listed posts are in the full-text index (ADR 0011): a search reads at most a cap of
// matches, and if closed, hidden and expired posts stayed in, they would crowd the live ones out
// as the years go by. Every write that lists or unlists a post calls syncPosts (or indexPosts
// with the rows it wrote) in its transaction; housekeeping takes expired posts out; a restore
// rebuilds the index. The list still checks the expiry day, for the hour before housekeeping.

export const EXCHANGE_INDEX = defineSearchIndex('exchange', LANGS);

type Indexed = Pick<PostRow, 'id' | 'title' | 'description' | 'lang'> & { listed?: number };

/** Puts the listed ones among these rows in the index and takes the unlisted ones out. */
export async function indexPosts(db: Db, rows: readonly Indexed[]) {
  const listed = rows.filter((r) => r.listed !== 0);
  const unlisted = rows.filter((r) => r.listed === 0).map((r) => r.id);
  if (listed.length > 0) {
    await upsertDocuments(
      db,
      EXCHANGE_INDEX,
      listed.map((r) => ({ id: r.id, title: r.title, texts: { [isLang(r.lang) ? r.lang : 'nl']: r.description } })),
    );
  }
  if (unlisted.length > 0) await deleteDocuments(db, EXCHANGE_INDEX, unlisted);
}

/** Brings these posts' index entries in line with their rows (after a change of state). */
export async function syncPosts(db: Db, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const rows = await db
    .selectFrom('exchange_posts')
    .select(['id', 'title', 'description', 'lang', 'listed'])
    .where('id', 'in', ids)
    .execute();
  await indexPosts(db, rows);
}

export async function reindexAll(db: Db): Promise<void> {
  await clearIndex(db, EXCHANGE_INDEX);
  let after = '';
  for (;;) {
    const rows = await db
      .selectFrom('exchange_posts')
      .select(['id', 'title', 'description', 'lang', 'listed'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(500)
      .execute();
    if (rows.length === 0) return;
    await indexPosts(db, rows);
    after = rows[rows.length - 1]!.id;
  }
}
