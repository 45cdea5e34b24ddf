import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { seedDemo } from '../../cli/seed.ts';

// The demo: eight actions of several signatories against the demo obstacles, in every status.

describeEachEngine('actions: seed --demo', (t) => {
  test('eight listed actions in every status, each against obstacles, counted as the writes keep them', async () => {
    await seedDemo(t().db);
    const db = t().db;
    const rows = await db.selectFrom('actions').selectAll().execute();
    assert.equal(rows.length, 8);
    assert.deepEqual([...new Set(rows.map((r) => r.status))].sort(), [
      'done',
      'looking',
      'proposed',
      'stopped',
      'under_way',
    ]);
    assert.ok(new Set(rows.map((r) => r.lead_org_id)).size >= 3, 'several leads');
    const linked = await db
      .selectFrom('action_obstacles')
      .select(sql<number>`count(distinct action_id)`.as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(linked.n), 8);
    const all = await db.selectFrom('action_counts').select('n').where('facet', '=', 'all').executeTakeFirstOrThrow();
    assert.equal(Number(all.n), 8);
    const page = await t()
      .client()
      .get(`/fr/actions/${rows.find((r) => r.status === 'stopped')!.slug}`);
    assert.equal(page.status, 200);
    assert.match(page.body, /Le financement du projet pilote/);
  });
});
