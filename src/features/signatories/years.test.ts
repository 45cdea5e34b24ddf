import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { signingYears } from './service.ts';
import { insertOrganisation } from './test-fixtures.ts';

// The year filter's options: only years in which someone signed, in Belgian time, with gaps.
describeEachEngine('signatories: years of signing', (t) => {
  before(async () => {
    const db = t().db;
    await insertOrganisation(db, { name: 'Early', signedAt: '2019-06-01T10:00:00.000Z' });
    // 23:00 UTC on 31 December is already 1 January in Brussels; a millisecond before is not.
    await insertOrganisation(db, { name: 'Late', signedAt: '2021-12-31T22:59:59.999Z' });
    await insertOrganisation(db, { name: 'New Year', signedAt: '2021-12-31T23:00:00.000Z' });
    await insertOrganisation(db, { name: 'Gone', status: 'withdrawn', signedAt: '2016-02-02T10:00:00.000Z' });
    await insertOrganisation(db, { name: 'Applying', status: 'applicant', signedAt: null });
  });

  test('signatories: each year once, oldest first, years without a signature left out', async () => {
    assert.deepEqual(await signingYears(t().db, false), [2019, 2021, 2022]);
  });

  test('with organisations that withdrew', async () => {
    assert.deepEqual(await signingYears(t().db, true), [2016, 2019, 2021, 2022]);
  });
});
