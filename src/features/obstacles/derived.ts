import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { contentChanged } from '../../platform/http/page-cache.ts';
import type { ObstaclesTable } from './obstacles.table.ts';
import { indexObstacles, reindexAllObstacles } from './search-index.ts';
import { fromBits, TAG_COLUMN, TAG_NAMES } from './vocabulary.ts';

// What the list and its chart read instead of the obstacles themselves, kept by the writes in
// their own transaction: the number of listed obstacles per tag value and status, and ('all', '').
// A change reads the row before and after it and moves the counts by the difference, so a
// change that leaves an obstacle's tags and listing as they were moves nothing. All of it is
// rebuilt after a restore.
//
// The list is served to anonymous readers from the page cache (ADR 0022) under OBSTACLES_CONTENT:
// every write that changes what it shows (an obstacle's text, tags, listing, status or count of
// endorsements) goes through syncObstacle, moveShownCount or addCountsOf, which move the version.

/** The page cache's name for what the obstacle list shows (platform/http/page-cache.ts). */
export const OBSTACLES_CONTENT = 'obstacles';

type Db = Kysely<DB> | Transaction<DB>;

export interface Tag {
  facet: string;
  value: string;
}

type CountedRow = Pick<
  ObstaclesTable,
  'listed' | 'status' | 'cause_bits' | 'group_bits' | 'region_bits' | 'audience_bits'
>;

/** The counts a row adds to: none unless it is listed. */
export function tagsOf(row: CountedRow | undefined): Tag[] {
  if (!row || Number(row.listed) !== 1) return [];
  const tags: Tag[] = [
    { facet: 'all', value: '' },
    { facet: 'status', value: row.status },
  ];
  for (const tag of TAG_NAMES) {
    for (const value of fromBits(tag, Number(row[TAG_COLUMN[tag]]))) tags.push({ facet: tag, value });
  }
  return tags;
}

/** Adds `by` to a count, creating it at zero first. */
export async function addToCount(db: Db, facet: string, value: string, by: number): Promise<void> {
  if (by === 0) return;
  await db
    .insertInto('obstacle_counts')
    .values({ facet, value, n: by })
    .onConflict((oc) => oc.columns(['facet', 'value']).doUpdateSet({ n: sql`obstacle_counts.n + ${by}` }))
    .execute();
}

const key = (t: Tag) => `${t.facet}\u0000${t.value}`;

/** Moves the counts from what `before` added to what `after` adds, and re-indexes the obstacle. */
export async function syncObstacle(db: Db, id: string, before: CountedRow | undefined): Promise<void> {
  const after = await db.selectFrom('obstacles').selectAll().where('id', '=', id).executeTakeFirst();
  const had = new Map(tagsOf(before).map((t) => [key(t), t]));
  const has = new Map(tagsOf(after).map((t) => [key(t), t]));
  for (const [k, t] of had) if (!has.has(k)) await addToCount(db, t.facet, t.value, -1);
  for (const [k, t] of has) if (!had.has(k)) await addToCount(db, t.facet, t.value, 1);
  await indexObstacles(db, [id]);
  await contentChanged(db, OBSTACLES_CONTENT);
}

/** Moves an obstacle's count of endorsements (shown and sorted on in the list). */
export async function moveShownCount(db: Db, obstacleId: string, by: number, at: string): Promise<void> {
  if (by === 0) return;
  await db
    .updateTable('obstacles')
    .set({ endorsement_count: sql`endorsement_count + ${by}`, updated_at: at })
    .where('id', '=', obstacleId)
    .execute();
  await contentChanged(db, OBSTACLES_CONTENT);
}

/** Adds many rows' tags at once (the scale seed): one statement per count. */
export async function addCountsOf(db: Db, rows: readonly CountedRow[]): Promise<void> {
  const counts = new Map<string, Tag & { n: number }>();
  for (const row of rows) {
    for (const t of tagsOf(row)) {
      const c = counts.get(key(t)) ?? { ...t, n: 0 };
      c.n += 1;
      counts.set(key(t), c);
    }
  }
  for (const c of counts.values()) await addToCount(db, c.facet, c.value, c.n);
  // The scale seed adds obstacles through here: cached lists must not outlive it.
  await contentChanged(db, OBSTACLES_CONTENT);
}

/** Everything derived, anew from the rows (after a restore, which writes the rows only). */
export async function rebuildDerived(trx: Transaction<DB>): Promise<void> {
  await trx.deleteFrom('obstacle_counts').execute();
  let after = '';
  for (;;) {
    const rows = await trx
      .selectFrom('obstacles')
      .select(['id', 'listed', 'status', 'cause_bits', 'group_bits', 'region_bits', 'audience_bits'])
      .where('listed', '=', 1)
      .where('id', '>', after)
      .orderBy('id')
      .limit(1000)
      .execute();
    if (rows.length === 0) break;
    await addCountsOf(trx, rows);
    after = rows[rows.length - 1]!.id;
  }
  await reindexAllObstacles(trx);
  await contentChanged(trx, OBSTACLES_CONTENT);
}

/** The maintained counts of some facets. */
export async function keptCounts(db: Db, facets: readonly string[]): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('obstacle_counts')
    .select(['facet', 'value', 'n'])
    .where('facet', 'in', [...facets])
    .execute();
  return new Map(rows.map((r) => [key(r), Number(r.n)]));
}

export const countKey = (facet: string, value: string) => key({ facet, value });
