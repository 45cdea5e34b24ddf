import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient } from '../../../test/support/accounts.ts';
import { Client } from '../../../test/support/client.ts';
import { decodeHtml, ensureCharter } from '../signing/test-support.ts';
import { forgetRecipients } from './retention.ts';
import { newestReferral, world, type World } from './test-support.ts';

// The referrals' pages: an e-mail in the recipient's language with a link that works, a wrong
// form back with its values, links that no longer work explained (never a 500), nobody else's
// invitations to see or stop, and the public chain of who brought whom as nested lists.

describeEachEngine('referrals: the pages', (t) => {
  let w: World;
  before(async () => {
    await ensureCharter(t());
    w = await world(t(), 'Mutualité Horizon');
  });
  const list = () => `/en/organisations/${w.org.id}/referrals`;

  test('an e-mail invitation goes in the recipient’s language, with a link that opens the invitation', async () => {
    const admin = await signedInClient(t(), w.admin);
    const sent = await admin.submit(`${list()}/email`, {
      inviteeName: 'Sozialzentrum Eupen',
      recipientName: 'Anna Schmitz',
      recipientEmail: 'Anna.Schmitz@Eupen.example',
      recipientLang: 'de',
      message: 'Liebe Anna, machen Sie mit!\nViele Grüße',
    });
    assert.equal(sent.status, 303);
    assert.equal(sent.location, list());
    const mail = (await t().mails()).find((m) => m.to.includes('anna.schmitz@eupen.example'));
    assert.ok(mail, 'a mail to the address typed, lower-cased');
    assert.equal(mail.subject, 'Mutualité Horizon lädt Sie ein, die Charta für digitale Inklusion zu unterzeichnen');
    assert.match(mail.text, /Guten Tag Anna Schmitz,/);
    assert.match(mail.text, /Liebe Anna, machen Sie mit!\nViele Grüße/);
    const referral = await newestReferral(t(), w.org.id);
    assert.equal(referral.kind, 'email');
    assert.equal(referral.recipient_lang, 'de');
    const link = mail.links.find((l) => l.includes('/join/'));
    assert.equal(new URL(link!).pathname, `/de/join/${referral.token}`);
    const page = await t().client().get(new URL(link!).pathname);
    assert.equal(page.status, 200);
    assert.match(decodeHtml(page.body), /Mutualité Horizon lädt Ihre Organisation ein/);
    assert.match(page.body, /<html lang="de"/);
    // The list says where it went, and in which language.
    assert.match((await admin.get(list())).body, /E-mail to anna\.schmitz@eupen\.example · language: German/);
  });

  test('a wrong form comes back with its errors and every value typed', async () => {
    const admin = await signedInClient(t(), w.admin);
    const wrong = await admin.submit(`/fr/organisations/${w.org.id}/referrals/email`, {
      inviteeName: 'Bibliothèque de Namur',
      recipientName: '',
      recipientEmail: 'pas-une-adresse',
      recipientLang: 'xx',
      message: 'Rejoignez-nous <b>vite</b>',
    });
    assert.equal(wrong.status, 400);
    assert.match(wrong.body, /class="error-summary"/);
    assert.match(wrong.body, /<title>Erreur/);
    assert.match(decodeHtml(wrong.body), /value="Bibliothèque de Namur"/);
    assert.match(wrong.body, /value="pas-une-adresse"/);
    assert.match(decodeHtml(wrong.body), />Rejoignez-nous <b>vite<\/b><\/textarea>/);
    assert.match(decodeHtml(wrong.body), /Choisissez la langue de l’e-mail/);
    const long = await admin.submit(list(), { inviteeName: 'x'.repeat(161) }, `${list()}/link`);
    assert.equal(long.status, 400);
    assert.match(long.body, /class="error-summary"/);
    assert.ok(long.body.includes(`value="${'x'.repeat(161)}"`));
  });

  test('an unknown, expired or stopped link gets a clear page, never a 500', async () => {
    const anyone = t().client();
    const unknown = await anyone.get(`/en/join/${'x'.repeat(43)}`);
    assert.equal(unknown.status, 404);
    assert.match(unknown.body, /This invitation link does not work/);
    // Damaged links: a refusal the person can read, never a server error.
    for (const token of ['%E2%80%8B%00', 'a'.repeat(3000), '..%2F..%2Fetc']) {
      const res = await anyone.get(`/en/join/${token}`);
      assert.ok([400, 404].includes(res.status), `${token.slice(0, 20)} → ${res.status}`);
    }

    const admin = await signedInClient(t(), w.admin);
    await admin.submit(list(), { inviteeName: 'Old link' }, `${list()}/link`);
    const old = await newestReferral(t(), w.org.id);
    await t()
      .db.updateTable('referrals')
      .set({ expires_at: '2020-01-01T00:00:00.000Z' })
      .where('id', '=', old.id)
      .execute();
    const expired = await anyone.get(`/en/join/${old.token}`);
    assert.equal(expired.status, 410);
    assert.match(expired.body, /This invitation link has expired/);
    const pressed = await anyone.post(
      `/en/join/${old.token}`,
      {},
      Client.csrfOf((await anyone.get('/en/sign-in')).body),
    );
    assert.equal(pressed.status, 410);
    assert.equal((await newestReferral(t(), w.org.id)).open_count, 0, 'an expired link counts no opening');

    await admin.submit(list(), { inviteeName: 'Stopped link' }, `${list()}/link`);
    const stopped = await newestReferral(t(), w.org.id);
    const revoked = await admin.submit(list(), { referral: stopped.id }, `${list()}/revoke`);
    assert.equal(revoked.status, 303);
    assert.equal((await newestReferral(t(), w.org.id)).state, 'revoked');
    const gone = await anyone.get(`/en/join/${stopped.token}`);
    assert.equal(gone.status, 410);
    assert.match(gone.body, /This invitation link is no longer active/);
    // Stopping it again is refused on the list, with the reason.
    const again = await admin.submit(list(), { referral: stopped.id }, `${list()}/revoke`);
    assert.equal(again.status, 400);
    assert.match(again.body, /This link can no longer be stopped/);
  });

  test('another organisation’s admin can neither see nor stop the invitations; a member reads them', async () => {
    const admin = await signedInClient(t(), w.admin);
    await admin.submit(list(), { inviteeName: 'Private link' }, `${list()}/link`);
    const mine = await newestReferral(t(), w.org.id);
    const outsider = await signedInClient(t(), w.outsider);
    assert.equal((await outsider.get(list())).status, 403);
    const theirs = `/en/organisations/${w.other.id}/referrals`;
    const page = await outsider.get(theirs);
    assert.equal(page.status, 200);
    assert.ok(!page.body.includes(mine.token), 'their list does not show our link');
    const refused = await outsider.post(`${theirs}/revoke`, { referral: mine.id }, Client.csrfOf(page.body));
    assert.equal(refused.status, 404);
    assert.equal(
      (await outsider.post(`${list()}/revoke`, { referral: mine.id }, Client.csrfOf(page.body))).status,
      403,
    );
    assert.equal((await newestReferral(t(), w.org.id)).state, 'sent');

    const member = await signedInClient(t(), w.member);
    const read = await member.get(`/nl/organisations/${w.org.id}/referrals`);
    assert.equal(read.status, 200);
    assert.ok(read.body.includes(mine.token));
    assert.ok(!read.body.includes('/referrals/revoke'), 'a member has no stop buttons');
    assert.equal((await member.get(`${list()}/email`)).status, 403);
  });

  test('the chain lists who brought whom as nested lists: A → B → C', async () => {
    const { db } = t();
    const a = await createOrganisation(db, { name: 'Aaa Keten Eerste' });
    const b = await createOrganisation(db, { name: 'Aaa Keten Tweede', status: 'withdrawn' });
    const c = await createOrganisation(db, { name: 'Aaa Keten Derde' });
    const hidden = await createOrganisation(db, { name: 'Aaa Keten Aanvrager', status: 'applicant' });
    await db.updateTable('organisations').set({ invited_by_org_id: a.id }).where('id', '=', b.id).execute();
    await db
      .updateTable('organisations')
      .set({ invited_by_org_id: b.id })
      .where('id', 'in', [c.id, hidden.id])
      .execute();
    const page = await t().client().get('/en/referrals/chain');
    assert.equal(page.status, 200);
    assert.equal(page.body.match(/<h1[\s>]/g)?.length, 1);
    const link = (o: { slug: string }) => `<a href="/en/signatories/${o.slug}">`;
    const nested = new RegExp(
      `<li>${link(a)}Aaa Keten Eerste</a> <span class="hint">\\(brought in 1 organisation, 2 along the whole chain\\)</span><ul><li>${link(b)}Aaa Keten Tweede</a> <strong class="tag tag--grey">Withdrawn</strong> <span class="hint">\\(brought in 1 organisation\\)</span><ul><li>${link(c)}Aaa Keten Derde</a></li></ul></li></ul></li>`,
    );
    assert.match(page.body, nested);
    assert.ok(!page.body.includes(hidden.slug), 'an applicant is never public');
    const directory = await t().client().get('/en/signatories');
    assert.match(directory.body, /href="\/en\/referrals\/chain"/);
  });

  test('after a year the recipient of an e-mail invitation is forgotten, the invitation kept', async () => {
    const { db } = t();
    const admin = await signedInClient(t(), w.admin);
    await admin.submit(`${list()}/email`, {
      inviteeName: 'Vzw Oud',
      recipientName: 'Jan Oud',
      recipientEmail: 'jan@oud.example',
      recipientLang: 'nl',
    });
    const old = await newestReferral(t(), w.org.id);
    await db
      .updateTable('referrals')
      .set({ created_at: '2024-01-01T00:00:00.000Z' })
      .where('id', '=', old.id)
      .execute();
    assert.equal(await forgetRecipients(db), 1);
    const row = await db.selectFrom('referrals').selectAll().where('id', '=', old.id).executeTakeFirstOrThrow();
    assert.deepEqual(
      [row.recipient_name, row.recipient_email, row.message, row.invitee_name],
      [null, null, null, 'Vzw Oud'],
    );
    assert.equal(await forgetRecipients(db), 0);
    assert.match((await admin.get(list())).body, /E-mail \(after a year we no longer keep the address\)/);
  });

  test('the link’s code stays with a saved draft, and only with the inviter it came from', async () => {
    const admin = await signedInClient(t(), w.admin);
    await admin.submit(list(), { inviteeName: 'Draft vzw' }, `${list()}/link`);
    const referral = await newestReferral(t(), w.org.id);
    const invitee = await signedInClient(t(), await createUser(t().db));
    const go = await invitee.submit(`/en/join/${referral.token}`, {});
    const form = await invitee.get(go.location!);
    const invitedBy = form.body.match(/name="invitedBy" type="text" value="([^"]+)"/)?.[1];
    assert.ok(invitedBy, 'invited by is filled in');
    const saved = await invitee.postMultipart(
      '/en/sign/apply',
      { legalName: 'Draft vzw', invitedBy, referral: referral.token, action: 'save' },
      Client.csrfOf(form.body),
    );
    assert.equal(saved.status, 303);
    const again = await invitee.get('/en/sign/apply');
    assert.ok(again.body.includes(`name="referral" value="${referral.token}"`), 'the draft kept the code');
    // Another inviter's link does not slip its code under the draft's inviter.
    const other = await createOrganisation(t().db, { name: 'Other Inviter' });
    const mixed = await invitee.get(`/en/sign/apply?invitedBy=${other.slug}&referral=${'y'.repeat(43)}`);
    assert.ok(mixed.body.includes(`name="referral" value="${referral.token}"`), 'the draft’s code stays');
  });
});
