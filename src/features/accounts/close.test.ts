import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { describeEachEngine, type TestApp } from '../../../test/support/harness.ts';
import {
  clearRateLimits,
  createOrganisation,
  createUser,
  signedInClient,
  signInThroughForm,
  TEST_PASSWORD,
} from '../../../test/support/accounts.ts';

const userRow = (t: TestApp, id: string) =>
  t.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

const countWhere = async (t: TestApp, table: 'sessions' | 'memberships' | 'tokens', userId: string) =>
  (await t.db.selectFrom(table).select('user_id').where('user_id', '=', userId).execute()).length;

describeEachEngine('accounts: closing an account', (t) => {
  beforeEach(() => clearRateLimits(t().db));

  test('with the password, name, address, password, sessions and memberships go; a last mail goes out', async () => {
    const owner = await createUser(t().db, { name: 'Jan Peeters', email: 'jan@example.be', locale: 'nl' });
    const admin = await createUser(t().db, { email: 'admin@example.be' });
    const org = await createOrganisation(t().db, {
      name: 'Samen Digitaal vzw',
      members: [
        { user: admin, role: 'admin' },
        { user: owner, role: 'member' },
      ],
    });
    await t()
      .db.insertInto('application_drafts')
      .values({ user_id: owner.id, data: '{}', updated_at: '2026-11-01T10:00:00.000Z' })
      .execute();
    const c = await signedInClient(t(), owner);
    const other = await signedInClient(t(), owner);
    // A pending link (a password reset) must die with the account.
    const reset = await t().client().submit('/nl/forgot-password', { email: 'jan@example.be' });
    assert.equal(reset.status, 303);
    assert.equal(await countWhere(t(), 'tokens', owner.id), 1);

    const page = await c.get('/nl/account/close');
    assert.equal(page.status, 200);
    assert.match(page.body, /<h1>Uw account sluiten<\/h1>/);
    assert.match((await c.get('/nl/account')).body, /href="\/nl\/account\/close"/, 'the account page leads there');

    const wrong = await c.submit('/nl/account/close', { current_password: 'niet het goede' });
    assert.equal(wrong.status, 400);
    assert.match(wrong.body, /error-summary/);
    assert.equal((await userRow(t(), owner.id)).email, 'jan@example.be', 'a wrong password changes nothing');

    const empty = await c.submit('/nl/account/close', { current_password: '' });
    assert.equal(empty.status, 400);

    const done = await c.submit('/nl/account/close', { current_password: TEST_PASSWORD });
    assert.equal(done.status, 303);
    assert.equal(done.location, '/nl');
    assert.match((await c.get('/nl')).body, /Uw account is gesloten/);

    const row = await userRow(t(), owner.id);
    assert.equal(row.name, '');
    assert.equal(row.email, `closed-${owner.id}@closed.invalid`);
    assert.equal(row.password_hash, null);
    assert.ok(row.closed_at);
    assert.equal(await countWhere(t(), 'sessions', owner.id), 0);
    assert.equal(await countWhere(t(), 'tokens', owner.id), 0);
    assert.equal(await countWhere(t(), 'memberships', owner.id), 0);
    const drafts = await t()
      .db.selectFrom('application_drafts')
      .select('user_id')
      .where('user_id', '=', owner.id)
      .execute();
    assert.deepEqual(drafts, []);
    assert.equal((await other.get('/nl/account')).status, 303, 'every other session is gone too');

    const mail = (await t().mails()).filter((m) => m.to === 'jan@example.be').at(-1);
    assert.ok(mail, 'a last mail to the old address');
    assert.equal(mail.subject, 'Uw Inclusio-account is gesloten');

    const signIn = await signInThroughForm(t().client(), 'jan@example.be', TEST_PASSWORD, 'nl');
    assert.equal(signIn.status, 400, 'nobody can sign in with the old address and password');
    // Nor through the address the closed row now holds: it belongs to no open account.
    const mailsBefore = (await t().mails()).length;
    await t().client().submit('/nl/forgot-password', { email: row.email });
    assert.equal((await t().mails()).length, mailsBefore, 'no reset link for a closed account');
    assert.equal(await countWhere(t(), 'tokens', owner.id), 0);

    // The organisation's history says a member left, without naming the closed account.
    const history = await (await signedInClient(t(), admin)).get(`/en/organisations/${org.id}/history`);
    assert.equal(history.status, 200);
    assert.match(history.body, /Closed their account and so left the organisation \(member\)/);
    assert.doesNotMatch(history.body, /Jan Peeters/);

    const logged = await t()
      .db.selectFrom('audit_log')
      .select(['actor_user_id'])
      .where('action', '=', 'accounts.account_closed')
      .where('subject_id', '=', owner.id)
      .execute();
    assert.deepEqual(logged, [{ actor_user_id: owner.id }]);
  });

  test('the only administrator of an organisation is asked to hand over first, in their language', async () => {
    const owner = await createUser(t().db, { email: 'seule@example.be', locale: 'fr' });
    await createOrganisation(t().db, { name: 'Clic Solidaire asbl', members: [{ user: owner, role: 'admin' }] });
    const c = await signedInClient(t(), owner);
    const res = await c.submit('/fr/account/close', { current_password: TEST_PASSWORD });
    assert.equal(res.status, 400);
    assert.match(res.body, /Vous êtes la seule personne gestionnaire de Clic Solidaire asbl/);
    assert.equal((await userRow(t(), owner.id)).email, 'seule@example.be');
    assert.equal(await countWhere(t(), 'memberships', owner.id), 1);
  });

  test('the last administrator of an organisation that left or was refused may close', async () => {
    const owner = await createUser(t().db, { email: 'gestopt@example.be' });
    await createOrganisation(t().db, {
      name: 'Gestopt vzw',
      status: 'withdrawn',
      members: [{ user: owner, role: 'admin' }],
    });
    const c = await signedInClient(t(), owner);
    const res = await c.submit('/nl/account/close', { current_password: TEST_PASSWORD });
    assert.equal(res.status, 303);
    assert.equal(await countWhere(t(), 'memberships', owner.id), 0);
  });

  test('the last secretariat account stays; with a second one, it can go', async () => {
    const first = await createUser(t().db, { secretariat: true, email: 'sec1@example.be', locale: 'de' });
    const c = await signedInClient(t(), first);
    // Other suites' secretariat users live in other databases: this one has only `first`.
    const refused = await c.submit('/de/account/close', { current_password: TEST_PASSWORD });
    assert.equal(refused.status, 400);
    assert.match(refused.body, /Sie haben das letzte Konto des Sekretariats/);

    await createUser(t().db, { secretariat: true, email: 'sec2@example.be' });
    const done = await c.submit('/de/account/close', { current_password: TEST_PASSWORD });
    assert.equal(done.status, 303);
    assert.equal((await userRow(t(), first.id)).is_secretariat, 0);
  });
});
