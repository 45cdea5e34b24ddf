import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import {
  createOrganisation,
  createUser,
  organisationRow,
  signedInClient,
  type TestUser,
} from '../../../test/support/accounts.ts';
import { translator } from '../../platform/i18n/i18n.ts';
import { assessmentCommitments } from './commitments.ts';
import { ensureFramework } from './results-test-support.ts';
import { insertDraftRun, insertSubmittedRun } from './seed-runs.ts';

// Commitment 7 at a glance: on the space, the last self-assessment or the one in progress, with
// a link to the self-assessment; on the public profile only once an administrator switched the
// public line on (an audited POST), in words such as "Self-assessed in 2026, 2 dimensions".

describeEachEngine('assessment: commitment 7 at a glance', (t) => {
  let admin: TestUser;
  let orgId: string;
  const en = translator('en');

  before(async () => {
    await ensureFramework(t().db);
    admin = await createUser(t().db, { locale: 'en' });
    orgId = (await createOrganisation(t().db, { members: [{ user: admin, role: 'admin' }] })).id;
  });

  test('nothing before any run; a draft on the space only; the last run, and publicly once switched on', async () => {
    assert.deepEqual(await assessmentCommitments(t().db, await organisationRow(t().db, orgId), 2026, 'space'), [
      {
        commitment: 7,
        done: [],
        more: [{ path: `/organisations/${orgId}/assessment`, label: 'assessment.commitments.more' }],
      },
    ]);
    const base = { orgId, userId: admin.id, frameworkVersion: 1 };
    const runId = await insertSubmittedRun(t().db, {
      ...base,
      submittedAt: '2026-03-02T10:00:00.000Z',
      cells: [
        { dimension: 'leadership', audience: 'employees', level: 1 },
        { dimension: 'leadership', audience: 'customers', level: 2 },
        { dimension: 'access', audience: 'customers', level: 2 },
      ],
    });
    await insertDraftRun(t().db, {
      ...base,
      submittedAt: '2026-10-02T10:00:00.000Z',
      cells: [{ dimension: 'access', audience: 'employees', level: 1 }],
    });
    const [space] = await assessmentCommitments(t().db, await organisationRow(t().db, orgId), 2026, 'space');
    assert.deepEqual(space!.done, [
      { key: 'assessment.commitments.last', values: { count: 2 }, dates: { date: '2026-03-02T10:00:00.000Z' } },
      { key: 'assessment.commitments.draft' },
    ]);
    assert.deepEqual(
      (await assessmentCommitments(t().db, await organisationRow(t().db, orgId), 2025, 'space'))[0]!.done,
      [{ key: 'assessment.commitments.draft' }],
      'not on an earlier year’s page',
    );
    assert.deepEqual(
      (await assessmentCommitments(t().db, await organisationRow(t().db, orgId), 2026, 'public'))[0]!.done,
      [],
      'private until switched on',
    );

    const client = await signedInClient(t(), admin);
    const results = `/en/organisations/${orgId}/assessment/runs/${runId}`;
    const page = await client.get(results);
    assert.ok(page.body.includes(en('assessment.share.public.show')));
    const switched = await client.submit(results, { runId }, `/en/organisations/${orgId}/assessment/public`);
    assert.equal(switched.status, 303);
    assert.equal(switched.location, results);
    const [shown] = await assessmentCommitments(t().db, await organisationRow(t().db, orgId), 2026, 'public');
    assert.deepEqual(shown, {
      commitment: 7,
      done: [{ key: 'assessment.commitments.public', values: { year: '2026', count: 2 } }],
      more: [],
    });
    assert.equal(en('assessment.commitments.public', shown!.done[0]!.values), 'Self-assessed in 2026, 2 dimensions');
    const audited = await t()
      .db.selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', orgId)
      .where('action', 'like', 'assessment.%')
      .execute();
    assert.deepEqual(
      audited.map((a) => a.action),
      ['assessment.public_shown'],
    );
    await client.submit(results, { runId }, `/en/organisations/${orgId}/assessment/public`);
    assert.deepEqual(
      (await assessmentCommitments(t().db, await organisationRow(t().db, orgId), 2026, 'public'))[0]!.done,
      [],
      'hidden again',
    );
  });
});
