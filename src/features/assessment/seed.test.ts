import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { seedDemo, seedScale } from '../../cli/seed.ts';

// The seeds: the demo's two years of runs (so the comparison appears), a run in progress and a
// shared run; the scale seed's runs in bulk. In both, the kept aggregates equal what the rows
// add up to: the peer counts hold each organisation's latest level per cell once.

describeEachEngine('assessment: seed --demo and --scale', (t) => {
  async function aggregatesAgree() {
    const db = t().db;
    const latest = await db
      .selectFrom('assessment_latest')
      .select(['sector', 'size_band', 'dimension', 'audience', 'level', sql<number>`count(*)`.as('n')])
      .groupBy(['sector', 'size_band', 'dimension', 'audience', 'level'])
      .execute();
    const counts = await db.selectFrom('assessment_peer_counts').selectAll().where('organisations', '>', 0).execute();
    const key = (r: { sector: string; size_band: string; dimension: string; audience: string; level: number }) =>
      [r.sector, r.size_band, r.dimension, r.audience, r.level].join('/');
    assert.deepEqual(
      new Map(counts.map((c) => [key(c), Number(c.organisations)])),
      new Map(latest.map((l) => [key(l), Number(l.n)])),
    );
  }

  test('the demo: two years for at least twelve signatories, a draft, a shared run, the aggregates agree', async () => {
    const db = t().db;
    await seedDemo(db);
    const years = await db
      .selectFrom('assessment_runs')
      .select(['org_id', sql<number>`count(distinct year)`.as('years')])
      .where('status', '=', 'submitted')
      .groupBy('org_id')
      .execute();
    assert.ok(years.filter((y) => Number(y.years) === 2).length >= 12);
    const drafts = await db.selectFrom('assessment_runs').select('org_id').where('status', '=', 'draft').execute();
    assert.equal(drafts.length, 1);
    assert.ok(!years.some((y) => y.org_id === drafts[0]!.org_id), 'the draft is another organisation’s');
    const shared = await db.selectFrom('assessment_runs').select('id').where('shared_at', 'is not', null).execute();
    assert.equal(shared.length, 1);
    const second = await db.selectFrom('assessment_runs').select('previous_run_id').where('year', '=', 2026).execute();
    assert.ok(
      second.every((r) => r.previous_run_id !== null),
      'each 2026 run compares with the 2025 one',
    );
    await aggregatesAgree();
  });

  test('the scale seed: one run per two signatories, in bulk, the aggregates kept', async () => {
    const db = t().db;
    const before = Number(
      (
        await db
          .selectFrom('assessment_runs')
          .select(sql<number>`count(*)`.as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    await seedScale(db, 40);
    const after = Number(
      (
        await db
          .selectFrom('assessment_runs')
          .select(sql<number>`count(*)`.as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    assert.equal(after - before, 20);
    await aggregatesAgree();
  });
});
