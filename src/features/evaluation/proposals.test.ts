import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import { Client } from '../../../test/support/client.ts';
import { evaluationInPhase } from './test-support.ts';

// Proposals through their pages: a member of a signatory quotes the authoritative text (a quote
// not in it is refused), the page shows the change word by word; comments and supports (one per
// organisation, for the organisation the person chooses) keep their counts; the secretariat
// groups; the author's organisation withdraws; others are refused.

const COMMITMENT_4 = {
  commitment: '4',
  lang: 'nl',
  quoted: 'door interne opleiding te stimuleren',
  proposed: 'door alle medewerkers een interne opleiding aan te bieden',
  reason: 'Stimuleren is te vrijblijvend.',
};

describeEachEngine('evaluation: proposals, comments, supports and groups', (t) => {
  let author: TestUser;
  let both: TestUser;
  let authorOrg: { id: string };
  let orgB: { id: string };
  let orgC: { id: string };
  let asAuthor: Client;
  let asBoth: Client;
  let secretariat: TestUser;
  let evaluationId: string;
  let proposalUrl: string;
  const newUrl = (orgId: string) => `/en/organisations/${orgId}/evaluation/proposals/new`;

  before(async () => {
    secretariat = await createUser(t().db, { secretariat: true });
    author = await createUser(t().db, { locale: 'en' });
    both = await createUser(t().db, { locale: 'en' });
    authorOrg = await createOrganisation(t().db, { name: 'Bank Alfa', members: [{ user: author, role: 'member' }] });
    orgB = await createOrganisation(t().db, { name: 'Vzw Beta', members: [{ user: both, role: 'member' }] });
    orgC = await createOrganisation(t().db, { name: 'Gamma cv', members: [{ user: both, role: 'admin' }] });
    asAuthor = await signedInClient(t(), author);
    asBoth = await signedInClient(t(), both);
    evaluationId = await evaluationInPhase(t().db, secretariat.id, 'proposals');
  });

  const proposal = async () =>
    t()
      .db.selectFrom('evaluation_proposals')
      .select(['id', 'support_count', 'comment_count', 'status', 'group_id'])
      .executeTakeFirstOrThrow();

  test('a quote that is not in the chosen language’s charter text is refused, every value kept', async () => {
    const page = await asAuthor.get(newUrl(authorOrg.id));
    assert.equal(page.status, 200);
    assert.equal(page.body.match(/<h1[\s>]/g)?.length, 1);
    // In the English translation, not the authoritative Dutch text.
    const res = await asAuthor.submit(newUrl(authorOrg.id), { ...COMMITMENT_4, quoted: 'by encouraging internal training' });
    assert.equal(res.status, 400);
    assert.match(res.body, /We cannot find this passage in the Charter text in the language you chose/);
    assert.match(res.body, /by encouraging internal training/);
    assert.match(res.body, /door alle medewerkers een interne opleiding aan te bieden/);
    // The Dutch text, but quoted in French.
    const wrongLang = await asAuthor.submit(newUrl(authorOrg.id), { ...COMMITMENT_4, lang: 'fr' });
    assert.equal(wrongLang.status, 400);
    const none = await t().db.selectFrom('evaluation_proposals').select('id').execute();
    assert.equal(none.length, 0);
  });

  test('a quote of the authoritative text is accepted; its page shows the difference word by word', async () => {
    const res = await asAuthor.submit(newUrl(authorOrg.id), { ...COMMITMENT_4, quoted: 'door  interne opleiding\nte stimuleren' });
    assert.equal(res.status, 303);
    proposalUrl = res.location!;
    assert.match(proposalUrl, /^\/en\/evaluation\/proposals\/[0-9a-f-]{36}$/);
    const page = await t().client().get(proposalUrl);
    assert.equal(page.status, 200);
    assert.equal(page.body.match(/<h1[\s>]/g)?.length, 1);
    assert.match(page.body, /<del><span class="visually-hidden">\[removed\] <\/span>stimuleren<span class="visually-hidden"> \[end of removed\]<\/span><\/del>/);
    assert.match(page.body, /<ins><span class="visually-hidden">\[added\] <\/span>alle medewerkers een<span/);
    assert.match(page.body, /Stimuleren is te vrijblijvend\./);
    assert.match(page.body, /Proposal by Bank Alfa/);
    const evaluation = await t().db.selectFrom('evaluations').select('proposal_count').where('id', '=', evaluationId).executeTakeFirstOrThrow();
    assert.equal(Number(evaluation.proposal_count), 1);
    const list = await t().client().get('/en/evaluation/proposals?commitment=4');
    assert.match(list.body, /Proposed by Bank Alfa/);
    assert.match(list.body, /no supports, no comments/);
    const other = await t().client().get('/en/evaluation/proposals?commitment=5');
    assert.doesNotMatch(other.body, /Proposed by Bank Alfa/);
  });

  test('comments and supports: one support per organisation, chosen by the person, counts kept', async () => {
    const page = await asBoth.get(proposalUrl);
    assert.match(page.body, /Support it for Vzw Beta/);
    assert.match(page.body, /Support it for Gamma cv/);
    assert.match(page.body, /<select class="select" id="field-org" name="org"/, 'the person chooses which organisation comments');
    const action = `${proposalUrl}/support`;
    assert.equal((await asBoth.submit(proposalUrl, { org: orgB.id, support: 'yes' }, action)).status, 303);
    assert.equal((await asBoth.submit(proposalUrl, { org: orgB.id, support: 'yes' }, action)).status, 303);
    assert.equal(Number((await proposal()).support_count), 1, 'supporting twice counts once');
    assert.equal((await asBoth.submit(proposalUrl, { org: orgC.id, support: 'yes' }, action)).status, 303);
    assert.equal(Number((await proposal()).support_count), 2);
    assert.match((await asBoth.get(proposalUrl)).body, /Withdraw the support of Gamma cv/);
    assert.equal((await asBoth.submit(proposalUrl, { org: orgC.id, support: 'no' }, action)).status, 303);
    assert.equal(Number((await proposal()).support_count), 1);
    const supports = await t().db.selectFrom('evaluation_supports').select('org_id').execute();
    assert.deepEqual(supports, [{ org_id: orgB.id }]);

    const comment = await asBoth.submit(proposalUrl, { org: orgC.id, body: 'Small organisations need time.' }, `${proposalUrl}/comments`);
    assert.equal(comment.status, 303);
    const empty = await asBoth.submit(proposalUrl, { org: orgC.id, body: '  ' }, `${proposalUrl}/comments`);
    assert.equal(empty.status, 400);
    assert.equal(Number((await proposal()).comment_count), 1);
    const shown = await t().client().get(proposalUrl);
    assert.match(shown.body, /<strong>Gamma cv<\/strong>/);
    assert.match(shown.body, /Small organisations need time\./);
    assert.match(shown.body, /1 organisation supports it/);
  });

  test('nobody acts for an organisation that is not theirs or not a signatory; anonymous must sign in', async () => {
    const outsider = await createUser(t().db);
    const applicant = await createOrganisation(t().db, { status: 'applicant', members: [{ user: outsider, role: 'admin' }] });
    const asOutsider = await signedInClient(t(), outsider);
    assert.equal((await asOutsider.get(newUrl(applicant.id))).status, 403);
    assert.equal((await asOutsider.submit(`/en/evaluation`, COMMITMENT_4, newUrl(applicant.id))).status, 403);
    // Supporting and commenting in the name of another's organisation or of a non-signatory.
    assert.equal((await asOutsider.submit(proposalUrl, { org: orgB.id, support: 'yes' }, `${proposalUrl}/support`)).status, 403);
    assert.equal(
      (await asOutsider.submit(proposalUrl, { org: applicant.id, body: 'Hello' }, `${proposalUrl}/comments`)).status,
      403,
    );
    const anonymous = t().client();
    const page = await anonymous.get(proposalUrl);
    assert.match(page.body, /Sign in to comment or support/);
    assert.equal((await anonymous.post(`${proposalUrl}/comments`, { org: orgB.id, body: 'x' }, Client.csrfOf((await anonymous.get('/en/sign-in')).body))).status, 401);
    assert.equal(Number((await proposal()).comment_count), 1);
  });

  test('the secretariat groups proposals; the list shows them under the group’s title', async () => {
    const asSecretariat = await signedInClient(t(), secretariat);
    const groupsUrl = '/en/secretariat/evaluation/groups';
    assert.equal((await asSecretariat.submit(groupsUrl, { title: 'Internal training' })).status, 303);
    assert.equal((await asSecretariat.submit(groupsUrl, { title: 'internal training' })).status, 400);
    const group = await t().db.selectFrom('evaluation_groups').select('id').executeTakeFirstOrThrow();
    const { id } = await proposal();
    const moved = await asSecretariat.submit(groupsUrl, { [`group-${id}`]: group.id }, `/en/secretariat/evaluation/proposals/${id}/group`);
    assert.equal(moved.status, 303);
    assert.equal((await proposal()).group_id, group.id);
    const list = await t().client().get('/en/evaluation/proposals');
    assert.match(list.body, /<h2>Internal training<\/h2>/);
  });

  test('only the author’s organisation withdraws its proposal, before the vote', async () => {
    const { id } = await proposal();
    const withdraw = `${proposalUrl}/withdraw`;
    assert.match(id, /^[0-9a-f-]{36}$/);
    assert.equal((await asBoth.submit(proposalUrl, { org: orgB.id }, withdraw)).status, 403, 'not the author’s organisation');
    assert.equal((await asBoth.submit(proposalUrl, { org: authorOrg.id }, withdraw)).status, 403, 'not a member of it');
    assert.equal((await asAuthor.submit(proposalUrl, { org: authorOrg.id }, withdraw)).status, 303);
    assert.equal((await proposal()).status, 'withdrawn');
    const evaluation = await t().db.selectFrom('evaluations').select('proposal_count').where('id', '=', evaluationId).executeTakeFirstOrThrow();
    assert.equal(Number(evaluation.proposal_count), 0);
    const page = await t().client().get(proposalUrl);
    assert.match(page.body, /Withdrawn/);
    assert.equal((await asBoth.submit(proposalUrl, { org: orgB.id, support: 'yes' }, `${proposalUrl}/support`)).status, 409);
  });
});
