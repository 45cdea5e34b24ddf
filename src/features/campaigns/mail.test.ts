import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import { setMailChoice } from '../following/service.ts';
import { MAIL_KIND } from './service-mail.ts';
import { createCampaign } from './service.ts';
import { supportCampaign } from './service-support.ts';
import { validCampaign } from './test-support.ts';

// The secretariat writes to a campaign's supporters: the administrators of the supporting
// organisations, once each, as each chose in their notification settings: at once, in the
// weekly digest, or not at all when they switched the kind off. Members who are not
// administrators, and organisations that do not support it, get nothing.

describeEachEngine('campaigns: writing to the supporters', (t) => {
  let instant: TestUser;
  let weekly: TestUser;
  let off: TestUser;
  let member: TestUser;
  let outsider: TestUser;
  let campaignId: string;
  let editUrl: string;
  const mailsTo = async (user: TestUser) => (await t().mails()).filter((m) => m.to.includes(user.email));
  const kept = (user: TestUser) =>
    t().db.selectFrom('follow_news').select(['subject_id', 'text', 'path']).where('user_id', '=', user.id).execute();

  before(async () => {
    instant = await createUser(t().db, { locale: 'fr' });
    weekly = await createUser(t().db, { locale: 'nl' });
    off = await createUser(t().db, { locale: 'en' });
    member = await createUser(t().db, { locale: 'en' });
    outsider = await createUser(t().db, { locale: 'en' });
    const alfa = await createOrganisation(t().db, {
      name: 'Bank Alfa',
      members: [
        { user: instant, role: 'admin' },
        { user: off, role: 'admin' },
        { user: member, role: 'member' },
      ],
    });
    // `instant` runs two supporting organisations: one mail all the same.
    const beta = await createOrganisation(t().db, {
      name: 'Vzw Beta',
      members: [
        { user: weekly, role: 'admin' },
        { user: instant, role: 'admin' },
      ],
    });
    await createOrganisation(t().db, { name: 'Gamma', members: [{ user: outsider, role: 'admin' }] });
    await setMailChoice(t().db, instant.id, 'following-news', 'instant');
    await setMailChoice(t().db, off.id, MAIL_KIND, 'off');
    const secretary = await createUser(t().db, { secretariat: true });
    const made = await createCampaign(t().db, secretary.id, validCampaign());
    assert.ok(made.ok);
    campaignId = made.value.id;
    editUrl = `/en/secretariat/campaigns/${campaignId}/edit`;
    assert.ok((await supportCampaign(t().db, instant.id, campaignId, alfa.id)).ok);
    assert.ok((await supportCampaign(t().db, weekly.id, campaignId, beta.id)).ok);
    await t().mails();
  });

  test('the message says who gets it, refuses an empty form, and reaches each as they chose', async () => {
    const client = await signedInClient(t(), await createUser(t().db, { secretariat: true }));
    const url = editUrl.replace('/edit', '/message');
    const form = await client.get(url);
    assert.match(form.body, /The message goes to the administrators of 2 organisations, except those who switched/);
    const empty = await client.submit(url, { subject: 'Affiches', body: '' });
    assert.equal(empty.status, 400);
    assert.match(empty.body, /value="Affiches"/);
    const twoLines = await client.submit(url, { subject: 'Affiches\r\nBcc: x@example.be', body: 'Tekst' });
    assert.equal(twoLines.status, 400);
    assert.match(twoLines.body, /Write the subject on one line\./);
    const sent = await client.submit(url, { subject: 'Nieuwe affiches', body: 'De affiches zijn klaar.\nHaal ze op.' });
    assert.equal(sent.status, 303);

    const now = await mailsTo(instant);
    assert.equal(now.length, 1, 'one mail, though she runs two supporting organisations');
    assert.equal(now[0]!.subject, 'Nieuwe affiches');
    assert.match(now[0]!.text, /Bonjour /);
    assert.match(now[0]!.text, /Votre organisation soutient la campagne Semaine numérique\./, 'in her language');
    assert.match(now[0]!.text, /De affiches zijn klaar\.\nHaal ze op\./);
    assert.ok(now[0]!.text.includes('/fr/account/notifications'));
    assert.deepEqual(await kept(instant), []);

    assert.deepEqual(await mailsTo(weekly), [], 'the weekly reader waits for the digest');
    const waiting = await kept(weekly);
    assert.equal(waiting.length, 1);
    assert.equal(waiting[0]!.subject_id, campaignId);
    assert.match(
      waiting[0]!.text,
      /^Bericht over de campagne Digitale week: Nieuwe affiches\n\nDe affiches zijn klaar\./,
    );

    for (const nobody of [off, member, outsider]) {
      assert.deepEqual(await mailsTo(nobody), []);
      assert.deepEqual(await kept(nobody), []);
    }
    const audit = await t()
      .db.selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'campaigns.supporters_written')
      .executeTakeFirstOrThrow();
    assert.match(String(audit.details), /"atOnce":1/);
  });

  test('the kind is on the notification settings of an administrator', async () => {
    const page = await (await signedInClient(t(), off)).get('/en/account/notifications');
    assert.match(page.body, /Messages from the secretariat about campaigns your organisation supports/);
  });
});
