import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import * as practices from '../practices/service.ts';
import { depsOf, validPractice } from '../practices/test-support.ts';
import { follow, FOLLOWED_PAGE, wantsMail } from './service.ts';

// The notification settings page: what each person is shown, what is saved and audited, and
// that a mail switched off is not sent while the same mail still reaches who kept it on.

describeEachEngine('following: notification settings', (t) => {
  let admin: TestUser;
  let otherAdmin: TestUser;
  let adopter: TestUser;
  let orgId: string;
  let adopterOrgId: string;
  let slug: string;

  before(async () => {
    admin = await createUser(t().db, { locale: 'en', email: 'admin.off@example.be' });
    otherAdmin = await createUser(t().db, { locale: 'nl', email: 'admin.on@example.be' });
    adopter = await createUser(t().db);
    const reviewer = await createUser(t().db, { secretariat: true });
    orgId = (
      await createOrganisation(t().db, {
        status: 'signatory',
        members: [
          { user: admin, role: 'admin' },
          { user: otherAdmin, role: 'admin' },
        ],
      })
    ).id;
    adopterOrgId = (
      await createOrganisation(t().db, { name: 'CPAS de Namur', members: [{ user: adopter, role: 'member' }] })
    ).id;
    const deps = depsOf(t());
    const saved = await practices.savePractice(
      deps,
      admin.id,
      { orgId, practiceId: null },
      { kind: 'checked', input: validPractice() },
    );
    assert.ok(saved.ok);
    assert.ok((await practices.submitPractice(deps, admin.id, orgId, saved.value.practiceId)).ok);
    const view = await practices.practiceForOrg(t().db, orgId, saved.value.practiceId);
    assert.ok((await practices.publishRevision(deps, reviewer.id, view!.working!.revision.id)).ok);
    slug = (await practices.practiceForOrg(t().db, orgId, saved.value.practiceId))!.practice.slug;
  });

  test('the page lists switchable mails for this person and those always sent; the account links to it', async () => {
    const client = await signedInClient(t(), admin);
    assert.match(
      (await client.get('/en/account')).body,
      /<a href="\/en\/account\/notifications">Your mail choices<\/a>/,
    );
    const page = await client.get('/en/account/notifications');
    assert.equal(page.status, 200);
    assert.equal(page.body.match(/<h1>/g)?.length, 1);
    assert.match(
      page.body,
      /<input class="choice__input" id="field-news-weekly" name="news" type="radio" value="weekly" checked/,
    );
    assert.match(page.body, /value="practices-adopted" checked/);
    assert.match(page.body, /Another organisation adopted a practice of your organisation/);
    // Always sent: listed, with no box to untick.
    assert.match(page.body, /Confirming your address, choosing a new password/);
    assert.doesNotMatch(page.body, /value="accounts-access"/);
    // A secretariat's daily summary is not for an organisation's administrator.
    assert.doesNotMatch(page.body, /practices-digest/);

    const plain = await signedInClient(t(), await createUser(t().db));
    const theirs = (await plain.get('/en/account/notifications')).body;
    assert.doesNotMatch(theirs, /practices-adopted/);
    assert.match(theirs, /name="news"/);
  });

  test('a choice is saved, audited and shown; a wrong value shows the form again with what was chosen', async () => {
    const client = await signedInClient(t(), admin);
    const wrong = await client.submit('/en/account/notifications', { news: 'hourly', mails: ['practices-review'] });
    assert.equal(wrong.status, 400);
    assert.match(wrong.body, /class="error-summary"/);
    assert.match(wrong.body, /value="practices-review" checked/);
    assert.doesNotMatch(wrong.body, /value="practices-adopted" checked/);

    // Every other kind an administrator sees stays ticked: only practices-adopted is switched off.
    const saved = await client.submit('/en/account/notifications', {
      news: 'instant',
      mails: [
        'practices-review',
        'practices-questioned',
        'actions-join-request',
        'actions-join-accepted',
        'campaigns-supporters',
        'reports-reminders',
      ],
    });
    assert.equal(saved.status, 303);
    assert.equal(saved.location, '/en/account/notifications');
    const page = await client.get('/en/account/notifications');
    assert.match(page.body, /Your choices are saved\./);
    assert.match(page.body, /value="instant" checked/);
    assert.doesNotMatch(page.body, /value="practices-adopted" checked/);
    assert.equal(await wantsMail(t().db, admin.id, 'practices-adopted'), false);
    assert.equal(await wantsMail(t().db, admin.id, 'practices-review'), true);
    const line = await t()
      .db.selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'following.settings_saved')
      .where('actor_user_id', '=', admin.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(JSON.parse(line.details), { off: ['practices-adopted'], news: 'instant', newsBefore: 'weekly' });
  });

  test('what one follows is listed newest first, a page at a time; a subject gone can still be unfollowed', async () => {
    const reader = await createUser(t().db);
    // Removed subjects (no such practice): listed as no longer available, each with its button.
    for (let i = 0; i <= FOLLOWED_PAGE; i++)
      await follow(t().db, reader.id, 'practice', `gone-${String(i).padStart(2, '0')}`);
    const client = await signedInClient(t(), reader);
    const first = await client.get('/en/account/notifications');
    const buttons = (body: string) =>
      [...body.matchAll(/action="\/en\/following\/practice\/(gone-\d+)\/unfollow"/g)].map((m) => m[1]);
    assert.equal(buttons(first.body).length, FOLLOWED_PAGE);
    assert.match(first.body, /No longer available/);
    const next = /<a class="pagination__link" href="([^"]+)" rel="next">/.exec(first.body)?.[1]?.replace(/&amp;/g, '&');
    assert.ok(next, 'a link to the next page');
    const second = await client.get(next);
    const rest = buttons(second.body);
    assert.equal(rest.length, 1);
    assert.ok(!buttons(first.body).includes(rest[0]), 'no item twice');
    const res = await client.submit(next, { back: 'settings' }, `/en/following/practice/${rest[0]}/unfollow`);
    assert.equal(res.status, 303);
    assert.equal(res.location, '/en/account/notifications#following');
  });

  test('a mail switched off is not sent; the administrator who kept it gets it', async () => {
    await t().mails();
    const before = (await t().mails()).length;
    const client = await signedInClient(t(), adopter);
    const res = await client.submit(
      `/nl/practices/${slug}`,
      { [`note-${adopterOrgId}`]: '' },
      `/nl/practices/${slug}/adoptions/${adopterOrgId}`,
    );
    assert.equal(res.status, 303);
    const sent = (await t().mails()).slice(before);
    assert.deepEqual(
      sent.map((m) => m.to),
      ['admin.on@example.be'],
    );
    assert.match(sent[0]!.subject, /CPAS de Namur heeft uw praktijk overgenomen/);
  });
});
