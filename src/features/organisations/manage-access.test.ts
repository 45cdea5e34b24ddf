import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';

describeEachEngine('organisation space: who may open what', (t) => {
  let admin: TestUser;
  let member: TestUser;
  let outsider: TestUser;
  let org: { id: string };

  before(async () => {
    admin = await createUser(t().db);
    member = await createUser(t().db);
    outsider = await createUser(t().db);
    org = await createOrganisation(t().db, {
      name: 'Brug naar Digitaal',
      members: [
        { user: admin, role: 'admin' },
        { user: member, role: 'member' },
      ],
    });
    await createOrganisation(t().db, { members: [{ user: outsider, role: 'admin' }] });
  });

  const pages = (id: string) => [
    `/en/organisations/${id}`,
    `/en/organisations/${id}/members`,
    `/en/organisations/${id}/members/invite`,
    `/en/organisations/${id}/profile`,
    `/en/organisations/${id}/withdraw`,
    `/en/organisations/${id}/history`,
  ];

  test('anonymous visitors are sent to sign in, and come back afterwards', async () => {
    const client = t().client();
    for (const page of [...pages(org.id), '/en/my-organisations']) {
      const res = await client.get(page);
      assert.equal(res.status, 303, page);
      assert.equal(res.location, `/en/sign-in?next=${encodeURIComponent(page)}`);
    }
  });

  test('a member of another organisation is refused everywhere', async () => {
    const client = await signedInClient(t(), outsider);
    for (const page of pages(org.id)) assert.equal((await client.get(page)).status, 403, page);
  });

  test('a member opens the space and the members, not the administrator pages', async () => {
    const client = await signedInClient(t(), member);
    const expected = [200, 200, 403, 403, 403, 403];
    const got = [];
    for (const page of pages(org.id)) got.push((await client.get(page)).status);
    assert.deepEqual(got, expected);
    const space = await client.get(`/en/organisations/${org.id}`);
    assert.doesNotMatch(space.body, /\/profile"/, 'no link to a page the member may not open');
    assert.match(space.body, /Only administrators can change things here/);
  });

  test('an administrator opens every page', async () => {
    const client = await signedInClient(t(), admin);
    for (const page of pages(org.id)) assert.equal((await client.get(page)).status, 200, page);
  });

  test('the space explains the status, with signing date, charter version and public profile', async () => {
    const client = await signedInClient(t(), admin);
    const res = await client.get(`/en/organisations/${org.id}`);
    assert.match(res.body, /<h1>Brug naar Digitaal<\/h1>/);
    assert.match(res.body, /Your organisation has signed the Charter/);
    assert.match(res.body, /Signed on/);
    assert.match(res.body, /Version 1/);
    assert.match(res.body, /href="\/en\/signatories\/org-/);

    const applicant = await createOrganisation(t().db, {
      status: 'applicant',
      members: [{ user: admin, role: 'admin' }],
    });
    const pending = await client.get(`/fr/organisations/${applicant.id}`);
    assert.match(pending.body, /Le secrétariat examine la demande/);
    assert.doesNotMatch(pending.body, /\/signatories\//);
    assert.doesNotMatch(pending.body, /\/withdraw"/, 'an applicant has nothing to withdraw from');
  });

  test('my organisations lists each with status and role, or points to signing', async () => {
    const mine = await (await signedInClient(t(), member)).get('/en/my-organisations');
    assert.equal(mine.status, 200);
    assert.match(mine.body, /Brug naar Digitaal/);
    assert.match(mine.body, /Signatory/);
    assert.match(mine.body, /<td>Member<\/td>/);

    const loner = await createUser(t().db);
    const none = await (await signedInClient(t(), loner)).get('/nl/my-organisations');
    assert.match(none.body, /U hoort nog niet bij een organisatie/);
    assert.match(none.body, /href="\/nl\/sign"/);
  });
});
