import { sql, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Action, Db } from './repository.ts';
import { actionsChanged } from './content.ts';
import { fromBits, NEEDS } from './vocabulary.ts';

// What the list reads instead of counting actions: the number of listed actions per status and
// per need, and ('all', ''), kept by the writes in their own transaction (the row before and
// after a change move the counts by the difference). Rebuilt after a restore.

type Counted = Pick<Action, 'listed' | 'status' | 'need_bits'>;

export function tagsOf(row: Counted | undefined): string[] {
  if (!row || Number(row.listed) !== 1) return [];
  return [
    'all\u0000',
    `status\u0000${row.status}`,
    ...fromBits(NEEDS, Number(row.need_bits)).map((n) => `need\u0000${n}`),
  ];
}

async function addToCount(db: Db, tag: string, by: number): Promise<void> {
  const [facet, value] = tag.split('\u0000') as [string, string];
  await db
    .insertInto('action_counts')
    .values({ facet, value, n: by })
    .onConflict((oc) => oc.columns(['facet', 'value']).doUpdateSet({ n: sql`action_counts.n + ${by}` }))
    .execute();
}

/** Moves the counts from what `before` added to what the action adds now. */
export async function syncCounts(db: Db, id: string, before: Counted | undefined): Promise<void> {
  const after = await db
    .selectFrom('actions')
    .select(['listed', 'status', 'need_bits'])
    .where('id', '=', id)
    .executeTakeFirst();
  const had = new Set(tagsOf(before));
  const has = new Set(tagsOf(after));
  for (const t of had) if (!has.has(t)) await addToCount(db, t, -1);
  for (const t of has) if (!had.has(t)) await addToCount(db, t, 1);
  await actionsChanged(db);
}

/** Adds many rows at once (the scale seed): one statement per count. */
export async function addCountsOf(db: Db, rows: readonly Counted[]): Promise<void> {
  const counts = new Map<string, number>();
  for (const row of rows) for (const t of tagsOf(row)) counts.set(t, (counts.get(t) ?? 0) + 1);
  for (const [t, n] of counts) await addToCount(db, t, n);
  // The scale seed's new actions are on the list's first page.
  await actionsChanged(db);
}

export async function rebuildDerived(trx: Transaction<DB>): Promise<void> {
  await trx.deleteFrom('action_counts').execute();
  let after = '';
  for (;;) {
    const rows = await trx
      .selectFrom('actions')
      .select(['id', 'listed', 'status', 'need_bits'])
      .where('listed', '=', 1)
      .where('id', '>', after)
      .orderBy('id')
      .limit(1000)
      .execute();
    if (rows.length === 0) break;
    await addCountsOf(trx, rows);
    after = rows[rows.length - 1]!.id;
  }
}

/** The kept count of one facet value ('all', '' for every listed action). */
export async function keptCount(db: Db, facet: string, value: string): Promise<number> {
  const row = await db
    .selectFrom('action_counts')
    .select('n')
    .where('facet', '=', facet)
    .where('value', '=', value)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
