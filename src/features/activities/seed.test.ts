import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { seedDemo, seedScale } from '../../cli/seed.ts';
import { rebuildTotals } from './totals.ts';

// The seeds: the demo's year of activities per signatory, varied and partly private; the scale
// seed's twenty per signatory, in bulk; both with the totals the writes would have kept.

/** The kept totals, as text, to compare with those a rebuild makes from the rows. */
async function totals(db: Kysely<DB>): Promise<string[]> {
  const rows = await db
    .selectFrom('activity_totals')
    .selectAll()
    .orderBy('org_id')
    .orderBy('year')
    .orderBy('commitment')
    .orderBy('visibility')
    .execute();
  return rows.map(
    (r) => `${r.org_id}|${r.year}|${r.commitment}|${r.visibility}|${r.entries}|${r.people}|${r.training_minutes}`,
  );
}

async function perOrganisation(db: Kysely<DB>): Promise<number[]> {
  const rows = await db
    .selectFrom('activities')
    .select(['org_id', sql<number>`count(*)`.as('n')])
    // The campaigns' demo adds participations of its own, linked to its campaigns.
    .where('campaign_id', 'is', null)
    .groupBy('org_id')
    .execute();
  return rows.map((r) => Number(r.n));
}

describeEachEngine('activities: seed --demo and --scale', (t) => {
  test('the demo: ten to twenty activities per signatory, every kind, some private, totals as kept', async () => {
    const db = t().db;
    await seedDemo(db);
    const counts = await perOrganisation(db);
    const signatories = await db.selectFrom('organisations').select('id').where('status', '=', 'signatory').execute();
    assert.equal(counts.length, signatories.length);
    assert.ok(
      counts.every((n) => n >= 10 && n <= 20),
      `per signatory: ${counts.join(', ')}`,
    );
    const kinds = await db.selectFrom('activities').select('kind').distinct().execute();
    assert.equal(kinds.length, 5);
    const visibility = await db.selectFrom('activities').select('visibility').distinct().execute();
    assert.equal(visibility.length, 2);
    const kept = await totals(db);
    await db.transaction().execute((trx) => rebuildTotals(trx));
    assert.deepEqual(await totals(db), kept);
  });

  test('the scale seed: twenty per new signatory, with their totals', async () => {
    const db = t().db;
    const before = (await perOrganisation(db)).reduce((a, b) => a + b, 0);
    await seedScale(db, 30);
    const after = (await perOrganisation(db)).reduce((a, b) => a + b, 0);
    assert.equal(after - before, 30 * 20);
    const kept = await totals(db);
    await db.transaction().execute((trx) => rebuildTotals(trx));
    assert.deepEqual(await totals(db), kept);
  });
});
