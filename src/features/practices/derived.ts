import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { LANGS } from '../../platform/i18n/i18n.ts';
import { fromBits, TAG_COLUMN, TAG_NAMES } from './vocabulary.ts';
import { indexPractices, reindexAllPractices } from './search-index.ts';
import { contentChanged } from '../../platform/http/page-cache.ts';

/**
 * The name under which the library's content changes for the page cache
 * (platform/http/page-cache.ts): every write a library page shows moves it.
 */
export const PRACTICES_CONTENT = 'practices';

// What the library reads instead of the practices themselves, kept by the writes in their own
// transaction (ADR 0011): the published practices' tags as rows (practice_tags), the counts per
// tag value (practice_counts), the review queue's count, and the full-text index. The languages a
// published practice has no text in are tags too (facet 'missing', missingTags below), so the
// secretariat's list of practices to translate pages on the same index and counts. Every change
// of what is published goes through syncPublished, which compares the tag rows a practice has
// with those it should have and moves the counts by the difference: so calling it twice, or on a
// practice that did not change, changes nothing. All of it is rebuilt after a restore.

type Db = Kysely<DB> | Transaction<DB>;

/** The facet of every published practice: ('all', '') counts them. */
const ALL = { facet: 'all', value: '' };

export interface Tag {
  facet: string;
  value: string;
}

/** Adds `by` to a count, creating it at zero first. */
export async function addToCount(db: Db, facet: string, value: string, by: number): Promise<void> {
  if (by === 0) return;
  await db
    .insertInto('practice_counts')
    .values({ facet, value, n: by })
    .onConflict((oc) => oc.columns(['facet', 'value']).doUpdateSet({ n: sql`practice_counts.n + ${by}` }))
    .execute();
  // The library shows these counts; bulk writers (seed --scale) come through here too.
  await contentChanged(db, PRACTICES_CONTENT);
}

/** The tag rows a practice row should have: none unless it is published. */
function tagsOf(row: Record<string, unknown> & { status: string; sector: string | null }): Tag[] {
  if (row.status !== 'published') return [];
  const tags: Tag[] = [ALL];
  for (const tag of TAG_NAMES) {
    for (const value of fromBits(tag, Number(row[TAG_COLUMN[tag]]))) tags.push({ facet: tag, value });
  }
  if (row.sector) tags.push({ facet: 'sector', value: row.sector });
  tags.push(...missingTags(Number(row.text_lang_bits)));
  return tags;
}

/** The facet of the languages a published practice has no text in: ('missing', '') for any, then one row per language. */
export const MISSING = 'missing';

/**
 * The 'missing' tags of a published practice whose texts are in `textLangBits`: one per language
 * it lacks, and ('missing', '') when it lacks any (the secretariat's unfiltered list and its count).
 */
export function missingTags(textLangBits: number): Tag[] {
  const has = fromBits('language', textLangBits);
  const lacks = LANGS.filter((l) => !has.includes(l));
  return lacks.length === 0 ? [] : [{ facet: MISSING, value: '' }, ...lacks.map((value) => ({ facet: MISSING, value }))];
}

const key = (t: Tag) => `${t.facet}\u0000${t.value}`;

/**
 * Brings the practice's tag rows, the counts and the search index in line with its row in
 * `practices` (status, bits, sector, published content). Call it in the transaction that changed them.
 */
export async function syncPublished(db: Db, practiceId: string): Promise<void> {
  const row = await db.selectFrom('practices').selectAll().where('id', '=', practiceId).executeTakeFirst();
  const had = await db
    .selectFrom('practice_tags')
    .select(['facet', 'value'])
    .where('practice_id', '=', practiceId)
    .execute();
  const wanted = row ? tagsOf(row) : [];
  const wantedKeys = new Set(wanted.map(key));
  const hadKeys = new Set(had.map(key));
  for (const t of had) if (!wantedKeys.has(key(t))) await addToCount(db, t.facet, t.value, -1);
  for (const t of wanted) if (!hadKeys.has(key(t))) await addToCount(db, t.facet, t.value, 1);
  await db.deleteFrom('practice_tags').where('practice_id', '=', practiceId).execute();
  if (row && wanted.length > 0) {
    await db
      .insertInto('practice_tags')
      .values(wanted.map((t) => ({ practice_id: practiceId, ...t, published_at: row.published_at ?? row.updated_at })))
      .execute();
  }
  await indexPractices(db, [practiceId]);
  await contentChanged(db, PRACTICES_CONTENT);
}

/** Everything derived, anew from the rows (after a restore, which writes the rows only). */
export async function rebuildDerived(trx: Transaction<DB>): Promise<void> {
  await trx.deleteFrom('practice_counts').execute();
  await trx.deleteFrom('practice_tags').execute();
  const queue = await trx
    .selectFrom('practice_revisions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'submitted')
    .executeTakeFirstOrThrow();
  await addToCount(trx, 'review', 'submitted', Number(queue.n));
  const published = await trx.selectFrom('practices').selectAll().where('status', '=', 'published').execute();
  const counts = new Map<string, Tag & { n: number }>();
  for (let i = 0; i < published.length; i += 200) {
    const rows = published.slice(i, i + 200).flatMap((p) =>
      tagsOf(p).map((t) => {
        const c = counts.get(key(t)) ?? { ...t, n: 0 };
        c.n += 1;
        counts.set(key(t), c);
        return { practice_id: p.id, ...t, published_at: p.published_at ?? p.updated_at };
      }),
    );
    if (rows.length > 0) await trx.insertInto('practice_tags').values(rows).execute();
  }
  for (const c of counts.values()) await addToCount(trx, c.facet, c.value, c.n);
  await reindexAllPractices(trx);
  await contentChanged(trx, PRACTICES_CONTENT);
}

/** How many revisions wait for the secretariat: one row of the maintained counts. */
export async function awaitingReview(db: Db): Promise<number> {
  const row = await db
    .selectFrom('practice_counts')
    .select('n')
    .where('facet', '=', 'review')
    .where('value', '=', 'submitted')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
