import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { describeEachEngine, type TestApp } from '../../../test/support/harness.ts';
import {
  clearRateLimits,
  createUser,
  nextTotpCode,
  signedInClient,
  TEST_PASSWORD,
  TEST_TOTP_SECRET,
  type TestUser,
} from '../../../test/support/accounts.ts';
import type { Client } from '../../../test/support/client.ts';
import { translator } from '../../platform/i18n/i18n.ts';
import { hashToken } from '../../platform/auth/tokens.ts';
import { totpCode, TOTP_PERIOD_S } from './totp.ts';
import { SESSION_COOKIE } from './sessions.ts';

const en = translator('en');
const escaped = (s: string) => s.replace(/’/g, '’').replace(/&/g, '&amp;').replace(/"/g, '&quot;');

async function auditActions(t: TestApp, userId: string): Promise<string[]> {
  const rows = await t.db.selectFrom('audit_log').select('action').where('subject_id', '=', userId).orderBy('at').execute();
  return rows.map((r) => r.action);
}

/** Password right: the code step, and no session yet. */
async function passwordStep(client: Client, user: TestUser, lang = 'en') {
  const res = await client.submit(`/${lang}/sign-in?next=${encodeURIComponent(`/${lang}/account`)}`, {
    email: user.email,
    password: TEST_PASSWORD,
  }, `/${lang}/sign-in?next=${encodeURIComponent(`/${lang}/account`)}`);
  assert.equal(res.status, 303);
  assert.equal(res.location, `/${lang}/sign-in/code?next=${encodeURIComponent(`/${lang}/account`)}`);
  assert.equal(client.cookie(SESSION_COOKIE), undefined, 'no session after the password alone');
  return res.location!;
}

describeEachEngine('two-step sign-in', (t) => {
  beforeEach(async () => clearRateLimits(t().db));

  test('setting it up: a QR code with a name and the key as text, a first code, then ten recovery codes once', async () => {
    const user = await createUser(t().db, { locale: 'fr' });
    const client = await signedInClient(t(), user);
    const overview = await client.get('/fr/account/second-factor');
    assert.equal(overview.status, 200);
    assert.match(overview.body, new RegExp(translator('fr')('accounts.secondFactor.start')));

    const started = await client.submit('/fr/account/second-factor', {}, '/fr/account/second-factor/start');
    assert.equal(started.location, '/fr/account/second-factor/setup');
    const setup = await client.get('/fr/account/second-factor/setup');
    assert.equal(setup.status, 200);
    assert.match(setup.body, /<div class="qr-code" role="img" aria-label="[^"]+"><svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.doesNotMatch(setup.body, /style=|<style|<script>/, 'nothing inline for the CSP to block');
    const key = /<p class="secret-key"><code>([A-Z2-7 ]+)<\/code>/.exec(setup.body)?.[1]?.replace(/ /g, '');
    assert.ok(key && key.length === 32, 'the key as text, in groups');

    // Stored sealed: the key is not in the row.
    const row = await t().db.selectFrom('second_factors').selectAll().where('user_id', '=', user.id).executeTakeFirstOrThrow();
    assert.equal(row.confirmed_at, null);
    assert.ok(!row.secret.includes(key!), 'the secret is not stored in plain text');

    const wrong = await client.submit('/fr/account/second-factor/setup', { code: '000000' });
    assert.equal(wrong.status, 400);
    assert.match(wrong.body, new RegExp(escaped(translator('fr')('accounts.secondFactor.error.wrongCode')).slice(0, 30)));

    const confirmed = await client.submit('/fr/account/second-factor/setup', { code: await nextTotpCode(t().db, user.id, key) });
    assert.equal(confirmed.status, 200);
    assert.equal(confirmed.headers['cache-control'], 'private, no-store');
    const codes = [...confirmed.body.matchAll(/<li><code>([0-9A-Z]{5}-[0-9A-Z]{5})<\/code><\/li>/g)].map((m) => m[1]!);
    assert.equal(codes.length, 10);
    assert.equal(new Set(codes).size, 10);

    const stored = await t().db.selectFrom('recovery_codes').select('code_hash').where('user_id', '=', user.id).execute();
    assert.equal(stored.length, 10);
    assert.ok(stored.every((r) => !codes.some((c) => r.code_hash.includes(c.replace('-', '')))), 'only hashes are stored');
    assert.ok(stored.some((r) => r.code_hash === hashToken(codes[0]!.replace('-', ''))));
    const after = await t().db.selectFrom('second_factors').select('confirmed_at').where('user_id', '=', user.id).executeTakeFirstOrThrow();
    assert.ok(after.confirmed_at);
    assert.ok((await auditActions(t(), user.id)).includes('accounts.second_factor_enabled'));

    // The codes are never shown again: the overview counts them.
    const later = await client.get('/fr/account/second-factor');
    assert.doesNotMatch(later.body, new RegExp(codes[0]!));
    assert.match(later.body, /Il vous reste 10 codes de secours\./);
  });

  test('signing in: the password opens only the code step; the right code opens the session', async () => {
    const user = await createUser(t().db, { secondFactor: true });
    const client = t().client();
    const step = await passwordStep(client, user);
    assert.equal((await client.get('/en/account')).status, 303, 'the account is not open yet');

    const page = await client.get(step);
    assert.equal(page.status, 200);
    assert.match(page.body, new RegExp(`<h1>${en('accounts.signInCode.title')}</h1>`));
    const done = await client.submit(step, { code: await nextTotpCode(t().db, user.id) });
    assert.equal(done.status, 303);
    assert.equal(done.location, '/en/account');
    assert.ok(client.cookie(SESSION_COOKIE));
    assert.equal((await client.get('/en/account')).status, 200);

    const session = await t().db.selectFrom('sessions').select('second_factor_at').where('user_id', '=', user.id).executeTakeFirstOrThrow();
    assert.ok(session.second_factor_at, 'the session knows the second factor was proven');
    const line = await t().db
      .selectFrom('audit_log')
      .select('details')
      .where('subject_id', '=', user.id)
      .where('action', '=', 'accounts.signed_in')
      .executeTakeFirstOrThrow();
    assert.deepEqual(JSON.parse(line.details), { secondFactor: 'app' });
  });

  test('the same code never works twice, and the code step cannot be skipped', async () => {
    const user = await createUser(t().db, { secondFactor: true });
    const first = t().client();
    const code = await nextTotpCode(t().db, user.id);
    assert.equal((await first.submit(await passwordStep(first, user), { code })).status, 303);

    const second = t().client();
    const step = await passwordStep(second, user);
    const reused = await second.submit(step, { code });
    assert.equal(reused.status, 400);
    assert.match(reused.body, new RegExp(escaped(en('accounts.secondFactor.error.wrongCode'))));
    assert.equal(second.cookie(SESSION_COOKIE), undefined);

    // Without the step's cookie (someone who only knows the password and guesses a URL): back to the password.
    const stranger = t().client();
    const skipped = await stranger.post(step, { code: await nextTotpCode(t().db, user.id) }, 'x');
    assert.equal(skipped.status, 403, 'no CSRF token, no step');
    assert.equal(stranger.cookie(SESSION_COOKIE), undefined);
    const page = await stranger.get(step);
    assert.equal(page.status, 303);
    assert.match(page.location!, /^\/en\/sign-in/);
  });

  test('wrong codes are refused, audited, and after five the step waits even for the right code', async () => {
    const user = await createUser(t().db, { secondFactor: true });
    const client = t().client();
    const step = await passwordStep(client, user);
    const right = await nextTotpCode(t().db, user.id);
    const wrong = right === '123456' ? '654321' : '123456';
    for (let i = 0; i < 5; i++) {
      const res = await client.submit(step, { code: wrong });
      assert.equal(res.status, 400, `wrong code ${i + 1}`);
      assert.match(res.body, /value="123456"|value="654321"/, 'the typed code is kept');
    }
    const limited = await client.submit(step, { code: right });
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers['retry-after']) > 0);
    assert.match(limited.body, /Too many wrong codes\. Wait 15 minutes/);
    assert.equal(client.cookie(SESSION_COOKIE), undefined);
    const failures = (await auditActions(t(), user.id)).filter((a) => a === 'accounts.second_factor_failed');
    assert.equal(failures.length, 5);
  });

  test('a recovery code signs in once; the audit says how many are left', async () => {
    const user = await createUser(t().db);
    const client = await signedInClient(t(), user);
    await client.submit('/en/account/second-factor', {}, '/en/account/second-factor/start');
    const setup = await client.get('/en/account/second-factor/setup');
    const key = /<code>([A-Z2-7 ]+)<\/code>/.exec(setup.body)![1]!.replace(/ /g, '');
    const shown = await client.submit('/en/account/second-factor/setup', { code: await nextTotpCode(t().db, user.id, key) });
    const codes = [...shown.body.matchAll(/<code>([0-9A-Z]{5}-[0-9A-Z]{5})<\/code>/g)].map((m) => m[1]!);

    const phoneLost = t().client();
    const typed = codes[3]!.toLowerCase().replace('-', ' ');
    const done = await phoneLost.submit(await passwordStep(phoneLost, user), { code: typed });
    assert.equal(done.status, 303, 'typed in lower case with a space: still the code');
    assert.ok(phoneLost.cookie(SESSION_COOKIE));
    assert.match((await phoneLost.get(done.location!)).body, new RegExp(escaped(en('accounts.flash.recoveryCodeUsed')).slice(0, 40)));

    const again = t().client();
    const refused = await again.submit(await passwordStep(again, user), { code: codes[3]! });
    assert.equal(refused.status, 400, 'a recovery code works once');
    const used = await t().db.selectFrom('recovery_codes').select('used_at').where('user_id', '=', user.id).where('used_at', 'is not', null).execute();
    assert.equal(used.length, 1);
    const line = await t().db
      .selectFrom('audit_log')
      .select('details')
      .where('subject_id', '=', user.id)
      .where('action', '=', 'accounts.recovery_code_used')
      .executeTakeFirstOrThrow();
    assert.deepEqual(JSON.parse(line.details), { left: 9 });
  });

  test('new recovery codes replace the old ones; turning off takes the password and a code', async () => {
    const user = await createUser(t().db, { secondFactor: true });
    await t().db.insertInto('recovery_codes').values({ code_hash: hashToken('OLDCODE234'), user_id: user.id, used_at: null, created_at: new Date().toISOString() }).execute();
    const client = await signedInClient(t(), user);
    const renewed = await client.submit('/en/account/second-factor', { code: await nextTotpCode(t().db, user.id) }, '/en/account/second-factor/recovery-codes');
    assert.equal(renewed.status, 200);
    assert.equal([...renewed.body.matchAll(/<code>([0-9A-Z]{5}-[0-9A-Z]{5})<\/code>/g)].length, 10);
    const hashes = await t().db.selectFrom('recovery_codes').select('code_hash').where('user_id', '=', user.id).execute();
    assert.equal(hashes.length, 10);
    assert.ok(!hashes.some((h) => h.code_hash === hashToken('OLDCODE234')), 'the old code is gone');
    assert.ok((await auditActions(t(), user.id)).includes('accounts.recovery_codes_renewed'));

    const noPassword = await client.submit('/en/account/second-factor/turn-off', { current_password: 'not it at all', code: await nextTotpCode(t().db, user.id) });
    assert.equal(noPassword.status, 400);
    const stale = totpCode(TEST_TOTP_SECRET, Date.now() - 10 * TOTP_PERIOD_S * 1000);
    const noCode = await client.submit('/en/account/second-factor/turn-off', { current_password: TEST_PASSWORD, code: await stale });
    assert.equal(noCode.status, 400);
    assert.ok(await t().db.selectFrom('second_factors').select('user_id').where('user_id', '=', user.id).executeTakeFirst());

    const off = await client.submit('/en/account/second-factor/turn-off', { current_password: TEST_PASSWORD, code: await nextTotpCode(t().db, user.id) });
    assert.equal(off.status, 303);
    assert.equal(await t().db.selectFrom('second_factors').select('user_id').where('user_id', '=', user.id).executeTakeFirst(), undefined);
    assert.equal((await t().db.selectFrom('recovery_codes').select('code_hash').where('user_id', '=', user.id).execute()).length, 0);
    assert.ok((await auditActions(t(), user.id)).includes('accounts.second_factor_disabled'));
    // The password alone signs in again.
    const next = t().client();
    const res = await next.submit('/en/sign-in', { email: user.email, password: TEST_PASSWORD });
    assert.equal(res.location, '/en/account');
  });
});
