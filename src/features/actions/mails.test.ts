import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import { follow, setMailChoice } from '../following/service.ts';
import { postUpdate } from './service-indicators.ts';
import { askToJoin, decidePartner } from './service-partners.ts';
import { proposeAction } from './service-propose.ts';
import { depsOf, validAction, world, type World } from './test-support.ts';

// The actions' mails (issue 7): the lead's administrators hear that a signatory asks to join,
// and the asking organisation's people that they were accepted; each as they chose in their
// notification settings (off, at once, or in the weekly digest). Followers hear that a partner
// joined and that news was posted.

describeEachEngine('actions: mails and followers’ news', (t) => {
  let w: World;
  let weeklyAdmin: TestUser;
  let instantAdmin: TestUser;
  let offAdmin: TestUser;
  let leadMember: TestUser;
  let askerInstant: TestUser;
  let askerWeekly: TestUser;
  let asking: { id: string; name: string };
  let slug: string;
  let actionId: string;

  const kept = (userId: string) =>
    t().db.selectFrom('follow_news').select(['subject_id', 'text', 'path']).where('user_id', '=', userId).execute();
  const mailsTo = async (user: TestUser) => (await t().mails()).filter((m) => m.to.includes(user.email));

  before(async () => {
    w = await world(t());
    weeklyAdmin = await createUser(t().db, { locale: 'fr' });
    instantAdmin = await createUser(t().db, { locale: 'en' });
    offAdmin = await createUser(t().db, { locale: 'en' });
    leadMember = await createUser(t().db, { locale: 'en' });
    const lead = await createOrganisation(t().db, {
      name: 'Stad Gent',
      members: [
        { user: weeklyAdmin, role: 'admin' },
        { user: instantAdmin, role: 'admin' },
        { user: offAdmin, role: 'admin' },
        { user: leadMember, role: 'member' },
      ],
    });
    askerInstant = await createUser(t().db, { locale: 'de' });
    askerWeekly = await createUser(t().db, { locale: 'nl' });
    asking = await createOrganisation(t().db, {
      name: 'Digitaal Huis vzw',
      members: [
        { user: askerInstant, role: 'admin' },
        { user: askerWeekly, role: 'member' },
      ],
    });
    await setMailChoice(t().db, instantAdmin.id, 'following-news', 'instant');
    await setMailChoice(t().db, offAdmin.id, 'actions-join-request', 'off');
    await setMailChoice(t().db, askerInstant.id, 'following-news', 'instant');
    const made = await proposeAction(depsOf(t()), instantAdmin.id, lead.id, {
      ...validAction({ title: 'Tablets in de wijk' }),
      obstacleRefs: [w.obstacle.slug],
    });
    assert.ok(made.ok);
    ({ slug, id: actionId } = made.value);
    await t().mails();
  });

  test('a request to join reaches the lead’s administrators as each chose, and no one else', async () => {
    assert.ok((await askToJoin(depsOf(t()), askerWeekly.id, slug, asking.id)).ok);
    const now = await mailsTo(instantAdmin);
    assert.equal(now.length, 1);
    assert.equal(now[0]!.subject, 'Digitaal Huis vzw asks to join “Tablets in de wijk”');
    assert.match(now[0]!.text, /Dear /);
    assert.ok(now[0]!.text.includes(`/en/actions/${slug}`));
    assert.ok(now[0]!.text.includes('/en/account/notifications'));
    // The weekly reader gets it in the digest, in French; the one who switched it off, nothing.
    assert.deepEqual(await mailsTo(weeklyAdmin), []);
    const waiting = await kept(weeklyAdmin.id);
    assert.equal(waiting.length, 1);
    assert.equal(waiting[0]!.subject_id, actionId);
    assert.equal(waiting[0]!.path, `/actions/${slug}`);
    assert.equal(
      waiting[0]!.text,
      'Digitaal Huis vzw demande à rejoindre l’action commune «\u00a0Tablets in de wijk\u00a0». Répondez à la demande sur sa page.',
    );
    assert.deepEqual(await kept(offAdmin.id), []);
    assert.deepEqual(await kept(leadMember.id), [], 'a member who is not an administrator does not answer requests');
  });

  test('accepted: the asking organisation’s people hear it, at once or weekly', async () => {
    await t().mails();
    assert.ok((await decidePartner(depsOf(t()), instantAdmin.id, slug, { orgId: asking.id, accept: true })).ok);
    const now = await mailsTo(askerInstant);
    assert.equal(now.length, 1);
    assert.equal(now[0]!.subject, 'Sie sind jetzt Partner von „Tablets in de wijk“');
    assert.match(now[0]!.text, /Stad Gent hat Ihre Organisation als Partner/);
    const waiting = await kept(askerWeekly.id);
    assert.deepEqual(
      waiting.map((n) => n.text),
      ['Stad Gent heeft uw organisatie aanvaard als partner van de gezamenlijke actie ‘Tablets in de wijk’.'],
    );
  });

  test('the settings page lists the two kinds; switched off, a request to join sends nothing', async () => {
    const page = await (await signedInClient(t(), offAdmin)).get('/en/account/notifications');
    assert.equal(page.status, 200);
    assert.match(page.body, /A signatory asks to join a joint action your organisation leads/);
    assert.match(page.body, /Your organisation was accepted as a partner of a joint action/);
    assert.match(page.body, /It comes at once, or in your weekly mail/);
    assert.deepEqual(await mailsTo(offAdmin), []);
  });

  test('followers hear that a partner joined and that news was posted', async () => {
    const instant = await createUser(t().db, { locale: 'en' });
    const weekly = await createUser(t().db, { locale: 'nl' });
    await setMailChoice(t().db, instant.id, 'following-news', 'instant');
    for (const person of [instant, weekly]) await follow(t().db, person.id, 'action', actionId);
    await t().mails();
    // Organisation A asks to join, and the lead accepts: news of a new partner.
    assert.ok((await askToJoin(depsOf(t()), w.a.id, slug, w.orgA.id)).ok);
    assert.ok((await decidePartner(depsOf(t()), instantAdmin.id, slug, { orgId: w.orgA.id, accept: true })).ok);
    assert.ok((await postUpdate(depsOf(t()), w.a.id, slug, { body: 'De eerste tablets zijn er.', postedOn: null })).ok);
    const mails = (await mailsTo(instant)).map((m) => m.text);
    assert.equal(mails.length, 2, mails.join(' | '));
    assert.ok(mails.some((m) => m.includes('Bank Alfa became a partner in the joint action “Tablets in de wijk”.')));
    assert.ok(mails.some((m) => m.includes('Bank Alfa posted news about the joint action “Tablets in de wijk”.')));
    assert.deepEqual((await kept(weekly.id)).map((n) => n.text).sort(), [
      'Bank Alfa plaatste nieuws over de gezamenlijke actie ‘Tablets in de wijk’.',
      'Bank Alfa werd partner van de gezamenlijke actie ‘Tablets in de wijk’.',
    ]);
  });
});
