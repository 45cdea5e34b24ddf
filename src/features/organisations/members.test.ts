import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine, type TestApp } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import type { Client } from '../../../test/support/client.ts';

/** Sends the invite form as `client` and returns the path of the link in the mail it caused. */
async function invite(t: TestApp, client: Client, orgId: string, email: string, role: 'admin' | 'member', lang = 'en') {
  const res = await client.submit(`/${lang}/organisations/${orgId}/members/invite`, { email, role });
  assert.equal(res.status, 303, res.body);
  const mail = (await t.mails()).filter((m) => m.to === email).at(-1);
  assert.ok(mail, `a mail to ${email}`);
  const link = mail.links.find((l) => l.includes('/invitations/'));
  assert.ok(link, 'the mail carries the invitation link');
  return { path: new URL(link).pathname, mail };
}

async function membership(t: TestApp, orgId: string, userId: string) {
  return t.db
    .selectFrom('memberships')
    .select('role')
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

async function auditLines(t: TestApp, orgId: string, action: string) {
  const rows = await t.db
    .selectFrom('audit_log')
    .select(['actor_user_id', 'details'])
    .where('subject_type', '=', 'organisation')
    .where('subject_id', '=', orgId)
    .where('action', '=', action)
    .execute();
  return rows.map((r) => ({ actor: r.actor_user_id, details: JSON.parse(r.details) as Record<string, unknown> }));
}

describeEachEngine('organisation members and invitations', (t) => {
  let admin: TestUser;
  let member: TestUser;
  let org: { id: string; name: string };

  before(async () => {
    admin = await createUser(t().db, { name: 'Ada Admin' });
    member = await createUser(t().db, { name: 'Mo Member' });
    org = await createOrganisation(t().db, {
      name: 'Digitaal Samen vzw',
      members: [
        { user: admin, role: 'admin' },
        { user: member, role: 'member' },
      ],
    });
  });

  test('a member sees the members but cannot change anything; an administrator can', async () => {
    const asMember = await signedInClient(t(), member);
    const page = await asMember.get(`/en/organisations/${org.id}/members`);
    assert.equal(page.status, 200);
    assert.match(page.body, /Ada Admin/);
    assert.doesNotMatch(page.body, /Invite a colleague/);
    assert.doesNotMatch(page.body, new RegExp(admin.email), 'members do not see addresses');
    assert.equal((await asMember.get(`/en/organisations/${org.id}/members/invite`)).status, 403);
    assert.equal((await asMember.get(`/en/organisations/${org.id}/members/${admin.id}`)).status, 403);
    const refused = await asMember.post(
      `/en/organisations/${org.id}/members/${admin.id}/role`,
      { role: 'member' },
      await csrfFrom(asMember, org.id),
    );
    assert.equal(refused.status, 403);
    assert.equal((await membership(t(), org.id, admin.id))?.role, 'admin');

    const asAdmin = await signedInClient(t(), admin);
    const adminPage = await asAdmin.get(`/en/organisations/${org.id}/members`);
    assert.match(adminPage.body, /Invite a colleague/);
    assert.match(adminPage.body, new RegExp(member.email));
  });

  test('an invitation is mailed in the current language and accepted by the verified account with that address', async () => {
    const asAdmin = await signedInClient(t(), admin);
    const email = 'nieuwe.collega@example.be';
    const { path, mail } = await invite(t(), asAdmin, org.id, email, 'member', 'nl');
    assert.match(mail.subject, /Uitnodiging om lid te worden van Digitaal Samen vzw/);
    assert.match(path, /^\/nl\/invitations\/[A-Za-z0-9_-]{43}$/);
    const stored = await t()
      .db.selectFrom('invitations')
      .selectAll()
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    assert.notEqual(stored.token_hash, path.split('/').at(-1), 'only the hash is stored');
    const days = (Date.parse(stored.expires_at) - Date.parse(stored.created_at)) / 86_400_000;
    assert.equal(Math.round(days), 14);

    const anonymous = await t().client().get(path);
    assert.equal(anonymous.status, 200);
    assert.ok(anonymous.body.includes(`/nl/sign-in?next=${encodeURIComponent(path)}`), 'sign in comes back here');
    assert.ok(anonymous.body.includes(`/nl/sign-up?next=${encodeURIComponent(path)}`), 'sign up comes back here');

    const invitee = await createUser(t().db, { email, name: 'Nina Nieuw' });
    const client = await signedInClient(t(), invitee);
    const page = await client.get(path);
    assert.match(page.body, /Word lid van Digitaal Samen vzw/);
    const accepted = await client.submit(path, {});
    assert.equal(accepted.status, 303);
    assert.equal(accepted.location, `/nl/organisations/${org.id}`);
    assert.equal((await membership(t(), org.id, invitee.id))?.role, 'member');
    const space = await client.follow(accepted.location!);
    assert.match(space.body, /Welkom! U bent nu lid van deze organisatie\./);
    assert.equal((await auditLines(t(), org.id, 'organisations.member_joined')).length, 1);

    assert.equal((await client.get(path)).status, 404, 'a used link no longer works');
  });

  test('another account, or the right address not yet confirmed, cannot accept', async () => {
    const asAdmin = await signedInClient(t(), admin);
    const email = 'invited.person@example.be';
    const { path } = await invite(t(), asAdmin, org.id, email, 'admin');

    const stranger = await createUser(t().db, { email: 'someone.else@example.be' });
    const strangerClient = await signedInClient(t(), stranger);
    const page = await strangerClient.get(path);
    assert.match(page.body, /This invitation is for another email address/);
    assert.doesNotMatch(page.body, /Join Digitaal Samen vzw<\/button>/);
    const refused = await strangerClient.post(path, {}, await csrfFrom(strangerClient, org.id, path));
    assert.equal(refused.status, 409);
    assert.equal(await membership(t(), org.id, stranger.id), undefined);

    const unconfirmed = await createUser(t().db, { email, verified: false });
    const unconfirmedClient = await signedInClient(t(), unconfirmed);
    assert.match((await unconfirmedClient.get(path)).body, /Confirm your email address first/);
    const refusedToo = await unconfirmedClient.post(path, {}, await csrfFrom(unconfirmedClient, org.id, path));
    assert.equal(refusedToo.status, 409);
    assert.equal(await membership(t(), org.id, unconfirmed.id), undefined);
  });

  test('an expired invitation cannot be accepted', async () => {
    const asAdmin = await signedInClient(t(), admin);
    const email = 'late.reader@example.be';
    const { path } = await invite(t(), asAdmin, org.id, email, 'member');
    await t()
      .db.updateTable('invitations')
      .set({ expires_at: new Date(Date.now() - 60_000).toISOString() })
      .where('email', '=', email)
      .execute();
    const invitee = await createUser(t().db, { email });
    const client = await signedInClient(t(), invitee);
    const page = await client.get(path);
    assert.equal(page.status, 410);
    assert.match(page.body, /This invitation has expired/);
    const refused = await client.post(path, {}, await csrfFrom(client, org.id, path));
    assert.equal(refused.status, 410);
    assert.equal(await membership(t(), org.id, invitee.id), undefined);
    assert.match((await asAdmin.get(`/en/organisations/${org.id}/members`)).body, /Expired/);
  });

  test('inviting an address again replaces the open invitation; cancelling ends it', async () => {
    const asAdmin = await signedInClient(t(), admin);
    const email = 'twice@example.be';
    const first = await invite(t(), asAdmin, org.id, email, 'member');
    const second = await invite(t(), asAdmin, org.id, email, 'admin');
    const open = await t()
      .db.selectFrom('invitations')
      .select(['id', 'role'])
      .where('email', '=', email)
      .where('accepted_at', 'is', null)
      .execute();
    assert.equal(open.length, 1);
    assert.equal(open[0]!.role, 'admin');
    assert.equal((await t().client().get(first.path)).status, 404);
    assert.equal((await t().client().get(second.path)).status, 200);

    const members = `/en/organisations/${org.id}/members`;
    const cancelled = await asAdmin.submit(
      members,
      {},
      `/en/organisations/${org.id}/invitations/${open[0]!.id}/cancel`,
    );
    assert.equal(cancelled.status, 303);
    assert.equal((await t().client().get(second.path)).status, 404);
    assert.deepEqual(
      (await auditLines(t(), org.id, 'organisations.invitation_cancelled')).map((l) => l.details.email),
      [email],
    );
  });

  test('an existing member cannot be invited again', async () => {
    const asAdmin = await signedInClient(t(), admin);
    const res = await asAdmin.submit(`/en/organisations/${org.id}/members/invite`, {
      email: member.email.toUpperCase(),
      role: 'member',
    });
    assert.equal(res.status, 409);
    assert.match(res.body, /already a member of your organisation/);
  });

  test('an organisation cannot send an unlimited number of invitations', async () => {
    const key = `invitations:${org.id}`;
    await t().db.deleteFrom('rate_limits').where('key', '=', key).execute();
    await t()
      .db.insertInto('rate_limits')
      .values({ key, count: 30, reset_at: Date.now() + 3600_000 })
      .execute();
    const asAdmin = await signedInClient(t(), admin);
    const res = await asAdmin.submit(`/en/organisations/${org.id}/members/invite`, {
      email: 'one.more@example.be',
      role: 'member',
    });
    assert.equal(res.status, 429);
    assert.match(res.body, /already sent 30 invitations this hour/);
    assert.equal(
      await t().db.selectFrom('invitations').select('id').where('email', '=', 'one.more@example.be').executeTakeFirst(),
      undefined,
    );
    await t().db.deleteFrom('rate_limits').where('key', '=', key).execute();
  });

  test('bad input in French keeps what was typed, with French messages', async () => {
    const asAdmin = await signedInClient(t(), admin);
    const res = await asAdmin.submit(`/fr/organisations/${org.id}/members/invite`, { email: 'pas-une-adresse' });
    assert.equal(res.status, 400);
    assert.match(res.body, /<html lang="fr"/);
    assert.match(res.body, /Indiquez une adresse e-mail comme nom@exemple\.be\./);
    assert.match(res.body, /Choisissez un rôle\u00a0: membre ou gestionnaire\./u);
    assert.match(res.body, /value="pas-une-adresse"/);
    assert.match(res.body, /class="error-summary"/);
  });
});

describeEachEngine('the last administrator', (t) => {
  test('cannot be demoted or removed; role changes and removals are audited', async () => {
    const admin = await createUser(t().db, { name: 'Only Admin' });
    const colleague = await createUser(t().db, { name: 'Col League' });
    const org = await createOrganisation(t().db, {
      members: [
        { user: admin, role: 'admin' },
        { user: colleague, role: 'member' },
      ],
    });
    const client = await signedInClient(t(), admin);
    const self = `/en/organisations/${org.id}/members/${admin.id}`;

    const demote = await client.submit(self, { role: 'member' }, `${self}/role`);
    assert.equal(demote.status, 409);
    assert.match(demote.body, /This is the only administrator/);
    const remove = await client.submit(`${self}/remove`, {});
    assert.equal(remove.status, 409);
    assert.match(remove.body, /Your organisation needs an administrator/);
    assert.equal((await membership(t(), org.id, admin.id))?.role, 'admin');

    const other = `/en/organisations/${org.id}/members/${colleague.id}`;
    assert.equal((await client.submit(other, { role: 'admin' }, `${other}/role`)).status, 303);
    assert.equal((await membership(t(), org.id, colleague.id))?.role, 'admin');
    const nowDemoted = await client.submit(self, { role: 'member' }, `${self}/role`);
    assert.equal(nowDemoted.status, 303);
    assert.equal((await membership(t(), org.id, admin.id))?.role, 'member');

    const changes = await auditLines(t(), org.id, 'organisations.role_changed');
    assert.deepEqual(
      changes.map((c) => [c.actor, (c.details.member as { id: string }).id, c.details.from, c.details.to]),
      [
        [admin.id, colleague.id, 'member', 'admin'],
        [admin.id, admin.id, 'admin', 'member'],
      ],
    );

    // The former admin is now a member and may no longer change anything.
    assert.equal((await client.get(`${other}/remove`)).status, 403);
    const newAdmin = await signedInClient(t(), colleague);
    const removed = await newAdmin.submit(`${self}/remove`, {});
    assert.equal(removed.status, 303);
    assert.equal(await membership(t(), org.id, admin.id), undefined);
    const removals = await auditLines(t(), org.id, 'organisations.member_removed');
    assert.equal(removals.length, 1);
    assert.equal(removals[0]!.actor, colleague.id);
    assert.equal((removals[0]!.details.member as { id: string }).id, admin.id);
    assert.equal((await client.get(`/en/organisations/${org.id}`)).status, 403, 'the removed person lost access');

    const leaveAlone = await newAdmin.submit(`/en/organisations/${org.id}/members/${colleague.id}/remove`, {});
    assert.equal(leaveAlone.status, 409, 'the last administrator cannot leave either');
  });
});

/** A CSRF token for `client`, taken from a page it may open. */
async function csrfFrom(client: Client, orgId: string, page = `/en/organisations/${orgId}`): Promise<string> {
  const res = await client.get(page);
  const m = res.body.match(/name="_csrf" value="([^"]+)"/);
  assert.ok(m, `a form on ${page}`);
  return m[1]!;
}

describeEachEngine('the member list', (t) => {
  test('lists people by name as a reader expects: accents and capitals do not push a name to the end', async () => {
    const people = await Promise.all(
      ['Zoë Peeters', 'émile Dubois', 'Emma Janssens', 'Aaron Maes'].map((name, i) =>
        createUser(t().db, { name, email: `person${i}@example.be` }),
      ),
    );
    const org = await createOrganisation(t().db, {
      name: 'Volgorde vzw',
      members: people.map((user, i) => ({ user, role: i === 0 ? ('admin' as const) : ('member' as const) })),
    });
    const page = await (await signedInClient(t(), people[0]!)).get(`/en/organisations/${org.id}/members`);
    assert.equal(page.status, 200);
    // The header also names the signed-in person: read the names in the table only.
    const table = page.body.slice(page.body.indexOf('<table'));
    const order = ['Aaron Maes', 'émile Dubois', 'Emma Janssens', 'Zoë Peeters'].map((n) => table.indexOf(n));
    assert.ok(
      order.every((at) => at > 0),
      'every member is listed',
    );
    assert.deepEqual(
      [...order].sort((a, b) => a - b),
      order,
    );
  });
});
