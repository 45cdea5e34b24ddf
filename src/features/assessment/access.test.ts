import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient } from '../../../test/support/accounts.ts';
import { Client } from '../../../test/support/client.ts';
import { makeSignatory, overviewUrl, runUrl, startRun, type Signatory } from './test-run-support.ts';
import { rebuildAggregates } from './restore.ts';

// Who writes: the organisation's administrators and the members they name; every other member
// reads. The right is read again on every write, so a member who left loses it at once. Another
// organisation's run is not found, even through one's own organisation's address.

describeEachEngine('assessment: who may answer', (t) => {
  let s: Signatory;
  let runId: string;
  const answers = () => `${runUrl(s.org.id, runId)}/answers/skills`;
  const levelNow = async () =>
    (
      await t()
        .db.selectFrom('assessment_answers')
        .select('level')
        .where('run_id', '=', runId)
        .where('dimension', '=', 'skills')
        .executeTakeFirstOrThrow()
    ).level;

  before(async () => {
    s = await makeSignatory(t(), 'Stad Leerdam');
    runId = (await startRun(await signedInClient(t(), s.admin), s.org.id, { skills: ['employees'] })).runId;
  });

  test('a member who is not an editor reads but cannot write or start', async () => {
    const client = await signedInClient(t(), s.member);
    const overview = await client.get(overviewUrl(s.org.id));
    assert.equal(overview.status, 200);
    assert.match(overview.body, /Read the answers so far/);
    assert.doesNotMatch(overview.body, /Who can answer/, 'only administrators name editors');
    assert.equal((await client.get(`${runUrl(s.org.id, runId)}/check`)).status, 200);
    assert.equal((await client.get(answers())).status, 403);
    const csrf = Client.csrfOf(overview.body);
    assert.equal((await client.post(answers(), { employees_level: '4' }, csrf)).status, 403);
    assert.equal((await client.post(`${runUrl(s.org.id, runId)}/submit`, {}, csrf)).status, 403);
    assert.equal((await client.post(`${overviewUrl(s.org.id)}/runs`, { scope_trust: 'employees' }, csrf)).status, 403);
    assert.equal((await client.post(`${overviewUrl(s.org.id)}/editors`, { userId: s.member.id }, csrf)).status, 403);
    assert.equal(await levelNow(), null);
  });

  test('an editor named by an administrator writes', async () => {
    const client = await signedInClient(t(), s.editor);
    const saved = await client.submit(answers(), { employees_level: '2', next: 'later' });
    assert.equal(saved.status, 303);
    assert.equal(await levelNow(), 2);
    const admin = await signedInClient(t(), s.admin);
    const overview = await admin.get(overviewUrl(s.org.id));
    assert.match(overview.body, new RegExp(`Stop letting ${s.editor.name} answer`));
  });

  test('an editor no longer named, or who left the organisation, cannot write any more, nor on coming back', async () => {
    const admin = await signedInClient(t(), s.admin);
    const removed = await admin.submit(
      overviewUrl(s.org.id),
      {},
      `${overviewUrl(s.org.id)}/editors/${s.editor.id}/remove`,
    );
    assert.equal(removed.status, 303);
    const client = await signedInClient(t(), s.editor);
    const csrf = Client.csrfOf((await client.get(overviewUrl(s.org.id))).body);
    assert.equal((await client.post(answers(), { employees_level: '4' }, csrf)).status, 403);
    assert.equal(await levelNow(), 2);
    // Named again, then gone from the organisation: the editor's row goes with the membership.
    const named = await admin.submit(
      overviewUrl(s.org.id),
      { userId: s.editor.id },
      `${overviewUrl(s.org.id)}/editors`,
    );
    assert.equal(named.status, 303);
    assert.equal((await client.post(answers(), { employees_level: '3', next: 'later' }, csrf)).status, 303);
    assert.equal(await levelNow(), 3);
    await t().db.deleteFrom('memberships').where('org_id', '=', s.org.id).where('user_id', '=', s.editor.id).execute();
    assert.equal((await client.post(answers(), { employees_level: '4' }, csrf)).status, 403);
    assert.equal(await levelNow(), 3);
    const editorRows = () =>
      t().db.selectFrom('assessment_editors').select('user_id').where('org_id', '=', s.org.id).execute();
    assert.deepEqual(await editorRows(), []);
    // Back in the organisation as a member: not an editor again until an administrator says so.
    await t()
      .db.insertInto('memberships')
      .values({ org_id: s.org.id, user_id: s.editor.id, role: 'member', created_at: new Date().toISOString() })
      .execute();
    const again = Client.csrfOf((await client.get(overviewUrl(s.org.id))).body);
    assert.equal((await client.post(answers(), { employees_level: '4' }, again)).status, 403);
    assert.equal(await levelNow(), 3);
  });

  test("another organisation's member: 403 on this organisation's pages, 404 for its run through their own", async () => {
    const outsider = await createUser(t().db, { locale: 'en' });
    const other = await createOrganisation(t().db, { name: 'Bank Alfa', members: [{ user: outsider, role: 'admin' }] });
    const client = await signedInClient(t(), outsider);
    assert.equal((await client.get(overviewUrl(s.org.id))).status, 403);
    assert.equal((await client.get(`${runUrl(other.id, runId)}/check`)).status, 404);
    assert.equal((await client.get(`${runUrl(other.id, runId)}/answers/skills`)).status, 404);
    const csrf = Client.csrfOf((await client.get(overviewUrl(other.id))).body);
    assert.equal(
      (await client.post(`${runUrl(other.id, runId)}/answers/skills`, { employees_level: '4' }, csrf)).status,
      404,
    );
    assert.equal((await client.post(`${runUrl(other.id, runId)}/submit`, {}, csrf)).status, 404);
    assert.equal(await levelNow(), 3);
  });

  test('an applicant organisation cannot start a run: its administrators read only', async () => {
    const admin = await createUser(t().db, { locale: 'en' });
    const applicant = await createOrganisation(t().db, {
      status: 'applicant',
      members: [{ user: admin, role: 'admin' }],
    });
    const client = await signedInClient(t(), admin);
    const page = await client.get(overviewUrl(applicant.id));
    assert.match(page.body, /Only an organisation that has signed the Charter can start a self-assessment\./);
    const refused = await client.post(
      `${overviewUrl(applicant.id)}/runs`,
      { scope_trust: 'employees' },
      Client.csrfOf(page.body),
    );
    assert.equal(refused.status, 403);
  });

  test('after a restore the aggregates are rebuilt from the submitted runs alone', async () => {
    const admin = await signedInClient(t(), s.admin);
    const submitted = await admin.submit(`${runUrl(s.org.id, runId)}/check`, {}, `${runUrl(s.org.id, runId)}/submit`);
    assert.equal(submitted.status, 303);
    const before = await t()
      .db.selectFrom('assessment_peer_counts')
      .selectAll()
      .orderBy('dimension')
      .orderBy('level')
      .execute();
    const profileBefore = await t()
      .db.selectFrom('assessment_profiles')
      .selectAll()
      .where('org_id', '=', s.org.id)
      .executeTakeFirstOrThrow();
    await t()
      .db.transaction()
      .execute((trx) => rebuildAggregates(trx));
    const after = await t()
      .db.selectFrom('assessment_peer_counts')
      .selectAll()
      .orderBy('dimension')
      .orderBy('level')
      .execute();
    assert.deepEqual(after, before);
    assert.ok(after.length > 0);
    const profileAfter = await t()
      .db.selectFrom('assessment_profiles')
      .selectAll()
      .where('org_id', '=', s.org.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(profileAfter, profileBefore);
    const years = await t().db.selectFrom('assessment_year_counts').selectAll().execute();
    assert.deepEqual(
      years.map((y) => [Number(y.runs), Number(y.organisations)]),
      [[1, 1]],
    );
  });
});
