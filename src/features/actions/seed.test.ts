import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { seedDemo, seedScale } from '../../cli/seed.ts';
import { SESSION_COOKIE, sessionFor } from '../../../test/support/accounts.ts';
import { ACTIONS } from './demo-items.ts';

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
    // The sweep's action as its lead sees it, with every form: one id per element.
    const lead = await db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'sofie.maes@digitaal-samen.example')
      .executeTakeFirstOrThrow();
    const asLead = t().client();
    asLead.setCookie(SESSION_COOKIE, await sessionFor(db, lead.id));
    const sweep = rows.find((r) => r.title === ACTIONS[0]!.title)!;
    const html = (await asLead.get(`/nl/actions/${sweep.slug}`)).body;
    for (const form of ['/status"', '/milestones"', '/indicators"', '/updates"', '/partners"', '/decide"'])
      assert.ok(html.includes(form), form);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(
      ids.filter((id, i) => ids.indexOf(id) !== i),
      [],
      'no id twice',
    );
    const page = await t()
      .client()
      .get(`/fr/actions/${rows.find((r) => r.status === 'stopped')!.slug}`);
    assert.equal(page.status, 200);
    assert.match(page.body, /Le financement du projet pilote/);
  });
});

describeEachEngine('actions: seed --scale', (t) => {
  test('one action per eight signatories, with partners, milestones, indicators and updates, counted and progressed as the writes do', async () => {
    const { signatories } = await seedScale(t().db, 160);
    const db = t().db;
    const rows = await db.selectFrom('actions').selectAll().execute();
    assert.ok(rows.length >= signatories / 8 - 2 && rows.length <= signatories / 8, `${rows.length} actions`);
    const all = await db.selectFrom('action_counts').select('n').where('facet', '=', 'all').executeTakeFirstOrThrow();
    assert.equal(Number(all.n), rows.length);
    const milestones = await db.selectFrom('action_milestones').selectAll().execute();
    assert.equal(milestones.length, rows.length * 3);
    for (const row of rows.slice(0, 5)) {
      const own = milestones.filter((m) => m.action_id === row.id);
      const sum = own.reduce(
        (s, m) => s + Number(m.weight) * (m.status === 'done' ? 100 : m.status === 'planned' ? 0 : Number(m.percent)),
        0,
      );
      assert.equal(Number(row.progress), Math.round(sum / 4), 'the stored progress is the weighted mean');
    }
    const partners = await db.selectFrom('action_partners').select('action_id').execute();
    assert.equal(
      partners.length,
      rows.reduce((s, r) => s + Number(r.partner_count), 0),
    );
    assert.equal((await db.selectFrom('action_indicators').select('id').execute()).length, rows.length);
    assert.equal((await db.selectFrom('action_updates').select('id').execute()).length, rows.length);
    const client = t().client();
    assert.equal((await client.get('/en/actions')).status, 200);
    assert.equal((await client.get(`/en/actions/${rows[0]!.slug}`)).status, 200);
    assert.equal(
      JSON.parse((await client.get('/api/v1/actions?limit=100')).body).items.length,
      Math.min(100, rows.length),
    );
  });
});
