import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { newId, now } from '../../platform/db/sql.ts';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { insertTestReport, openTestCycle } from './test-support.ts';
import { reporter, submitThroughPage, totalsOf, type Reporter } from './test-submit-support.ts';
import { rebuildTotals } from './totals.ts';

// The totals submissions keep: everyone, per sector and per region; the headline figures summed,
// a commitment counted when its section had something, the targets due and met that year. A
// restore rebuilds the same rows from the submitted reports.

describeEachEngine('reports: the totals submissions keep', (t) => {
  let a: Reporter;
  let b: Reporter;

  async function dueTarget(r: Reporter, setIn: string, progress: string) {
    await t()
      .db.insertInto('report_targets')
      .values({
        id: newId(),
        org_id: r.org.id,
        set_in_report_id: setIn,
        indicator: 'People trained',
        direction: 'increase',
        base_year: 2024,
        base_value: '10',
        target_year: 2025,
        target_value: '20',
        reached_value: progress === 'achieved' ? '25' : '12',
        reached_report_id: r.reportId,
        progress,
        created_at: now(),
        updated_at: now(),
      })
      .execute();
  }

  before(async () => {
    await openTestCycle(t().db, 2024);
    await openTestCycle(t().db, 2025);
    a = await reporter(t(), 2025, {
      sector: 'public',
      regions: ['brussels', 'flanders'],
      report: { figures: { people_trained: 10, people_reached: 100, training_hours: 5, devices: 2 }, worked: { 1: 'A digital help desk in the town hall.' } },
    });
    b = await reporter(t(), 2025, {
      sector: 'private',
      regions: ['wallonia'],
      report: { figures: { people_trained: 20, devices: 3 }, worked: { 1: 'Courses for staff.', 4: 'Laptops lent to pupils.' } },
    });
    await dueTarget(a, await insertTestReport(t().db, a.org.id, 2024), 'achieved');
    await dueTarget(b, await insertTestReport(t().db, b.org.id, 2024), 'limited');
    // A fact the platform knew counts as something done, without any words.
    await t().db.updateTable('report_sections').set({ facts: JSON.stringify([{ key: 'x', values: {} }]) }).where('report_id', '=', b.reportId).where('commitment', '=', 7).execute();
    await submitThroughPage(t().db, a);
    await submitThroughPage(t().db, b);
  });

  test('two organisations in different sectors and regions add up, for everyone and per scope', async () => {
    const all = await totalsOf(t().db, 2025, 'all');
    assert.ok(all);
    assert.equal(all.reports, 2);
    assert.equal(all.people_trained, 30);
    assert.equal(all.people_reached, 100);
    assert.equal(all.training_hours, 5);
    assert.equal(all.devices, 5);
    assert.equal(all.commitment_1, 2);
    assert.equal(all.commitment_4, 1);
    assert.equal(all.commitment_7, 1);
    assert.equal(all.commitment_2, 0);
    assert.equal(all.targets_due, 2);
    assert.equal(all.targets_met, 1);
    const pub = await totalsOf(t().db, 2025, 'sector', 'public');
    const priv = await totalsOf(t().db, 2025, 'sector', 'private');
    assert.equal(pub?.reports, 1);
    assert.equal(pub?.people_trained, 10);
    assert.equal(pub?.targets_met, 1);
    assert.equal(priv?.people_trained, 20);
    assert.equal(priv?.commitment_4, 1);
    assert.equal(priv?.targets_met, 0);
    assert.equal((await totalsOf(t().db, 2025, 'sector', 'nonprofit')), undefined);
    assert.equal((await totalsOf(t().db, 2025, 'region', 'brussels'))?.people_reached, 100);
    assert.equal((await totalsOf(t().db, 2025, 'region', 'flanders'))?.reports, 1);
    assert.equal((await totalsOf(t().db, 2025, 'region', 'wallonia'))?.devices, 3);
    // The reports of 2024 were put in the tables, not submitted through the service: not counted.
    assert.equal(await totalsOf(t().db, 2024, 'all'), undefined);
  });

  test('after a restore the rebuilt rows are those the writes kept', async () => {
    const kept = await t().db.selectFrom('report_totals').selectAll().orderBy('year').orderBy('scope').orderBy('code').execute();
    await t().db.transaction().execute((trx) => rebuildTotals(trx));
    const rebuilt = await t().db.selectFrom('report_totals').selectAll().orderBy('year').orderBy('scope').orderBy('code').execute();
    // The rebuild counts every submitted report, including those put straight in the tables (2024).
    assert.deepEqual(rebuilt.filter((row) => row.year === 2025), kept);
    assert.equal(rebuilt.find((row) => row.year === 2024 && row.scope === 'all')?.reports, 2);
  });
});
