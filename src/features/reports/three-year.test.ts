import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { LANGS, translator } from '../../platform/i18n/i18n.ts';
import { formatters } from '../../platform/i18n/format.ts';
import { openTestCycle } from './test-support.ts';
import { insertTotals, rowCells, sumTotals, type TestTotals } from './consolidated-test-support.ts';
import { parsePeriod } from './service-consolidated.ts';

// The consolidated report over three years (/en/reports/2024-2026), drafted from the yearly
// cycles for the joint evaluation: each year's kept counts and totals side by side, and their sums.

const totals = (n: number): TestTotals => ({
  reports: n,
  people_trained: 100 * n,
  people_reached: 1000 * n + 7,
  training_hours: 30 * n,
  devices: 2 * n,
  targets_due: n + 1,
  targets_met: n,
  commitments: [n, n - 1, 0, n, 1, 0, n, 0, n],
});
const YEARS = { 2024: totals(3), 2025: totals(5), 2026: totals(8) };
const SUM = sumTotals(Object.values(YEARS));
const REQUIRED = { 2024: 4, 2025: 6, 2026: 10 };
const num = formatters('en').number;

describeEachEngine('reports: the consolidated report over three years', (t) => {
  before(async () => {
    const { db } = t();
    for (const [year, figures] of Object.entries(YEARS)) {
      await openTestCycle(db, Number(year));
      // The counts the daily job and the submissions keep.
      await db
        .updateTable('reporting_cycles')
        .set({
          required_count: REQUIRED[Number(year) as 2024],
          reported_count: figures.reports,
          late_count: 0,
          not_reporting_count: REQUIRED[Number(year) as 2024] - figures.reports,
        })
        .where('year', '=', Number(year))
        .execute();
      await insertTotals(db, Number(year), 'all', '', figures);
    }
  });

  test('the three years side by side, and summed', async () => {
    const res = await t().client().get('/en/reports/2024-2026');
    assert.equal(res.status, 200);
    const html = res.body;
    assert.equal(html.match(/<h1>/g)?.length, 1);
    assert.match(html, /<h1>The Charter from 2024 to 2026<\/h1>/);
    assert.deepEqual(rowCells(html, 'Had to report'), ['4', '6', '10', '20']);
    assert.deepEqual(rowCells(html, 'Reported'), ['3', '5', '8', '16']);
    assert.deepEqual(rowCells(html, 'Not reporting'), ['1', '1', '2', '4']);
    assert.deepEqual(rowCells(html, 'Share that reported'), ['75%', '83%', '80%', '80%']);
    assert.deepEqual(rowCells(html, 'People reached'), [3007, 5007, 8007, SUM.people_reached].map(num));
    assert.equal(SUM.people_reached, 16021);
    assert.deepEqual(rowCells(html, 'Devices provided or lent'), ['6', '10', '16', '32']);
    assert.deepEqual(rowCells(html, '2. Map obstacles and act together'), ['2', '4', '7', '13']);
    assert.deepEqual(rowCells(html, 'Targets met'), ['3', '5', '8', '16']);
    for (const year of [2024, 2025, 2026]) assert.match(html, new RegExp(`href="/en/reports/${year}"`));
  });

  test('a year of the period without a cycle is shown as such', async () => {
    const res = await t().client().get('/en/reports/2023-2025');
    assert.equal(res.status, 200);
    assert.ok(res.body.includes('2023: no reporting cycle'));
    assert.deepEqual(rowCells(res.body, 'Had to report'), ['–', '4', '6', '10']);
    assert.deepEqual(rowCells(res.body, 'Hours of training'), ['–', '90', '150', '240']);
  });

  test('every language renders, French with its typography', async () => {
    for (const lang of LANGS) {
      const res = await t().client().get(`/${lang}/reports/2024-2026`);
      assert.equal(res.status, 200, lang);
      assert.ok(res.body.includes(`<h1>${translator(lang)('reports.threeYear.title', { from: 2024, to: 2026 })}</h1>`));
      assert.ok(res.body.includes(formatters(lang).number(16021)), lang);
    }
    const fr = (await t().client().get('/fr/reports/2023-2025')).body;
    assert.ok(fr.includes('2023\u00a0: pas de cycle de rapport'));
    assert.ok(fr.includes('8\u202f014'), 'French thousands with a narrow no-break space');
  });

  test('bad periods are a 400 or a 404, never an error', async () => {
    for (const period of ['2026-2024', '2024-2024', '2020-2026', '2024-2027'])
      assert.equal((await t().client().get(`/en/reports/${period}`)).status, 400, period);
    const bad = await t().client().get('/en/reports/2026-2024');
    assert.ok(bad.body.includes(translator('en')('reports.consolidated.badPeriod', { example: '2024-2026' })));
    assert.match(bad.body, /href="\/en\/reports\/2025"/, 'with the years there are');
    for (const period of ['ab-cd', '2024-', '24-26', '2024-2026-2028', '2010-2012', '99999-2024'])
      assert.equal((await t().client().get(`/en/reports/${period}`)).status, 404, period);
  });

  test('the period check', () => {
    assert.deepEqual(parsePeriod('2024', '2026'), { ok: true, from: 2024, to: 2026 });
    assert.deepEqual(parsePeriod('2025', '2026'), { ok: true, from: 2025, to: 2026 });
    assert.deepEqual(parsePeriod('2024', '2027'), { ok: false, reason: 'badPeriod' });
    assert.deepEqual(parsePeriod('x', '2027'), { ok: false, reason: 'notFound' });
  });
});
