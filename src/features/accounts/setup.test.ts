import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { localPath } from '../../../test/support/accounts.ts';
import { announceSetupLink } from './setup.ts';
import { createAdmin } from './service.ts';

const PASSWORD = 'the secretariat keeps the keys';

describeEachEngine('accounts: the first secretariat account', (t) => {
  test('an unknown setup link gets a clear page', async () => {
    const res = await t().client().get('/en/setup/not-a-real-token');
    assert.equal(res.status, 404);
    assert.match(res.body, /This link does not work/);
  });

  test('the setup link creates a verified secretariat account, signs it in, and works only once', async () => {
    const printed: string[] = [];
    const url = await announceSetupLink(t().db, t().config, (line) => printed.push(line));
    assert.ok(url);
    assert.match(printed.join('\n'), /one-time link/);
    const link = localPath(url);
    const c = t().client();
    assert.equal((await c.get(link)).status, 200);

    const bad = await c.submit(link, { name: 'Sam Secretariat', email: 'sam@example.be', password: 'short' });
    assert.equal(bad.status, 400);
    assert.match(bad.body, /value="Sam Secretariat"/);

    const res = await c.submit(link, { name: 'Sam Secretariat', email: 'Sam@Example.be', password: PASSWORD });
    assert.equal(res.status, 303);
    assert.equal(res.location, '/en/account');
    const account = await c.get('/en/account');
    assert.equal(account.status, 200);
    assert.match(account.body, /The secretariat account is ready/);
    assert.match(account.body, /Secretariat of the Charter/);

    const row = await t()
      .db.selectFrom('users')
      .selectAll()
      .where('email', '=', 'sam@example.be')
      .executeTakeFirstOrThrow();
    assert.equal(row.is_secretariat, 1);
    assert.notEqual(row.email_verified_at, null);

    const again = await t().client().get(link);
    assert.equal(again.status, 410);
    assert.match(again.body, /This link was already used/);
    assert.equal(
      await announceSetupLink(t().db, t().config, () => undefined),
      null,
      'no new link once the account exists',
    );
  });

  test('createAdmin checks its input and refuses an address in use', async () => {
    const bad = await createAdmin(t().db, { email: 'not an address', name: '', password: 'short' });
    assert.equal(bad.ok, false);
    assert.deepEqual(Object.keys(!bad.ok ? bad.errors : {}).sort(), ['email', 'name', 'password']);

    const made = await createAdmin(t().db, { email: 'Admin2@Example.be', name: 'Second Admin', password: PASSWORD });
    assert.ok(made.ok);
    const row = await t()
      .db.selectFrom('users')
      .selectAll()
      .where('id', '=', made.value.userId)
      .executeTakeFirstOrThrow();
    assert.equal(row.email, 'admin2@example.be');
    assert.equal(row.is_secretariat, 1);

    const taken = await createAdmin(t().db, { email: 'admin2@example.be', name: 'Again', password: PASSWORD }, 'nl');
    assert.equal(taken.ok, false);
    assert.match(!taken.ok ? taken.errors.email! : '', /Er bestaat al een account/);
    assert.match(!taken.ok ? taken.error : '', /^email: Er bestaat al een account/);
  });
});
