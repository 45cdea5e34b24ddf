import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { describeEachEngine, type TestApp } from '../../../test/support/harness.ts';
import {
  clearRateLimits,
  createUser,
  localPath,
  signedInClient,
  signInThroughForm,
  TEST_PASSWORD,
} from '../../../test/support/accounts.ts';

const NEW_PASSWORD = 'seven green bicycles at noon';

async function lastLink(t: TestApp, to: string, part: string): Promise<string> {
  const mail = (await t.mails()).filter((m) => m.to === to && m.links.some((l) => l.includes(part))).at(-1);
  assert.ok(mail, `a mail to ${to} with a ${part} link`);
  return localPath(mail.links.find((l) => l.includes(part))!);
}

describeEachEngine('accounts: forgotten and changed passwords', (t) => {
  beforeEach(() => clearRateLimits(t().db));

  test('forgot password → link → new password: every session ends and the link works once', async () => {
    const user = await createUser(t().db, { email: 'forgot@example.be', locale: 'en' });
    const elsewhere = await signedInClient(t(), user);
    const c = t().client();

    const res = await c.submit('/en/forgot-password', { email: 'Forgot@Example.be' });
    assert.equal(res.status, 303);
    assert.equal(res.location, '/en/forgot-password/sent');
    assert.match((await c.get(res.location!)).body, /If there is an account with this address/);
    const unknown = await c.submit('/en/forgot-password', { email: 'nobody-here@example.be' });
    assert.equal(unknown.location, '/en/forgot-password/sent', 'the same answer for an unknown address');
    assert.equal((await t().mails()).filter((m) => m.to === 'nobody-here@example.be').length, 0);

    const link = await lastLink(t(), user.email, '/en/reset-password/');
    const short = await c.submit(link, { new_password: 'too short' });
    assert.equal(short.status, 400);
    assert.match(short.body, /Use at least 12 characters/);

    const done = await c.submit(link, { new_password: NEW_PASSWORD });
    assert.equal(done.status, 303);
    assert.equal(done.location, '/en/sign-in');
    assert.match((await c.get('/en/sign-in')).body, /Your new password is saved/);

    assert.equal((await elsewhere.get('/en/account')).status, 303, 'the other session has ended');
    assert.equal(
      (await signInThroughForm(t().client(), user.email, TEST_PASSWORD)).status,
      400,
      'the old password no longer works',
    );
    assert.equal((await signInThroughForm(t().client(), user.email, NEW_PASSWORD)).status, 303);

    const again = await c.get(link);
    assert.equal(again.status, 410);
    assert.match(again.body, /This link was already used/);
    const notices = (await t().mails()).filter((m) => m.to === user.email && m.subject === 'Your password was changed');
    assert.equal(notices.length, 1);
  });

  test('a reset link stops working after an hour', async () => {
    const user = await createUser(t().db, { locale: 'de' });
    const c = t().client();
    await c.submit('/de/forgot-password', { email: user.email });
    const link = await lastLink(t(), user.email, '/de/reset-password/');
    await t()
      .db.updateTable('tokens')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('user_id', '=', user.id)
      .execute();
    const res = await c.get(link);
    assert.equal(res.status, 410);
    assert.match(res.body, /Dieser Link ist abgelaufen/);
    assert.match(res.body, /href="\/de\/forgot-password"/);
  });

  test('a password reset also ends the slowed sign-ins of the account', async () => {
    const user = await createUser(t().db);
    const c = t().client();
    for (let i = 0; i < 5; i++) await signInThroughForm(c, user.email, `forgotten ${i}`);
    assert.equal((await signInThroughForm(c, user.email, TEST_PASSWORD)).status, 429);
    await c.submit('/en/forgot-password', { email: user.email });
    const link = await lastLink(t(), user.email, '/reset-password/');
    assert.equal((await c.submit(link, { new_password: NEW_PASSWORD })).status, 303);
    assert.equal((await signInThroughForm(c, user.email, NEW_PASSWORD)).status, 303);
  });

  test('changing the password needs the current one and ends the other sessions', async () => {
    const user = await createUser(t().db);
    const here = await signedInClient(t(), user);
    const there = await signedInClient(t(), user);

    const wrong = await here.submit('/en/account/password', {
      current_password: 'not my password',
      new_password: NEW_PASSWORD,
    });
    assert.equal(wrong.status, 400);
    assert.match(wrong.body, /This is not your current password/);

    const res = await here.submit('/en/account/password', {
      current_password: TEST_PASSWORD,
      new_password: NEW_PASSWORD,
    });
    assert.equal(res.status, 303);
    assert.equal(res.location, '/en/account');
    assert.match((await here.get('/en/account')).body, /Your password is changed/);
    assert.equal((await here.get('/en/account')).status, 200, 'this session stays');
    assert.equal((await there.get('/en/account')).status, 303, 'the other one ends');
    assert.equal((await signInThroughForm(t().client(), user.email, NEW_PASSWORD)).status, 303);
  });

  test('guessing the current password on the settings forms is limited', async () => {
    const user = await createUser(t().db);
    const c = await signedInClient(t(), user);
    for (let i = 0; i < 10; i++) {
      assert.equal(
        (await c.submit('/en/account/email', { email: 'x@example.be', current_password: `guess ${i}` })).status,
        400,
      );
    }
    const res = await c.submit('/en/account/password', { current_password: TEST_PASSWORD, new_password: NEW_PASSWORD });
    assert.equal(res.status, 429);
    assert.match(res.body, /You typed a wrong password too many times/);
  });
});
