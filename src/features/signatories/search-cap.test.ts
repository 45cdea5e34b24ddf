import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { insertOrganisation, resultSlugs } from './test-fixtures.ts';
import { SEARCH_CAP } from './service.ts';

// A broad name search considers at most SEARCH_CAP organisations and says so (ADR 0011, 0014),
// so that its cost does not grow with the directory. Descriptions are searched only when no
// name holds the words.
describeEachEngine('signatories directory: a search that matches too many', (t) => {
  const zuid: string[] = [];

  before(async () => {
    const db = t().db;
    for (let i = 0; i <= SEARCH_CAP; i++) {
      await insertOrganisation(db, {
        name: `Leeskring ${String(i).padStart(3, '0')}`,
        descriptions: { nl: 'Wij helpen mensen met hun smartphone.' },
      });
    }
    for (let i = 0; i < 3; i++) zuid.push((await insertOrganisation(db, { name: `Leeskring Zuid ${i}` })).slug);
  });

  test('the page says that more match and that only some of them are shown', async () => {
    const res = await t().app.inject({ url: '/en/signatories?q=leeskringen' });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, new RegExp(`More than ${SEARCH_CAP} organisations match the words you searched for`));
    assert.match(res.body, /Add a word of the name to find the others/);
  });

  test('the API says its total is not exact; a narrower search is counted exactly', async () => {
    const broad = (await t().app.inject({ url: '/api/v1/signatories?q=leeskring' })).json();
    assert.equal(broad.total_exact, false);
    assert.equal(broad.total, SEARCH_CAP);
    const narrow = (await t().app.inject({ url: '/api/v1/signatories?q=leeskring%20zuid' })).json();
    assert.deepEqual([narrow.total, narrow.total_exact], [3, true]);
    const page = await t().app.inject({ url: '/en/signatories?q=leeskring%20zuid' });
    assert.match(page.body, /3 signatories/);
    assert.deepEqual(resultSlugs(page.body), zuid);
  });

  test('words that no name holds are looked for in the descriptions', async () => {
    const res = (await t().app.inject({ url: '/api/v1/signatories?q=smartphone' })).json();
    assert.deepEqual([res.total, res.total_exact], [SEARCH_CAP, false]);
  });
});
