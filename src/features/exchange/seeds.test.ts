import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { matchingIds } from '../../platform/search/search.ts';
import { seedDemo, seedScale } from '../../cli/seed.ts';
import { EXCHANGE_INDEX } from './search-index.ts';
import { matchesFor } from './service-public.ts';
import { today } from './vocabulary.ts';

describeEachEngine('exchange: demo and scale seeds', (t) => {
  test('the demo: at least ten open offers and asks, each with a match; one expired post', async () => {
    await seedDemo(t().db);
    const db = t().db;
    const open = await db.selectFrom('exchange_posts').selectAll().where('listed', '=', 1).where('expires_on', '>=', today()).execute();
    assert.ok(open.length >= 10, `${open.length} open posts`);
    assert.equal(open.filter((p) => p.kind === 'offer').length, open.filter((p) => p.kind === 'ask').length);
    for (const post of open) {
      const matches = await matchesFor(db, post.id);
      assert.ok(matches.length > 0, `“${post.title}” has a match`);
      assert.ok(matches.every((m) => m.kind !== post.kind && m.cause === post.cause && m.orgId !== post.org_id));
    }
    const expired = await db.selectFrom('exchange_posts').select('id').where('expires_on', '<', today()).execute();
    assert.equal(expired.length, 1);
    const list = await t().client().get('/fr/exchange');
    assert.match(list.body, /Des formateurs bénévoles à Liège/);
  });

  test('seed --scale: one post per signatory, some expired, in the search index', async () => {
    const before = Number((await t().db.selectFrom('exchange_posts').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);
    const { signatories } = await seedScale(t().db, 200);
    const db = t().db;
    const after = Number((await db.selectFrom('exchange_posts').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);
    assert.equal(after - before, signatories);
    const expired = Number(
      (await db.selectFrom('exchange_posts').select(sql<number>`count(*)`.as('n')).where('expires_on', '<', today()).executeTakeFirstOrThrow()).n,
    );
    assert.ok(expired > 1 && expired < signatories / 2, `${expired} expired`);
    assert.ok((await matchingIds(db, EXCHANGE_INDEX, 'laptops', 5000, { withTexts: true })).ids.length > 3);
    const res = await t().client().get('/api/v1/exchange?limit=5');
    assert.equal((JSON.parse(res.body) as { items: unknown[] }).items.length, 5);
  });
});
