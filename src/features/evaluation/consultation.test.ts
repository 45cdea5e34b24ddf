import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import type { Client } from '../../../test/support/client.ts';
import { evaluationInPhase } from './test-support.ts';

// The consultation through its page: an administrator of a signatory answers (a draft, changed
// until the phase ends), the kept counts follow every change, members only read, and outside the
// consultation the page says so.

describeEachEngine('evaluation: the consultation', (t) => {
  let admin: TestUser;
  let member: TestUser;
  let org: { id: string };
  let asAdmin: Client;
  let evaluationId: string;
  let url: string;

  before(async () => {
    const secretariat = await createUser(t().db, { secretariat: true });
    admin = await createUser(t().db, { locale: 'en' });
    member = await createUser(t().db, { locale: 'en' });
    org = await createOrganisation(t().db, {
      members: [
        { user: admin, role: 'admin' },
        { user: member, role: 'member' },
      ],
    });
    asAdmin = await signedInClient(t(), admin);
    evaluationId = await evaluationInPhase(t().db, secretariat.id, 'consultation');
    url = `/en/organisations/${org.id}/evaluation/consultation`;
  });

  const counts = async () =>
    (
      await t()
        .db.selectFrom('evaluation_answer_counts')
        .select(['commitment', 'question', 'answer', 'count'])
        .where('evaluation_id', '=', evaluationId)
        .where('count', '>', 0)
        .orderBy('commitment')
        .orderBy('question')
        .execute()
    ).map((r) => `${r.commitment}:${r.question}:${r.answer}=${r.count}`);
  const taking = async () =>
    Number(
      (await t().db.selectFrom('evaluations').select('answer_count').where('id', '=', evaluationId).executeTakeFirstOrThrow())
        .answer_count,
    );

  test('the page asks the nine commitments, with their titles in the reader’s language', async () => {
    const page = await asAdmin.get(url);
    assert.equal(page.status, 200);
    assert.equal(page.body.match(/<h1[\s>]/g)?.length, 1);
    assert.match(page.body, /Commitment 4: /);
    assert.equal(page.body.match(/name="relevance-\d"/g)?.length, 9 * 3);
  });

  test('answers are saved, the counts kept; a changed answer moves the counts', async () => {
    const saved = await asAdmin.submit(url, {
      'relevance-4': 'yes',
      'difficulty-4': 'hard',
      'change-4': 'Say what training means.',
      'relevance-9': 'partly',
      'difficulty-9': 'easy',
    });
    assert.equal(saved.status, 303);
    assert.deepEqual(await counts(), [
      '4:difficulty:hard=1',
      '4:relevance:yes=1',
      '9:difficulty:easy=1',
      '9:relevance:partly=1',
    ]);
    assert.equal(await taking(), 1);
    const changed = await asAdmin.submit(url, { 'relevance-4': 'no', 'difficulty-4': 'hard', 'change-4': 'Say what training means.' });
    assert.equal(changed.status, 303);
    assert.deepEqual(await counts(), [
      '4:difficulty:hard=1',
      '4:relevance:no=1',
      '9:difficulty:easy=1',
      '9:relevance:partly=1',
    ]);
    assert.equal(await taking(), 1, 'the organisation still counts once');
    const page = await asAdmin.get(url);
    assert.match(page.body, /value="no" checked/);
    assert.match(page.body, /Say what training means\./);
  });

  test('what is valid is saved; a half answer is shown with its message and every value kept', async () => {
    const res = await asAdmin.submit(url, {
      'relevance-1': 'yes',
      'difficulty-1': 'easy',
      'relevance-2': 'partly',
      'change-2': 'Joint actions need a lead.',
      'relevance-3': 'yes',
      'difficulty-3': 'easy',
      'change-3': 'x'.repeat(1001),
    });
    assert.equal(res.status, 400);
    assert.match(res.body, /Write at most 1000 characters/);
    assert.match(res.body, /The other answers have been saved/);
    assert.match(res.body, /Say how hard this commitment is/);
    assert.match(res.body, /Joint actions need a lead\./);
    assert.ok((await counts()).includes('1:relevance:yes=1'));
    assert.ok(!(await counts()).some((c) => c.startsWith('2:') || c.startsWith('3:')));
  });

  test('a member reads but may not answer; another organisation and anonymous are refused', async () => {
    const asMember = await signedInClient(t(), member);
    const page = await asMember.get(url);
    assert.equal(page.status, 200);
    assert.doesNotMatch(page.body, /name="relevance-1"/);
    assert.match(page.body, /Your organisation’s answers/);
    assert.equal((await asMember.submit(url, { 'relevance-3': 'yes', 'difficulty-3': 'easy' })).status, 403);
    const outsider = await createUser(t().db);
    const applicant = await createOrganisation(t().db, { status: 'applicant', members: [{ user: outsider, role: 'admin' }] });
    const asApplicant = await signedInClient(t(), outsider);
    assert.equal((await asApplicant.get(`/en/organisations/${applicant.id}/evaluation/consultation`)).status, 403);
    assert.equal((await asApplicant.submit(`/en/evaluation`, { 'relevance-3': 'yes' }, `/en/organisations/${applicant.id}/evaluation/consultation`)).status, 403);
    assert.equal((await t().client().get(url)).status, 303);
  });

  test('the public overview shows the summary from the kept counts', async () => {
    const page = await t().client().get('/en/evaluation');
    assert.equal(page.status, 200);
    assert.match(page.body, /1 organisation has answered\./);
    assert.match(page.body, /What the signatories said/);
    assert.match(page.body, /href="\/en\/reports\/\d{4}-\d{4}"/);
  });

  test('once the proposals have opened, the consultation is closed: the page says so, answers are refused', async () => {
    const secretariat = await createUser(t().db, { secretariat: true });
    await evaluationInPhase(t().db, secretariat.id, 'proposals');
    const page = await asAdmin.get(url);
    assert.equal(page.status, 200);
    assert.match(page.body, /The consultation closed on/);
    const refused = await asAdmin.submit(url, { 'relevance-5': 'yes', 'difficulty-5': 'easy' });
    assert.equal(refused.status, 409);
  });
});
