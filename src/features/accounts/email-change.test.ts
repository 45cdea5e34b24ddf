import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { describeEachEngine, type TestApp } from '../../../test/support/harness.ts';
import {
  clearRateLimits,
  createUser,
  localPath,
  signedInClient,
  TEST_PASSWORD,
} from '../../../test/support/accounts.ts';

async function emailOf(t: TestApp, id: string): Promise<string> {
  const row = await t.db.selectFrom('users').select('email').where('id', '=', id).executeTakeFirstOrThrow();
  return row.email;
}

describeEachEngine('accounts: profile and e-mail address', (t) => {
  beforeEach(() => clearRateLimits(t().db));

  test('a new address counts only after the link sent to it is used; the old address is told', async () => {
    const user = await createUser(t().db, { email: 'old@example.be', locale: 'fr' });
    const c = await signedInClient(t(), user);

    const wrong = await c.submit('/fr/account/email', { email: 'new@example.be', current_password: 'pas le bon' });
    assert.equal(wrong.status, 400);
    assert.match(wrong.body, /Ce n’est pas votre mot de passe actuel/);
    assert.match(wrong.body, /value="new@example.be"/);

    const res = await c.submit('/fr/account/email', { email: 'New@Example.be', current_password: TEST_PASSWORD });
    assert.equal(res.status, 303);
    assert.equal(res.location, '/fr/account');
    assert.equal(await emailOf(t(), user.id), 'old@example.be', 'nothing changes yet');
    const account = await c.get('/fr/account');
    assert.match(account.body, /Votre nouvelle adresse e-mail n’est pas encore confirmée/);
    assert.match(account.body, /new@example\.be/);

    const mails = await t().mails();
    const notice = mails.find((m) => m.to === 'old@example.be');
    assert.ok(notice);
    assert.equal(notice.subject, 'Quelqu’un veut modifier l’adresse e-mail de votre compte');
    assert.match(notice.text, /new@example\.be/);
    assert.ok(!notice.links.some((l) => l.includes('/confirm-email/')), 'the old address gets no confirmation link');
    const confirm = mails.find((m) => m.to === 'new@example.be');
    assert.ok(confirm);
    const link = localPath(confirm.links.find((l) => l.includes('/fr/confirm-email/'))!);

    const other = t().client();
    const page = await other.get(link);
    assert.equal(page.status, 200);
    assert.match(page.body, /new@example\.be/);
    assert.equal(await emailOf(t(), user.id), 'old@example.be', 'opening the link changes nothing');

    const done = await c.submit(link, {});
    assert.equal(done.status, 303);
    assert.equal(done.location, '/fr/account');
    assert.equal(await emailOf(t(), user.id), 'new@example.be');
    assert.match((await c.get('/fr/account')).body, /Votre adresse e-mail est modifiée/);
    assert.equal((await other.get(link)).status, 410);

    const audit = await t()
      .db.selectFrom('audit_log')
      .select('details')
      .where('subject_id', '=', user.id)
      .where('action', '=', 'accounts.email_changed')
      .executeTakeFirstOrThrow();
    assert.deepEqual(JSON.parse(audit.details), { sessionsEnded: 0 });
    const lines = await t().db.selectFrom('audit_log').select('details').where('subject_id', '=', user.id).execute();
    assert.ok(!lines.some((l) => l.details.includes('@')), 'no address in the audit details');
  });

  test('confirming a new address ends the other sessions and the pending reset links', async () => {
    const user = await createUser(t().db, { email: 'moving@example.be', locale: 'en' });
    const here = await signedInClient(t(), user);
    const elsewhere = await signedInClient(t(), user);
    await t().client().submit('/en/forgot-password', { email: user.email });
    const resetLink = localPath(
      (await t().mails())
        .find((m) => m.to === user.email && m.links.some((l) => l.includes('/reset-password/')))!
        .links.find((l) => l.includes('/reset-password/'))!,
    );
    assert.equal((await t().client().get(resetLink)).status, 200, 'the reset link works before');

    await here.submit('/en/account/email', { email: 'moved@example.be', current_password: TEST_PASSWORD });
    const confirm = (await t().mails()).find((m) => m.to === 'moved@example.be')!;
    const link = localPath(confirm.links.find((l) => l.includes('/confirm-email/'))!);
    assert.equal((await here.submit(link, {})).status, 303);

    assert.equal((await here.get('/en/account')).status, 200, 'the browser that confirmed stays signed in');
    assert.equal((await elsewhere.get('/en/account')).status, 303, 'the other session has ended');
    assert.equal((await t().client().get(resetLink)).status, 404, 'the reset link is gone');
    const sessions = await t().db.selectFrom('sessions').select('id_hash').where('user_id', '=', user.id).execute();
    assert.equal(sessions.length, 1);
  });

  test('an address already in use gets the same answer, and no link is sent', async () => {
    const taken = await createUser(t().db, { email: 'taken@example.be', locale: 'nl' });
    const user = await createUser(t().db, { locale: 'en' });
    const c = await signedInClient(t(), user);
    const res = await c.submit('/en/account/email', { email: taken.email, current_password: TEST_PASSWORD });
    assert.equal(res.status, 303);
    assert.equal(res.location, '/en/account');
    const account = await c.get('/en/account');
    assert.match(account.body, /We sent a link to your new email address/);
    assert.match(account.body, /Your new email address is not confirmed yet/);

    const toTaken = (await t().mails()).filter((m) => m.to === taken.email);
    assert.equal(toTaken.length, 1);
    assert.equal(toTaken[0]!.subject, 'Uw e-mailadres heeft al een account');
    assert.ok(!toTaken[0]!.links.some((l) => l.includes('/confirm-email/')));
    assert.equal(await emailOf(t(), user.id), user.email);
    assert.equal(await emailOf(t(), taken.id), taken.email);
  });

  test('name and language can be changed; mails then use the new language', async () => {
    const user = await createUser(t().db, { locale: 'nl', verified: false });
    const c = await signedInClient(t(), user);
    const form = await c.get('/en/account/profile');
    assert.match(form.body, new RegExp(`value="${user.name}"`));
    assert.match(form.body, /value="nl" checked/);

    const bad = await c.submit('/en/account/profile', { name: '', locale: 'xx' });
    assert.equal(bad.status, 400);
    assert.match(bad.body, /Fill in this field/);

    const res = await c.submit('/en/account/profile', { name: 'Nouveau Nom', locale: 'fr' });
    assert.equal(res.status, 303);
    const account = await c.get('/en/account');
    assert.match(account.body, /Nouveau Nom/);
    assert.match(account.body, /Français/);

    await c.submit('/en/account', {}, '/en/account/resend-verification');
    const mail = (await t().mails()).filter((m) => m.to === user.email).at(-1);
    assert.equal(mail?.subject, 'Confirmez votre adresse e-mail');
    assert.ok(mail?.links.some((l) => l.includes('/fr/verify-email/')));
  });
});
