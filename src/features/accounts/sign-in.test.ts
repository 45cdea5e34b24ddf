import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { describeEachEngine, type TestApp } from '../../../test/support/harness.ts';
import { Client } from '../../../test/support/client.ts';
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

describeEachEngine('accounts: sign-in, slowing down and sessions', (t) => {
  beforeEach(() => clearRateLimits(t().db));

  /** The attacker's machine and the owner's: the app tells them apart by address only. */
  const ATTACKER = '203.0.113.7';
  const OWNER = '198.51.100.20';
  const from = (address: string) => {
    const c = t().client();
    c.remoteAddress = address;
    return c;
  };
  /** Moves every running wait to the past (rather than waiting for it). */
  const endWaits = () =>
    t()
      .db.updateTable('sign_in_throttle')
      .set({ blocked_until: Date.now() - 1 })
      .execute();

  test('wrong passwords slow down that address; the owner, from another address, still gets in', async () => {
    const user = await createUser(t().db, { email: 'slow@example.be', locale: 'nl' });
    const attacker = from(ATTACKER);
    for (let i = 1; i <= 4; i++) {
      const wrong = await signInThroughForm(attacker, user.email, `wrong password ${i}`, 'nl');
      assert.equal(wrong.status, 400, `try ${i} is free`);
      assert.match(wrong.body, /Het e-mailadres of het wachtwoord klopt niet\. Controleer/);
      assert.match(wrong.body, /value="slow@example.be"/);
    }
    const fifth = await signInThroughForm(attacker, user.email, 'wrong password 5', 'nl');
    assert.equal(fifth.status, 429);
    assert.equal(fifth.headers['retry-after'], '30');
    assert.match(fifth.body, /Wacht voor uw veiligheid 30 seconden en probeer het dan opnieuw/);
    // Even the right password waits: the attacker learns nothing while slowed down.
    const right = await signInThroughForm(attacker, user.email, TEST_PASSWORD, 'nl');
    assert.equal(right.status, 429);
    assert.equal(attacker.cookie('sid'), undefined);

    const owner = from(OWNER);
    const ownerIn = await signInThroughForm(owner, user.email, TEST_PASSWORD, 'nl');
    assert.equal(ownerIn.status, 303, 'the owner is not locked out');
    assert.equal(ownerIn.location, '/nl/account');
    assert.equal(await sessionsOf(t(), user.id), 1);

    // The delay grows with each failure past the wait: 30 s, 1 min, 2 min, 4 min…
    await endWaits();
    const sixth = await signInThroughForm(attacker, user.email, 'wrong password 6', 'nl');
    assert.equal(sixth.status, 429);
    assert.equal(sixth.headers['retry-after'], '60');
    assert.match(sixth.body, /Wacht voor uw veiligheid 60 seconden/);
    await endWaits();
    const seventh = await signInThroughForm(attacker, user.email, 'wrong password 7', 'nl');
    assert.equal(seventh.headers['retry-after'], '120');
    assert.match(seventh.body, /Wacht voor uw veiligheid 2 minuten/);
  });

  test('an address without an account gets the very same answers, and the same work', async () => {
    const known = await createUser(t().db, { email: 'known@example.be' });
    const answers = async (email: string, address: string) => {
      const c = from(address);
      const out: string[] = [];
      for (let i = 1; i <= 6; i++) {
        const res = await signInThroughForm(c, email, `guess ${i}`);
        const message = /class="field-error"[^>]*>(?:<span[^>]*>[^<]*<\/span>)?([^<]*)</.exec(res.body)?.[1] ?? '';
        out.push(`${res.status} ${res.headers['retry-after'] ?? '-'} ${message}`);
      }
      return out;
    };
    const forKnown = await answers(known.email, '192.0.2.1');
    const forGhost = await answers('ghost@example.be', '192.0.2.2');
    assert.deepEqual(forGhost, forKnown);
    assert.match(forGhost[5]!, /^429 30 /);

    // Same work: the password is hashed for an unknown address too, so the times are alike.
    // Only the POST is timed, known and unknown take turns (so both meet the same load on a busy
    // machine), and the medians are compared. Without the dummy hash the unknown address would
    // answer many times faster than a real argon2 check.
    const c = from('192.0.2.3');
    const timed = async (email: string, i: number) => {
      const token = Client.csrfOf((await c.get('/en/sign-in')).body);
      const started = process.hrtime.bigint();
      await c.post('/en/sign-in', { email, password: `timing ${i}` }, token);
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    await timed(known.email, 0);
    const knownMs: number[] = [];
    const ghostMs: number[] = [];
    for (let i = 1; i <= 4; i++) {
      // Each timed try on a fresh pair of keys, so no wait ever cuts one short.
      await t().db.deleteFrom('sign_in_throttle').execute();
      knownMs.push(await timed(known.email, i));
      ghostMs.push(await timed(`nobody${i}@example.be`, i));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const [k, g] = [median(knownMs), median(ghostMs)];
    assert.ok(g > k / 3 && g < k * 3, `known ${knownMs.join('/')} ms, unknown ${ghostMs.join('/')} ms`);
  });

  test('every failed sign-in leaves an audit line with a keyed hash of the address, never the address', async () => {
    const user = await createUser(t().db, { email: 'audited@example.be' });
    await t().db.deleteFrom('audit_log').where('action', '=', 'accounts.sign_in_failed').execute();
    await signInThroughForm(from('192.0.2.50'), user.email, 'not the password');
    await signInThroughForm(from('192.0.2.50'), 'stranger@example.be', 'not the password');
    const lines = await t()
      .db.selectFrom('audit_log')
      .select(['subject_type', 'subject_id', 'details'])
      .where('action', '=', 'accounts.sign_in_failed')
      .orderBy('at')
      .execute();
    const known = lines.find((l) => l.subject_id === user.id);
    const unknown = lines.find((l) => l.subject_type === 'sign_in_address');
    assert.ok(known && unknown, 'a line for the account and one for the unknown address');
    for (const line of [known, unknown]) {
      assert.doesNotMatch(line.details + line.subject_id, /@|192\.0\.2/);
      const client = (JSON.parse(line.details) as { client: string }).client;
      assert.match(client, /^[0-9a-f]{32}$/);
    }
    assert.equal(JSON.parse(known.details).client, JSON.parse(unknown.details).client, 'one address, one hash');
  });

  test('when tries come from many addresses, the owner is told once and waits at most a minute', async () => {
    const user = await createUser(t().db, { email: 'spread@example.be', locale: 'en' });
    for (let i = 1; i <= 11; i++) await signInThroughForm(from(`192.0.2.${100 + i}`), user.email, `spread ${i}`);
    const slowed = await signInThroughForm(from(OWNER), user.email, TEST_PASSWORD);
    assert.equal(slowed.status, 429);
    assert.ok(Number(slowed.headers['retry-after']) <= 60, 'never more than a minute for the account as a whole');
    const mails = (await t().mails()).filter((m) => m.to === user.email);
    assert.equal(mails.length, 1);
    assert.equal(mails[0]!.subject, 'Someone tried to sign in to your account');
    await endWaits();
    assert.equal((await signInThroughForm(from(OWNER), user.email, TEST_PASSWORD)).status, 303);
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

  test('next: a local path is followed, normalised; anything that could leave the site goes to the account page', async () => {
    const user = await createUser(t().db);
    const home = '/en/account';
    const cases: [string, string][] = [
      ['/en/account/password', '/en/account/password'],
      ['/en/sign?step=2#form', '/en/sign?step=2#form'],
      ['/en/../fr/account', '/fr/account'],
      ['/.//x.example', home],
      ['/..//x', home],
      ['/%2e%2e//x', home],
      ['/%2E%2E//x.example/', home],
      ['/./%2e/..//x', home],
      ['\\\\x', home],
      ['\\x', home],
      ['/\\x', home],
      ['/\\/x', home],
      ['https:x', home],
      ['http:/x', home],
      ['//evil.example', home],
      ['https://evil.example', home],
      ['https://evil.example/en/account', home],
      ['HTTPS://EVIL.EXAMPLE', home],
      ['/\t/evil.example', home],
      ['/\n/evil.example', home],
      ['/\r\n/evil.example', home],
      ['\t//evil.example', home],
      ['javascript:alert(1)', home],
      ['', home],
    ];
    for (const [i, [next, expected]] of cases.entries()) {
      const url = `/en/sign-in?next=${encodeURIComponent(next)}`;
      const c = from(`198.18.0.${i + 1}`);
      const res = await c.submit(url, { email: user.email, password: TEST_PASSWORD }, url);
      assert.equal(res.status, 303, JSON.stringify(next));
      assert.equal(res.location, expected, JSON.stringify(next));
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
