import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { describeEachEngine, type TestApp } from '../../../test/support/harness.ts';
import {
  clearRateLimits,
  createUser,
  signedInClient,
  signInThroughForm,
  TEST_PASSWORD,
} from '../../../test/support/accounts.ts';

const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

async function sessionsOf(t: TestApp, userId: string): Promise<number> {
  const rows = await t.db.selectFrom('sessions').select('id_hash').where('user_id', '=', userId).execute();
  return rows.length;
}

describeEachEngine('accounts: sign-in, lock and sessions', (t) => {
  beforeEach(() => clearRateLimits(t().db));

  test('five wrong passwords lock the account; the right one waits for the lock to end; the owner is told', async () => {
    const user = await createUser(t().db, { email: 'lock@example.be', locale: 'nl' });
    const c = t().client();
    for (let i = 1; i <= 4; i++) {
      const wrong = await signInThroughForm(c, user.email, `wrong password ${i}`, 'nl');
      assert.equal(wrong.status, 400);
      assert.match(wrong.body, /Het e-mailadres of het wachtwoord klopt niet/);
      assert.match(wrong.body, /value="lock@example.be"/);
    }
    const fifth = await signInThroughForm(c, user.email, 'wrong password 5', 'nl');
    assert.equal(fifth.status, 429);
    assert.match(fifth.body, /geblokkeerd na 5 foute wachtwoorden\. Wacht 15 minuten/);
    assert.match(fifth.body, /value="lock@example.be"/);

    const right = await signInThroughForm(c, user.email, TEST_PASSWORD, 'nl');
    assert.equal(right.status, 429);
    assert.match(right.body, /Wacht 15 minuten/);
    assert.equal(c.cookie('sid'), undefined);
    assert.equal(await sessionsOf(t(), user.id), 0);

    const mails = (await t().mails()).filter((m) => m.to === user.email);
    assert.equal(mails.length, 1, 'one mail when the lock starts, none for later attempts');
    assert.equal(mails[0]!.subject, 'Aanmelden op uw account is even geblokkeerd');
    assert.ok(mails[0]!.links.some((l) => l.endsWith('/nl/forgot-password')));

    // Fifteen minutes later (moved in the database rather than waited for).
    await t()
      .db.updateTable('users')
      .set({ locked_until: ago(1000) })
      .where('id', '=', user.id)
      .execute();
    const later = await signInThroughForm(c, user.email, TEST_PASSWORD, 'nl');
    assert.equal(later.status, 303);
    assert.equal(later.location, '/nl/account');
    const row = await t()
      .db.selectFrom('users')
      .select(['failed_logins', 'locked_until'])
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { failed_logins: 0, locked_until: null });
    const actions = await t()
      .db.selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', user.id)
      .where('action', '=', 'accounts.account_locked')
      .execute();
    assert.equal(actions.length, 1);
  });

  test('an address without an account gets the very same answers, lock included', async () => {
    const c = t().client();
    for (let i = 1; i <= 4; i++)
      assert.equal((await signInThroughForm(c, 'ghost@example.be', `guess ${i}`)).status, 400);
    const fifth = await signInThroughForm(c, 'ghost@example.be', 'guess 5');
    assert.equal(fifth.status, 429);
    assert.match(fifth.body, /blocked after 5 wrong passwords\. Wait 15 minutes/);
  });

  test('too many sign-ins from one connection are refused on the form', async () => {
    const user = await createUser(t().db);
    const c = t().client();
    // Spread over addresses so the per-account lock does not step in first.
    for (let i = 0; i < 20; i++)
      assert.equal((await signInThroughForm(c, `try${i}@example.be`, 'not it at all')).status, 400);
    const refused = await signInThroughForm(c, user.email, TEST_PASSWORD);
    assert.equal(refused.status, 429);
    assert.match(refused.body, /You tried this too many times/);
    assert.equal(await sessionsOf(t(), user.id), 0);
  });

  test('next: a local path is followed; other sites go to the account page', async () => {
    const user = await createUser(t().db);
    const cases: [string, string][] = [
      ['/en/account/password', '/en/account/password'],
      ['//evil.example', '/en/account'],
      ['https://evil.example', '/en/account'],
      ['/\\evil.example', '/en/account'],
      ['/\t/evil.example', '/en/account'],
      ['javascript:alert(1)', '/en/account'],
    ];
    for (const [next, expected] of cases) {
      const url = `/en/sign-in?next=${encodeURIComponent(next)}`;
      const c = t().client();
      const res = await c.submit(url, { email: user.email, password: TEST_PASSWORD }, url);
      assert.equal(res.status, 303, next);
      assert.equal(res.location, expected, next);
    }
  });

  test('a page that needs sign-in sends the person to sign in and back', async () => {
    const user = await createUser(t().db);
    const c = t().client();
    const res = await c.get('/en/account/email');
    assert.equal(res.status, 303);
    assert.equal(res.location, '/en/sign-in?next=%2Fen%2Faccount%2Femail');
    const form = await c.get(res.location!);
    assert.match(form.body, /action="\/en\/sign-in\?next=%2Fen%2Faccount%2Femail"/);
    const signIn = await c.submit(res.location!, { email: user.email, password: TEST_PASSWORD }, res.location!);
    assert.equal(signIn.location, '/en/account/email');
  });

  test('signing in replaces the browser’s previous session; sign-in and sign-up pages send a signed-in person on', async () => {
    const first = await createUser(t().db);
    const second = await createUser(t().db);
    const c = await signedInClient(t(), first);
    assert.equal((await c.get('/en/sign-in')).location, '/en/account');
    assert.equal((await c.get('/fr/sign-up')).location, '/fr/account');

    // A second tab still showing the sign-in form posts it while the first session lives.
    const oldCookie = c.cookie('sid');
    const res = await c.submit('/en/account', { email: second.email, password: TEST_PASSWORD }, '/en/sign-in');
    assert.equal(res.status, 303);
    assert.notEqual(c.cookie('sid'), oldCookie);
    assert.equal(await sessionsOf(t(), first.id), 0, 'the previous session is gone');
    assert.equal(await sessionsOf(t(), second.id), 1);
    assert.match((await c.get('/en/account')).body, new RegExp(second.name));
  });

  test('an idle or expired session is refused and removed', async () => {
    const user = await createUser(t().db);
    const idle = await signedInClient(t(), user);
    assert.equal((await idle.get('/en/account')).status, 200);
    await t()
      .db.updateTable('sessions')
      .set({ last_seen_at: ago(2 * 3600_000 + 1000) })
      .where('user_id', '=', user.id)
      .execute();
    const refused = await idle.get('/en/account');
    assert.equal(refused.status, 303);
    assert.equal(refused.location, '/en/sign-in?next=%2Fen%2Faccount');
    assert.equal(await sessionsOf(t(), user.id), 0);

    const old = await signedInClient(t(), user);
    await t()
      .db.updateTable('sessions')
      .set({ expires_at: ago(1000) })
      .where('user_id', '=', user.id)
      .execute();
    assert.equal((await old.get('/en/account')).status, 303);
    assert.equal(await sessionsOf(t(), user.id), 0);

    const admin = await createUser(t().db, { secretariat: true });
    const secretariat = await signedInClient(t(), admin);
    await t()
      .db.updateTable('sessions')
      .set({ last_seen_at: ago(31 * 60_000) })
      .where('user_id', '=', admin.id)
      .execute();
    assert.equal((await secretariat.get('/en/account')).status, 303, 'the secretariat idles out after 30 minutes');
  });

  test('sign-out ends this session; sign-out everywhere ends every session of the person', async () => {
    const user = await createUser(t().db);
    const someoneElse = await signedInClient(t(), await createUser(t().db));
    const a = await signedInClient(t(), user);
    const b = await signedInClient(t(), user);

    const out = await a.submit('/en/account', {}, '/en/sign-out');
    assert.equal(out.status, 303);
    assert.equal(out.location, '/en');
    assert.match((await a.get('/en')).body, /You are signed out/);
    assert.equal((await a.get('/en/account')).status, 303);
    assert.equal((await b.get('/en/account')).status, 200, 'the other session lives on');

    const c = await signedInClient(t(), user);
    const all = await b.submit('/en/account', {}, '/en/account/sign-out-everywhere');
    assert.equal(all.status, 303);
    assert.equal(all.location, '/en/sign-in');
    assert.equal((await b.get('/en/account')).status, 303);
    assert.equal((await c.get('/en/account')).status, 303);
    assert.equal(await sessionsOf(t(), user.id), 0);
    assert.equal((await someoneElse.get('/en/account')).status, 200, 'other people stay signed in');
  });
});
