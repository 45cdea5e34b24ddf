import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { seedDemo, seedScale } from '../../cli/seed.ts';
import { matchingIds } from '../../platform/search/search.ts';
import { OBSTACLES_INDEX } from './search-index.ts';
import { rebuildDerived } from './derived.ts';

// The seeds: the demo's obstacles with endorsements, one closed, one hidden, one merged; the
// scale seed's one per four signatories, in bulk, with the counts and index the writes keep.

async function consistent(db: Kysely<DB>) {
  const listed = await db
    .selectFrom('obstacles')
    .select(sql<number>`count(*)`.as('n'))
    .where('listed', '=', 1)
    .executeTakeFirstOrThrow();
  const all = await db.selectFrom('obstacle_counts').select('n').where('facet', '=', 'all').executeTakeFirstOrThrow();
  assert.equal(Number(all.n), Number(listed.n), 'the kept count of listed obstacles');
  const rows = await db
    .selectFrom('obstacle_endorsements')
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  const kept = await db
    .selectFrom('obstacles')
    .select(sql<number>`sum(endorsement_count)`.as('n'))
    .executeTakeFirstOrThrow();
  assert.equal(Number(kept.n), Number(rows.n), 'the kept endorsement counts match the rows');
  return Number(listed.n);
}

describeEachEngine('obstacles: seed --demo', (t) => {
  test('at least twelve public obstacles with endorsements, and one of each decision', async () => {
    await seedDemo(t().db);
    const db = t().db;
    assert.ok((await consistent(db)) >= 12);
    const endorsed = await db
      .selectFrom('obstacles')
      .select('id')
      .where('listed', '=', 1)
      .where('endorsement_count', '>', 0)
      .execute();
    assert.ok(endorsed.length >= 12, `${endorsed.length} endorsed`);
    const states = await db.selectFrom('obstacles').select(['status', 'hidden_at']).execute();
    assert.ok(states.some((s) => s.status === 'closed'));
    assert.ok(states.some((s) => s.status === 'merged'));
    assert.ok(states.some((s) => s.hidden_at !== null));
    // A restore writes the rows only: the counts and the index come back the same from them.
    const counts = async () =>
      (
        await db
          .selectFrom('obstacle_counts')
          .select(['facet', 'value', 'n'])
          .where('n', '<>', 0)
          .orderBy('facet')
          .orderBy('value')
          .execute()
      ).map((c) => `${c.facet}:${c.value}=${Number(c.n)}`);
    const before = await counts();
    await db.transaction().execute(async (trx) => rebuildDerived(trx));
    assert.deepEqual(await counts(), before);
    assert.ok((await matchingIds(db, OBSTACLES_INDEX, 'guichet', 50, { withTexts: true })).ids.length > 0);
    const list = await t().client().get('/fr/obstacles');
    assert.equal(list.status, 200);
    assert.match(list.body, /Registre des obstacles/);
  });
});

describeEachEngine('obstacles: seed --scale', (t) => {
  test('one obstacle per four signatories, endorsed, counted and in the search index', async () => {
    const { signatories } = await seedScale(t().db, 300);
    const listed = await consistent(t().db);
    assert.equal(listed, Math.ceil(signatories / 4));
    const endorsements = await t().db.selectFrom('obstacle_endorsements').select('org_id').limit(1).execute();
    assert.equal(endorsements.length, 1);
    assert.ok((await matchingIds(t().db, OBSTACLES_INDEX, 'formulier', 5000, { withTexts: true })).ids.length > 0);
    const res = await t().client().get('/api/v1/obstacles?limit=5&sort=seen');
    assert.equal(JSON.parse(res.body).items.length, 5);
  });
});
