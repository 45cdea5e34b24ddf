import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import {
  clearRateLimits,
  createOrganisation,
  createUser,
  nextTotpCode,
  signedInClient,
  signInThroughForm,
  TEST_PASSWORD,
} from '../../../test/support/accounts.ts';
import { Client } from '../../../test/support/client.ts';
import { createSession, SESSION_COOKIE } from './sessions.ts';
import { addMs, now } from '../../platform/db/sql.ts';
import { SETTINGS_FIELDS } from '../legal/service.ts';
import { resetSecondFactor } from './service.ts';

/** The hidden fields a page's form carries (what the person had typed), decoded. */
function hiddenFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  // An empty value is written as a bare `value` attribute.
  for (const m of html.matchAll(/<input type="hidden" name="([^"]+)" value(?:="([^"]*)")?\/>/g)) {
    if (m[1] === '_csrf') continue;
    fields[m[1]!] = (m[2] ?? '').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  }
  return fields;
}

describeEachEngine('the secretariat and two-step sign-in', (t) => {
  beforeEach(async () => clearRateLimits(t().db));

  test('no secretariat page opens before two-step sign-in is set up: every one sends to the setup', async () => {
    const user = await createUser(t().db, { secretariat: true, secondFactor: false });
    const client = await signedInClient(t(), user);
    const routes = t().app.routeTable.filter((r) => r.permission === 'secretariat');
    assert.ok(routes.length >= 6, 'the secretariat has pages');
    const token = Client.csrfOf((await client.get('/en/account')).body);
    for (const route of routes) {
      const path = route.url.replace(':lang', 'en').replace(/:[A-Za-z]+/g, 'some-id');
      const res = route.method === 'GET' ? await client.get(path) : await client.post(path, { reason: 'x', message: 'x' }, token);
      assert.equal(res.status, 303, `${route.method} ${route.url}`);
      assert.match(res.location ?? '', /^\/en\/account\/second-factor(\?|$)/, `${route.method} ${route.url}`);
    }
    // The setup page says why, and brings the person back.
    const setup = await client.follow('/en/secretariat');
    assert.match(setup.body, /The secretariat must use two-step sign-in/);
    assert.match(setup.body, /action="\/en\/account\/second-factor\/start\?next=%2Fen%2Fsecretariat"/);
  });

  test('an operator resets a lost second factor: sessions end, it is audited, and setup is asked again', async () => {
    const { db } = t();
    const user = await createUser(db, { secretariat: true, email: 'telefoon-kwijt@example.be' });
    const before = await signedInClient(t(), user);
    assert.equal((await before.get('/en/secretariat')).status, 200, 'enrolled and signed in');

    assert.equal(await resetSecondFactor(db, 'nobody@example.be'), false, 'an unknown address changes nothing');
    assert.equal(await resetSecondFactor(db, ' Telefoon-Kwijt@example.be '), true);
    const left = await db.selectFrom('second_factors').select('user_id').where('user_id', '=', user.id).execute();
    assert.deepEqual(left, []);
    const sessions = await db.selectFrom('sessions').select('id_hash').where('user_id', '=', user.id).execute();
    assert.deepEqual(sessions, [], 'every session ended');
    const line = await db
      .selectFrom('audit_log')
      .select(['actor_user_id', 'action'])
      .where('subject_id', '=', user.id)
      .where('action', '=', 'accounts.second_factor_reset')
      .executeTakeFirst();
    assert.ok(line, 'the reset is in the audit log');

    assert.equal((await before.get('/en/secretariat')).location?.startsWith('/en/sign-in'), true, 'the old session is gone');
    const client = t().client();
    assert.equal((await client.submit('/en/sign-in', { email: user.email, password: TEST_PASSWORD })).location, '/en/account');
    assert.match((await client.get('/en/secretariat')).location!, /^\/en\/account\/second-factor\?next=/);
  });

  test('a secretariat account that sets it up reaches its pages; with the password alone it never does', async () => {
    const user = await createUser(t().db, { secretariat: true, secondFactor: false, email: 'nieuw-secretariaat@example.be' });
    const client = t().client();
    assert.equal((await client.submit('/nl/sign-in', { email: user.email, password: TEST_PASSWORD })).location, '/nl/account');
    assert.match((await client.get('/nl/secretariat')).location!, /^\/nl\/account\/second-factor\?next=/);
    await client.submit('/nl/account/second-factor?next=%2Fnl%2Fsecretariat', {}, '/nl/account/second-factor/start?next=%2Fnl%2Fsecretariat');
    const setup = await client.get('/nl/account/second-factor/setup?next=%2Fnl%2Fsecretariat');
    const key = /<code>([A-Z2-7 ]+)<\/code>/.exec(setup.body)![1]!.replace(/ /g, '');
    const codes = await client.submit(
      '/nl/account/second-factor/setup?next=%2Fnl%2Fsecretariat',
      { code: await nextTotpCode(t().db, user.id, key) },
      '/nl/account/second-factor/setup?next=%2Fnl%2Fsecretariat',
    );
    assert.equal(codes.status, 200);
    assert.match(codes.body, /<a class="button[^"]*" href="\/nl\/secretariat"/, 'continue leads back to the secretariat');
    assert.equal((await client.get('/nl/secretariat')).status, 200);

    // Another browser, password only: the code step, never the page.
    const other = t().client();
    const signIn = await other.submit('/nl/sign-in?next=%2Fnl%2Fsecretariat', { email: user.email, password: TEST_PASSWORD }, '/nl/sign-in?next=%2Fnl%2Fsecretariat');
    assert.equal(signIn.location, '/nl/sign-in/code?next=%2Fnl%2Fsecretariat');
    assert.equal((await other.get('/nl/secretariat')).status, 303);
  });

  test('a session that never proved the second factor (made before, or by hand) is asked for the code first', async () => {
    const user = await createUser(t().db, { secretariat: true });
    const client = t().client();
    client.setCookie(SESSION_COOKIE, await createSession(t().db, user.id, null));
    const asked = await client.get('/en/secretariat/applications');
    assert.equal(asked.status, 303);
    assert.equal(asked.location, '/en/account/second-factor/check?next=%2Fen%2Fsecretariat%2Fapplications');
    const wrong = await client.submit(asked.location!, { second_factor_code: '000000' }, asked.location!);
    assert.equal(wrong.status, 400);
    const right = await client.submit(asked.location!, { second_factor_code: await nextTotpCode(t().db, user.id) }, asked.location!);
    assert.equal(right.location, '/en/secretariat/applications');
    assert.equal((await client.get('/en/secretariat/applications')).status, 200);
  });

  test('after 15 minutes, changing the settings asks for the code again and then saves what was typed', async () => {
    const user = await createUser(t().db, { secretariat: true });
    const client = await signedInClient(t(), user);
    const page = '/en/secretariat/settings';
    const typed = { email: 'charter@example.be', phone: '+32 2 123 45 67', postal_address: 'Rue de la Loi 1\n1000 Brussels "centre"', enforcement_body: '', limitations_nl: '', limitations_fr: '', limitations_de: '', limitations_en: '' };
    assert.equal((await client.submit(page, typed)).status, 303, 'within 15 minutes: saved straight away');

    // The proof is now 16 minutes old (the stored time moves, not the clock).
    await t().db.updateTable('sessions').set({ second_factor_at: addMs(now(), -16 * 60_000) }).where('user_id', '=', user.id).execute();
    const changed = { ...typed, phone: '+32 2 765 43 21' };
    const asked = await client.submit(page, changed);
    assert.equal(asked.status, 403);
    assert.match(asked.body, /<h1>Confirm it is you<\/h1>/);
    assert.match(asked.body, /<form method="post" action="\/en\/secretariat\/settings"/);
    const carried = hiddenFields(asked.body);
    assert.deepEqual(carried, changed, 'every typed value rides along');
    const stored = async () =>
      (await t().db.selectFrom('settings').select('value').where('key', '=', SETTINGS_FIELDS.phone).executeTakeFirst())?.value;
    assert.equal(await stored(), '+32 2 123 45 67', 'nothing saved yet');

    const token = Client.csrfOf(asked.body);
    const wrong = await client.post(page, { ...carried, second_factor_code: '000000' }, token);
    assert.equal(wrong.status, 400);
    assert.deepEqual(hiddenFields(wrong.body), changed, 'still kept after a wrong code');

    const saved = await client.post(page, { ...carried, second_factor_code: await nextTotpCode(t().db, user.id) }, token);
    assert.equal(saved.status, 303);
    assert.equal(saved.location, page);
    assert.equal(await stored(), '+32 2 765 43 21');
    const session = await t().db.selectFrom('sessions').select('second_factor_at').where('user_id', '=', user.id).executeTakeFirstOrThrow();
    assert.ok(Date.parse(session.second_factor_at!) > Date.now() - 60_000, 'the proof is fresh again');
  });

  test('after 15 minutes, approving, rejecting and asking for more ask for the code; opening pages does not', async () => {
    const user = await createUser(t().db, { secretariat: true });
    const applicant = await createUser(t().db);
    await createOrganisation(t().db, { status: 'applicant', members: [{ user: applicant, role: 'admin' }] });
    const client = await signedInClient(t(), user);
    await t().db.updateTable('sessions').set({ second_factor_at: addMs(now(), -20 * 60_000) }).where('user_id', '=', user.id).execute();
    assert.equal((await client.get('/en/secretariat/applications')).status, 200, 'reading needs no new code');
    const token = Client.csrfOf((await client.get('/en/account')).body);
    for (const action of ['approve', 'reject', 'request-info']) {
      const res = await client.post(`/en/secretariat/applications/some-id/${action}`, { reason: 'Te kort', message: 'Meer uitleg' }, token);
      assert.equal(res.status, 403, action);
      assert.match(res.body, /name="second_factor_code"/, action);
    }
  });

  test('a secretariat account cannot turn two-step sign-in off', async () => {
    const user = await createUser(t().db, { secretariat: true, locale: 'de' });
    const client = await signedInClient(t(), user);
    const overview = await client.get('/de/account/second-factor');
    assert.doesNotMatch(overview.body, /href="\/de\/account\/second-factor\/turn-off"/);
    assert.match(overview.body, /Ein Konto des Sekretariats muss sich immer in zwei Schritten anmelden/);
    const page = await client.get('/de/account/second-factor/turn-off');
    assert.equal(page.location, '/de/account/second-factor', 'no page to turn it off');
    const token = Client.csrfOf(overview.body);
    const res = await client.post('/de/account/second-factor/turn-off', { current_password: TEST_PASSWORD, code: await nextTotpCode(t().db, user.id) }, token);
    assert.equal(res.status, 400);
    assert.match(res.body, /Ein Konto des Sekretariats kann die Anmeldung in zwei Schritten nicht ausschalten\./);
    assert.ok(await t().db.selectFrom('second_factors').select('user_id').where('user_id', '=', user.id).executeTakeFirst());
  });

  test('the sign-in helper of the tests passes the code step', async () => {
    const user = await createUser(t().db, { secretariat: true });
    const client = t().client();
    const res = await signInThroughForm(client, user.email);
    assert.equal(res.location, '/en/account');
    assert.equal((await client.get('/en/secretariat')).status, 200);
  });
});
