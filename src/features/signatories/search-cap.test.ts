import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { insertOrganisation, resultSlugs } from './test-fixtures.ts';
import { SEARCH_CAP } from './service.ts';

// A broad name search considers at most SEARCH_CAP organisations, those whose name matches
// first, and says so (ADR 0011), so that its cost does not grow with the directory.
describeEachEngine('signatories directory: a search that matches too many', (t) => {
  const named: string[] = [];

  before(async () => {
    const db = t().db;
    // Only the description says "Leeskring": these come after the names that match.
    for (let i = 0; i < SEARCH_CAP; i++) {
      await insertOrganisation(db, {
        name: `Vereniging ${String(i).padStart(3, '0')}`,
        descriptions: { nl: 'Onze leeskringen helpen mensen met hun smartphone.' },
      });
    }
    for (let i = 0; i < 3; i++) named.push((await insertOrganisation(db, { name: `Leeskring Zuid ${i}` })).slug);
  });

  test('the page says that more match and that only some are considered, names first', async () => {
    const res = await t().app.inject({ url: '/en/signatories?q=leeskringen' });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, new RegExp(`More than ${SEARCH_CAP} organisations match the words you searched for`));
    assert.match(res.body, /those whose name matches first/);
    // Sorted by name, the three whose name matches come first ("Leeskring" < "Vereniging").
    assert.deepEqual(resultSlugs(res.body).slice(0, 3), named);
  });

  test('the API says its total is not exact; a narrower search is counted exactly', async () => {
    const broad = (await t().app.inject({ url: '/api/v1/signatories?q=leeskring' })).json();
    assert.equal(broad.total_exact, false);
    assert.equal(broad.total, SEARCH_CAP);
    const narrow = (await t().app.inject({ url: '/api/v1/signatories?q=leeskring%20zuid' })).json();
    assert.deepEqual([narrow.total, narrow.total_exact], [3, true]);
    const page = await t().app.inject({ url: '/en/signatories?q=leeskring%20zuid' });
    assert.match(page.body, /3 signatories/);
  });
});
