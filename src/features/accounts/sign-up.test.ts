import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { describeEachEngine, type TestApp } from '../../../test/support/harness.ts';
import { Client } from '../../../test/support/client.ts';
import {
  clearRateLimits,
  createUser,
  localPath,
  signedInClient,
  signInThroughForm,
  TEST_PASSWORD,
} from '../../../test/support/accounts.ts';

const PASSWORD = 'a quiet walk along the river';

async function userByEmail(t: TestApp, email: string) {
  return t.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

async function mailsTo(t: TestApp, to: string) {
  return (await t.mails()).filter((m) => m.to === to);
}

describeEachEngine('accounts: sign-up and e-mail confirmation', (t) => {
  beforeEach(() => clearRateLimits(t().db));

  test('sign-up signs the person in and mails a link in their language; the link confirms once; they stay signed in', async () => {
    const c = t().client();
    const res = await c.submit('/fr/sign-up', {
      name: 'Amélie Dubois',
      email: ' Amelie@Example.be ',
      password: PASSWORD,
    });
    assert.equal(res.status, 303);
    assert.equal(res.location, '/fr/sign-up/sent');
    assert.ok(c.cookie('sid'), 'signed in straight away');
    assert.match((await c.get(res.location!)).body, /Consultez vos e-mails/);
    // Until the address is confirmed, what needs it says so.
    const unconfirmed = await c.get('/fr/account');
    assert.equal(unconfirmed.status, 200);
    assert.match(unconfirmed.body, /Amélie Dubois/);
    assert.equal((await c.get('/fr/sign/apply')).status, 200);
    assert.match((await c.get('/fr/sign/apply')).body, /<h1>[^<]*confirm/i);

    const row = await userByEmail(t(), 'amelie@example.be');
    assert.ok(row);
    assert.equal(row.locale, 'fr');
    assert.equal(row.email_verified_at, null);
    assert.match(row.password_hash ?? '', /^\$argon2id\$/);

    const [mail] = await mailsTo(t(), 'amelie@example.be');
    assert.ok(mail);
    assert.equal(mail.subject, 'Confirmez votre adresse e-mail');
    assert.match(mail.text, /Bonjour Amélie Dubois/);
    const link = mail.links.find((l) => l.includes('/fr/verify-email/'));
    assert.ok(link, 'the mail holds a confirmation link');
    const stored = await t().db.selectFrom('tokens').select('id_hash').where('user_id', '=', row.id).execute();
    assert.ok(
      stored.every((s) => !link.includes(s.id_hash)),
      'only the hash is stored',
    );

    // Opening the link shows a button and changes nothing (mail scanners open links too).
    const page = await c.get(localPath(link));
    assert.equal(page.status, 200);
    assert.equal((await userByEmail(t(), 'amelie@example.be'))?.email_verified_at, null);

    const confirmed = await c.submit(localPath(link), {});
    assert.equal(confirmed.status, 303);
    assert.equal(confirmed.location, '/fr/account', 'no second sign-in');
    assert.notEqual((await userByEmail(t(), 'amelie@example.be'))?.email_verified_at, null);

    const again = await c.get(localPath(link));
    assert.equal(again.status, 410);
    assert.match(again.body, /Ce lien a déjà été utilisé/);

    const account = await c.get('/fr/account');
    assert.equal(account.status, 200);
    assert.match(account.body, /Amélie Dubois/);
    assert.match(account.body, /Confirmée/);

    const actions = await t().db.selectFrom('audit_log').select('action').where('subject_id', '=', row.id).execute();
    assert.deepEqual(actions.map((a) => a.action).sort(), [
      'accounts.email_verified',
      'accounts.signed_in',
      'accounts.signed_up',
    ]);
  });

  test('someone who signs up on the way to the application comes back to it after confirming', async () => {
    const c = t().client();
    const form = await c.get('/nl/sign-up?next=%2Fnl%2Fsign%2Fapply');
    assert.match(form.body, /name="next" value="\/nl\/sign\/apply"/);
    const res = await c.post(
      '/nl/sign-up',
      { name: 'Jan Peeters', email: 'jan.next@example.be', password: PASSWORD, next: '/nl/sign/apply' },
      Client.csrfOf(form.body),
    );
    assert.equal(res.status, 303);
    const [mail] = await mailsTo(t(), 'jan.next@example.be');
    const link = mail!.links.find((l) => l.includes('/nl/verify-email/'))!;
    const confirmed = await c.submit(localPath(link), {});
    assert.equal(confirmed.location, '/nl/sign/apply', 'straight on, still signed in');
    // In a browser without the session (the link opened on a phone), through sign-in.
    const other = t().client();
    const [again] = await mailsTo(t(), 'jan.next@example.be');
    assert.ok(again);
    // A foreign address is never followed.
    const evil = await other.post(
      '/nl/sign-up',
      { name: 'Eve', email: 'eve.next@example.be', password: PASSWORD, next: '//evil.example/x' },
      Client.csrfOf((await other.get('/nl/sign-up')).body),
    );
    assert.equal(evil.status, 303);
    const [evilMail] = await mailsTo(t(), 'eve.next@example.be');
    const evilLink = localPath(evilMail!.links.find((l) => l.includes('/verify-email/'))!);
    const evilConfirmed = await t().client().submit(evilLink, {});
    assert.equal(
      evilConfirmed.location,
      '/nl/sign-in',
      'not signed in here: through sign-in, never to the foreign address',
    );
  });

  test('an address that already has an account gets the same answer; only its owner hears of it', async () => {
    const owner = await createUser(t().db, { email: 'owner@example.be', name: 'Olga Owner', locale: 'de' });
    const before = await userByEmail(t(), owner.email);
    const c = t().client();
    const res = await c.submit('/en/sign-up', { name: 'Someone Else', email: 'OWNER@example.be', password: PASSWORD });
    assert.equal(res.status, 303);
    assert.equal(res.location, '/en/sign-up/sent');

    const after = await userByEmail(t(), owner.email);
    assert.deepEqual(after, before, 'the existing account is untouched');
    const mails = await mailsTo(t(), owner.email);
    assert.equal(mails.length, 1);
    assert.equal(mails[0]!.subject, 'Jemand wollte mit Ihrer E-Mail-Adresse ein Konto erstellen');
    assert.ok(mails[0]!.links.some((l) => l.endsWith('/de/sign-in')));
    assert.ok(mails[0]!.links.some((l) => l.endsWith('/de/forgot-password')));
    assert.ok(!mails[0]!.links.some((l) => l.includes('verify-email')));
  });

  test('bad input in French: French messages, typed values kept, password never echoed', async () => {
    const c = t().client();
    const res = await c.submit('/fr/sign-up', {
      name: 'Jean-Émile Dupont',
      email: 'pas-une-adresse',
      password: 'court',
    });
    assert.equal(res.status, 400);
    assert.match(res.body, /<title>Erreur\s*:/);
    assert.match(res.body, /Il y a 2 problèmes/);
    assert.match(res.body, /Indiquez une adresse e-mail comme nom@exemple\.be/);
    assert.match(res.body, /Utilisez au moins 12 caractères/);
    assert.match(res.body, /value="Jean-Émile Dupont"/);
    assert.match(res.body, /value="pas-une-adresse"/);
    assert.doesNotMatch(res.body, /court/);

    const common = await c.submit('/fr/sign-up', { name: 'Jean', email: 'jean@example.be', password: 'azerty123456' });
    assert.equal(common.status, 400);
    assert.match(common.body, /ressemble trop à un mot de passe que beaucoup de personnes utilisent/);
    assert.equal(await userByEmail(t(), 'jean@example.be'), undefined);
  });

  test('a sixth sign-up from one connection within the hour is refused on the form', async () => {
    for (let i = 0; i < 5; i++) {
      // A fresh browser each time: a sign-up signs its browser in.
      const ok = await t()
        .client()
        .submit('/en/sign-up', {
          name: `Person ${i}`,
          email: `burst${i}@example.be`,
          password: PASSWORD,
        });
      assert.equal(ok.status, 303);
    }
    const res = await t()
      .client()
      .submit('/en/sign-up', { name: 'Sixth Person', email: 'burst5@example.be', password: PASSWORD });
    assert.equal(res.status, 429);
    assert.ok(Number(res.headers['retry-after']) > 3000);
    assert.match(res.body, /You tried this too many times\. Wait 60 minutes/);
    assert.match(res.body, /value="Sixth Person"/);
    assert.match(res.body, /value="burst5@example.be"/);
    assert.equal(await userByEmail(t(), 'burst5@example.be'), undefined);
  });

  test('a form sent without its CSRF token is refused with 403', async () => {
    const c = t().client();
    await c.get('/en/sign-up');
    const res = await c.post('/en/sign-up', { name: 'No Token', email: 'csrf@example.be', password: PASSWORD });
    assert.equal(res.status, 403);
    assert.match(res.body, /The form has expired/);
    assert.equal(await userByEmail(t(), 'csrf@example.be'), undefined);

    const user = await createUser(t().db);
    const signedIn = await signedInClient(t(), user);
    await signedIn.get('/en/account');
    assert.equal((await signedIn.post('/en/account/sign-out-everywhere', {})).status, 403);
    assert.equal((await signedIn.get('/en/account')).status, 200, 'still signed in');
  });

  test('a new confirmation link can be asked for, with the same answer for any address', async () => {
    const waiting = await createUser(t().db, { email: 'waiting@example.be', verified: false, locale: 'nl' });
    const c = t().client();
    const res = await c.submit('/nl/resend-verification', { email: waiting.email });
    assert.equal(res.status, 303);
    assert.equal(res.location, '/nl/resend-verification/sent');
    const unknown = await c.submit('/nl/resend-verification', { email: 'nobody@example.be' });
    assert.equal(unknown.location, '/nl/resend-verification/sent');

    const mails = await mailsTo(t(), waiting.email);
    assert.equal(mails.length, 1);
    assert.equal(mails[0]!.subject, 'Bevestig uw e-mailadres');
    assert.equal((await mailsTo(t(), 'nobody@example.be')).length, 0);

    const confirmed = await c.submit(localPath(mails[0]!.links.find((l) => l.includes('/verify-email/'))!), {});
    assert.equal(confirmed.status, 303);
    assert.notEqual((await userByEmail(t(), waiting.email))?.email_verified_at, null);
  });

  test('an unconfirmed person may sign in; the account page asks them to confirm and can resend', async () => {
    const user = await createUser(t().db, { email: 'unconfirmed@example.be', verified: false, locale: 'en' });
    const c = t().client();
    assert.equal((await signInThroughForm(c, user.email, TEST_PASSWORD)).location, '/en/account');
    const page = await c.get('/en/account');
    assert.match(page.body, /Confirm your email address/);
    assert.match(page.body, /Not confirmed yet/);

    const resend = await c.submit('/en/account', {}, '/en/account/resend-verification');
    assert.equal(resend.status, 303);
    assert.match((await c.get(resend.location!)).body, /We sent you a new link/);
    const mails = await mailsTo(t(), user.email);
    assert.equal(mails.length, 1);
    assert.ok(mails[0]!.links.some((l) => l.includes('/en/verify-email/')));

    // Three mails an hour at most; the fourth request says how long to wait.
    await c.submit('/en/account', {}, '/en/account/resend-verification');
    await c.submit('/en/account', {}, '/en/account/resend-verification');
    const limited = await c.submit('/en/account', {}, '/en/account/resend-verification');
    assert.equal(limited.status, 429);
    assert.match(limited.body, /You tried this too many times\. Wait 60 minutes/);
    assert.equal((await mailsTo(t(), user.email)).length, 3);
  });
});
