import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { newId, now } from '../../platform/db/sql.ts';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { Client } from '../../../test/support/client.ts';
import { insertTestReport, openTestCycle } from './test-support.ts';
import { reporter, type Reporter } from './test-submit-support.ts';

// Own targets: new ones for the years after the report, and the value reached for earlier ones
// due, with the Open SDG progress status computed and shown beside its inputs.

describeEachEngine('reports: own targets', (t) => {
  let r: Reporter;
  let lastYear: string;

  /** A target set in last year's report, base 100 in 2024, aiming at 200 in 2025 unless told. */
  async function dueTarget(indicator: string, fields: { base_year?: number; target_year?: number } = {}) {
    const id = newId();
    await t()
      .db.insertInto('report_targets')
      .values({
        id,
        org_id: r.org.id,
        set_in_report_id: lastYear,
        indicator,
        unit: 'people',
        direction: 'increase',
        base_year: fields.base_year ?? 2024,
        base_value: '100',
        target_year: fields.target_year ?? 2025,
        target_value: '200',
        created_at: now(),
        updated_at: now(),
      })
      .execute();
    return id;
  }
  const progressOf = async (id: string) =>
    (await t().db.selectFrom('report_targets').select('progress').where('id', '=', id).executeTakeFirstOrThrow()).progress;

  before(async () => {
    await openTestCycle(t().db, 2024);
    await openTestCycle(t().db, 2025);
    r = await reporter(t(), 2025);
    lastYear = await insertTestReport(t().db, r.org.id, 2024);
  });

  test('an administrator adds a target for a later year; decimals typed with a comma are kept as numbers', async () => {
    const added = await r.adminClient.submit(`${r.base}/targets`, {
      indicator: 'People trained in digital skills',
      unit: 'people',
      direction: 'increase',
      baseYear: '2025',
      baseValue: '1 250,5',
      targetYear: '2027',
      targetValue: '2000',
    });
    assert.equal(added.status, 303);
    const row = await t()
      .db.selectFrom('report_targets')
      .selectAll()
      .where('set_in_report_id', '=', r.reportId)
      .executeTakeFirstOrThrow();
    assert.equal(row.base_value, '1250.5');
    assert.equal(row.target_year, 2027);
    const page = await r.adminClient.follow(added.location!);
    assert.match(page.body, /The target has been added/);
    assert.match(page.body, /1.250,5 people in 2025/);
  });

  test('mistakes are shown beside their fields, with every typed value kept', async () => {
    const refused = await r.adminClient.submit(`${r.base}/targets`, {
      indicator: 'Devices lent',
      unit: 'devices',
      direction: 'decrease',
      baseYear: '2026',
      baseValue: 'twelve',
      targetYear: '2025',
      targetValue: '40',
    });
    assert.equal(refused.status, 400);
    assert.match(refused.body, /Enter a number, such as 120 or 12.5/);
    // Years are checked against the report once the fields themselves are right.
    assert.match(refused.body, /value="Devices lent"/);
    assert.match(refused.body, /value="twelve"/);
    assert.match(refused.body, /value="decrease"[^>]*checked/);
    const years = await r.adminClient.submit(`${r.base}/targets`, {
      indicator: 'Devices lent',
      direction: 'increase',
      baseYear: '2026',
      baseValue: '10',
      targetYear: '2025',
      targetValue: '40',
    });
    assert.equal(years.status, 400);
    assert.match(years.body, /The starting year must be 2025 or earlier/);
    assert.match(years.body, /The target year must be after 2025/);
    assert.match(years.body, /value="40"/);
  });

  test('the Open SDG progress status of each target due, computed from the value reached and shown with its inputs', async () => {
    const cases = [
      ['ratio 0.95', '195', 'onTrack'],
      ['ratio 0.94', '194', 'needsAcceleration'],
      ['ratio 0.60', '160', 'needsAcceleration'],
      ['ratio 0.59', '159', 'limited'],
      ['no growth', '100', 'limited'],
      ['negative growth', '99', 'deterioration'],
      ['reached', '200', 'achieved'],
    ] as const;
    const ids = await Promise.all(cases.map(([name]) => dueTarget(name)));
    // Measured once only: the base year is the year of the value reached.
    const single = await dueTarget('one value only', { base_year: 2025 });
    const fields = Object.fromEntries([...cases.map((c, i) => [`reached_${ids[i]}`, c[1]]), [`reached_${single}`, '150']]);
    const saved = await r.adminClient.submit(`${r.base}/targets`, fields, `${r.base}/targets/reached`);
    assert.equal(saved.status, 303);
    for (const [i, c] of cases.entries()) assert.equal(await progressOf(ids[i]!), c[2], c[0]);
    assert.equal(await progressOf(single), 'notAssessable');
    const page = await r.memberClient.get(`${r.base}/targets`);
    assert.equal(page.status, 200);
    for (const label of ['On track', 'Needs to speed up', 'Limited progress', 'Getting worse', 'Target achieved', 'Cannot be assessed yet'])
      assert.match(page.body, new RegExp(label));
    // The inputs beside the status: base, latest, rates and their ratio.
    assert.match(page.body, /100 in 2024/);
    assert.match(page.body, /195 in 2025/);
    assert.match(page.body, />95,0%</);
    assert.match(page.body, />100,0%</);
    assert.match(page.body, />0,95</);
  });

  test('a bad value reached is refused beside its target, the other values kept', async () => {
    const id = await dueTarget('typed badly');
    const other = await dueTarget('typed well');
    const refused = await r.adminClient.submit(`${r.base}/targets`, { [`reached_${id}`]: '12/5', [`reached_${other}`]: '150' }, `${r.base}/targets/reached`);
    assert.equal(refused.status, 400);
    assert.match(refused.body, /Enter a number/);
    assert.match(refused.body, /value="12\/5"/);
    assert.match(refused.body, /value="150"/);
    assert.equal(await progressOf(other), null);
  });

  test('a target is changed and deleted by an administrator; a member reads and may not write', async () => {
    const target = await t().db.selectFrom('report_targets').select('id').where('set_in_report_id', '=', r.reportId).executeTakeFirstOrThrow();
    const edit = `${r.base}/targets/${target.id}`;
    const changed = await r.adminClient.submit(edit, {
      indicator: 'People trained',
      direction: 'increase',
      baseYear: '2025',
      baseValue: '1250.5',
      targetYear: '2028',
      targetValue: '2500',
    });
    assert.equal(changed.status, 303);
    const page = await r.memberClient.get(`${r.base}/targets`);
    assert.match(page.body, /2.500 in 2028/);
    assert.doesNotMatch(page.body, /Add a target/);
    const csrf = Client.csrfOf((await r.memberClient.get('/en/account')).body);
    assert.equal((await r.memberClient.post(`${r.base}/targets`, { indicator: 'x' }, csrf)).status, 403);
    assert.equal((await r.memberClient.get(edit)).status, 403);
    assert.equal((await r.memberClient.post(`${edit}/delete`, {}, csrf)).status, 403);
    const deleted = await r.adminClient.submit(edit, {}, `${edit}/delete`);
    assert.equal(deleted.status, 303);
    assert.equal(await t().db.selectFrom('report_targets').select('id').where('id', '=', target.id).executeTakeFirst(), undefined);
  });
});
