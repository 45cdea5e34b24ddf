import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import { Client } from '../../../test/support/client.ts';
import { countSignatories } from '../organisations/service-directory.ts';
import { COMMITMENT_4, insertEvaluation, insertProposal, insertSignatory, moveToPhase, type Signatory } from './test-support-vote.ts';

// The vote page: who may vote, one vote per organisation and proposal, changeable, with the
// counts on the proposal kept by the writes.

describeEachEngine('the vote on the proposals', (t) => {
  let voter: Signatory;
  let applicant: Signatory;
  let member: TestUser;
  let evaluationId: string;
  let proposalId: string;
  const page = (s: Signatory) => `/nl/organisations/${s.id}/evaluation/vote`;
  const counts = () =>
    t().db.selectFrom('evaluation_proposals').select(['yes_count', 'no_count', 'abstain_count']).where('id', '=', proposalId).executeTakeFirstOrThrow();

  before(async () => {
    const { db } = t();
    voter = await insertSignatory(db, { name: 'Stemmende vzw' });
    applicant = await insertSignatory(db, { name: 'Kandidaat vzw', status: 'applicant' });
    member = await createUser(db);
    await db.insertInto('memberships').values({ org_id: voter.id, user_id: member.id, role: 'member', created_at: new Date().toISOString() }).execute();
    const secretariat = await createUser(db, { secretariat: true });
    evaluationId = await insertEvaluation(db, { phase: 'proposals', createdBy: secretariat.id });
    proposalId = await insertProposal(db, { evaluationId, orgId: voter.id, authorId: voter.admin.id, commitment: 4, ...COMMITMENT_4 });
  });

  test('before the vote opens the page says when, and a vote is refused', async () => {
    const client = await signedInClient(t(), voter.admin);
    const res = await client.get(page(voter));
    assert.equal(res.status, 200);
    assert.match(res.body, /De stemming begint op/);
    assert.doesNotMatch(res.body, /name="vote-/);
    const refused = await client.submit(page(voter), { [`vote-${proposalId}`]: 'yes' });
    assert.equal(refused.status, 400);
    assert.match(refused.body, /De stemming is niet open/);
    assert.deepEqual(await counts(), { yes_count: 0, no_count: 0, abstain_count: 0 });
  });

  test('when the vote opens, the eligible count is frozen once, to the signatories', async () => {
    await moveToPhase(t().db, evaluationId, 'vote');
    const client = await signedInClient(t(), voter.admin);
    assert.equal((await client.get(page(voter))).status, 200);
    const signatories = await countSignatories(t().db);
    const row = await t().db.selectFrom('evaluations').select('eligible_count').where('id', '=', evaluationId).executeTakeFirstOrThrow();
    assert.equal(Number(row.eligible_count), signatories);
    // A later signatory does not move it.
    await insertSignatory(t().db);
    await client.get(page(voter));
    const again = await t().db.selectFrom('evaluations').select('eligible_count').where('id', '=', evaluationId).executeTakeFirstOrThrow();
    assert.equal(Number(again.eligible_count), signatories);
  });

  test('an administrator votes, then changes the vote: one vote, the counts follow', async () => {
    const client = await signedInClient(t(), voter.admin);
    const form = await client.get(page(voter));
    assert.match(form.body, new RegExp(`name="vote-${proposalId}"`));
    assert.match(form.body, /<del>/, 'the change is shown as a difference');
    const first = await client.submit(page(voter), { [`vote-${proposalId}`]: 'yes' });
    assert.equal(first.status, 303);
    assert.deepEqual(await counts(), { yes_count: 1, no_count: 0, abstain_count: 0 });
    await client.submit(page(voter), { [`vote-${proposalId}`]: 'no' });
    assert.deepEqual(await counts(), { yes_count: 0, no_count: 1, abstain_count: 0 });
    await client.submit(page(voter), { [`vote-${proposalId}`]: 'no' });
    assert.deepEqual(await counts(), { yes_count: 0, no_count: 1, abstain_count: 0 }, 'the same vote again counts once');
    const votes = await t().db.selectFrom('evaluation_votes').selectAll().where('proposal_id', '=', proposalId).execute();
    assert.equal(votes.length, 1);
    const shown = await client.get(page(voter));
    assert.match(shown.body, new RegExp(`Uw organisatie stemde Nee. ${voter.admin.name} stemde op`));
    const audit = await t().db.selectFrom('audit_log').select('details').where('action', '=', 'evaluation.vote_cast').execute();
    assert.equal(audit.length, 2);
  });

  test('an empty vote shows the form again with the message; a hostile choice is refused, escaped', async () => {
    const client = await signedInClient(t(), voter.admin);
    const res = await client.submit(page(voter), {});
    assert.equal(res.status, 400);
    assert.match(res.body, /Kies ja, nee of onthouding/);
    const hostile = await client.submit(page(voter), { [`vote-${proposalId}`]: '"><img src=x onerror=alert(1)>' });
    assert.equal(hostile.status, 400);
    assert.doesNotMatch(hostile.body, /<img src=x/);
    assert.deepEqual(await counts(), { yes_count: 0, no_count: 1, abstain_count: 0 });
  });

  test('a member reads the vote but cannot vote', async () => {
    const client = await signedInClient(t(), member);
    const res = await client.get(page(voter));
    assert.equal(res.status, 200);
    assert.match(res.body, /Alleen een beheerder van uw organisatie kan stemmen/);
    assert.doesNotMatch(res.body, /name="vote-/);
    const refused = await client.post(page(voter), { [`vote-${proposalId}`]: 'yes' }, Client.csrfOf(res.body));
    assert.equal(refused.status, 403);
    assert.deepEqual(await counts(), { yes_count: 0, no_count: 1, abstain_count: 0 });
  });

  test('an organisation that has not signed cannot vote', async () => {
    const client = await signedInClient(t(), applicant.admin);
    const res = await client.get(page(applicant));
    assert.equal(res.status, 200);
    assert.match(res.body, /Alleen organisaties die het Charter ondertekend hebben/);
    const refused = await client.post(page(applicant), { [`vote-${proposalId}`]: 'yes' }, Client.csrfOf(res.body));
    assert.equal(refused.status, 403);
    assert.deepEqual(await counts(), { yes_count: 0, no_count: 1, abstain_count: 0 });
  });
});
