import { clearIndex, defineSearchIndex, upsertDocuments } from '../../platform/search/search.ts';
import { isLang, LANGS } from '../../platform/i18n/i18n.ts';
import type { Db, PostRow } from './repository.ts';

// Every post is in the full-text index (ADR 0011), whatever its state: the list reads the
// matches' rows and keeps only the listed, unexpired ones, so closing, hiding or expiring needs
// no change to the index. Writes call indexPosts in their transaction; a restore rebuilds it.

export const EXCHANGE_INDEX = defineSearchIndex('exchange', LANGS);

export async function indexPosts(db: Db, rows: readonly Pick<PostRow, 'id' | 'title' | 'description' | 'lang'>[]) {
  await upsertDocuments(
    db,
    EXCHANGE_INDEX,
    rows.map((r) => ({ id: r.id, title: r.title, texts: { [isLang(r.lang) ? r.lang : 'nl']: r.description } })),
  );
}

export async function reindexAll(db: Db): Promise<void> {
  await clearIndex(db, EXCHANGE_INDEX);
  let after = '';
  for (;;) {
    const rows = await db
      .selectFrom('exchange_posts')
      .select(['id', 'title', 'description', 'lang'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(500)
      .execute();
    if (rows.length === 0) return;
    await indexPosts(db, rows);
    after = rows[rows.length - 1]!.id;
  }
}
