import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { seedDemo, seedScale } from '../../cli/seed.ts';
import { brusselsToday } from './routes-public.tsx';

// The seeds: the demo's three campaigns (past, running, upcoming) in four languages with their
// materials, supporters and participations, the kept figures equal to what the rows add up to;
// the scale seed's share in bulk.

describeEachEngine('campaigns: seed --demo and --scale', (t) => {
  test('the demo: one past, one running, one upcoming, in four languages, with supporters and reach', async () => {
    const db = t().db;
    await seedDemo(db);
    const today = brusselsToday();
    const rows = await db.selectFrom('campaigns').selectAll().orderBy('starts_on').execute();
    assert.equal(rows.length, 3);
    assert.ok(rows[0]!.ends_on < today, 'one past');
    assert.ok(rows[1]!.starts_on <= today && rows[1]!.ends_on >= today, 'one running');
    assert.ok(rows[2]!.starts_on > today, 'one upcoming');
    for (const c of rows) {
      const langs = await db
        .selectFrom('campaign_materials')
        .select('lang')
        .distinct()
        .where('campaign_id', '=', c.id)
        .execute();
      assert.equal(langs.length, 4);
      const texts = await db.selectFrom('campaign_texts').select('lang').where('campaign_id', '=', c.id).execute();
      assert.equal(texts.length, 4);
      const supporters = await db
        .selectFrom('campaign_supporters')
        .select(sql<number>`count(*)`.as('n'))
        .where('campaign_id', '=', c.id)
        .executeTakeFirstOrThrow();
      assert.equal(Number(c.supporter_count), Number(supporters.n));
      const sums = await db
        .selectFrom('activities')
        .select([sql<number>`count(*)`.as('n'), sql<number>`coalesce(sum(people_reached), 0)`.as('people')])
        .where('campaign_id', '=', c.id)
        .executeTakeFirstOrThrow();
      assert.equal(Number(c.participation_count), Number(sums.n));
      assert.equal(Number(c.reach_all), Number(sums.people));
    }
    assert.ok(Number(rows[0]!.supporter_count) > 0 && Number(rows[1]!.reach_public) > 0);
    assert.equal(Number(rows[2]!.supporter_count), 0);
  });

  test('the scale seed: one campaign per thousand signatories (at least one), which every signatory of a small batch supports', async () => {
    const db = t().db;
    const before = await db.selectFrom('campaigns').select('id').execute();
    await seedScale(db, 30);
    const added = await db
      .selectFrom('campaigns')
      .selectAll()
      .where(
        'id',
        'not in',
        before.map((r) => r.id),
      )
      .execute();
    assert.equal(added.length, 1);
    // A batch under 300 signatories fills a page of supporters: all 30 support it (one in five beyond).
    assert.equal(Number(added[0]!.supporter_count), 30);
  });
});
