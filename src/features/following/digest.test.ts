import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createUser } from '../../../test/support/accounts.ts';
import { isoWeek, queueWeeklyDigest } from './digest.ts';
import { announce } from './service-news.ts';
import { follow, unfollow } from './service.ts';
import { askToJoin } from '../actions/service-partners.ts';
import { proposeAction } from '../actions/service-propose.ts';
import { depsOf, validAction, world } from '../actions/test-support.ts';

test('ISO weeks: Monday starts them, and the year is the Thursday’s', () => {
  assert.equal(isoWeek('2026-12-07T06:00:00.000Z'), '2026-W50');
  assert.equal(isoWeek('2026-12-06T23:59:00.000Z'), '2026-W49');
  assert.equal(isoWeek('2027-01-01T12:00:00.000Z'), '2026-W53');
  assert.equal(isoWeek('2024-12-30T12:00:00.000Z'), '2025-W01');
});

describeEachEngine('following: the weekly digest', (t) => {
  test('claimed once per week by one of several runs, one mail per person, the news then gone', async () => {
    const ann = await createUser(t().db, { locale: 'fr', email: 'ann@example.be' });
    const bob = await createUser(t().db, { locale: 'en', email: 'bob@example.be' });
    // Nothing followed here: the following routes check subjects; announce only reads follows.
    for (const user of [ann, bob]) await follow(t().db, user.id, 'practice', 'p1');
    await follow(t().db, ann.id, 'practice', 'p2');
    await announce(
      { db: t().db },
      {
        kind: 'practice',
        id: 'p1',
        title: { nl: 'Eerste', fr: 'Première' },
        url: '/practices/p1',
        text: { raw: 'Nouvelle version.' },
      },
    );
    await announce(
      { db: t().db },
      { kind: 'practice', id: 'p2', title: 'Deuxième', url: '/practices/p2', text: { raw: 'Adoptée.' } },
    );
    await t().mails();
    const before = (await t().mails()).length;

    const monday = '2031-03-03T01:00:00.000Z';
    const runs = await Promise.all([queueWeeklyDigest(t().db, monday), queueWeeklyDigest(t().db, monday)]);
    assert.deepEqual(
      runs.filter((r) => r !== null),
      [2],
      'one run claims the week and mails two people',
    );
    assert.equal(await queueWeeklyDigest(t().db, '2031-03-07T22:00:00.000Z'), null, 'later in the same week: nothing');

    const sent = (await t().mails()).slice(before);
    assert.deepEqual(sent.map((m) => m.to).sort(), ['ann@example.be', 'bob@example.be']);
    const annMail = sent.find((m) => m.to === 'ann@example.be')!;
    assert.equal(annMail.subject, 'Votre résumé de la semaine\u00a0: 2 nouvelles');
    assert.match(annMail.text, /Première\nNouvelle version\.\nhttp:\/\/localhost:\d+\/fr\/practices\/p1/);
    assert.match(annMail.text, /Deuxième\nAdoptée\./);
    const bobMail = sent.find((m) => m.to === 'bob@example.be')!;
    assert.match(bobMail.text, /Eerste\nNouvelle version\./, 'no English title: the first one given');
    assert.deepEqual(await t().db.selectFrom('follow_news').select('id').execute(), []);

    // The next week is claimed again; with no news, nobody gets a mail.
    assert.equal(await queueWeeklyDigest(t().db, '2031-03-10T01:00:00.000Z'), 0);
  });

  test('a request to join waits under its own heading, first, apart from the news', async () => {
    // B's administrator (Dutch, news weekly by default) leads an action; A asks to join it.
    const w = await world(t());
    const made = await proposeAction(depsOf(t()), w.b.id, w.orgB.id, {
      ...validAction({ title: 'Tablets in de wijk' }),
      obstacleRefs: [w.obstacle.slug],
    });
    assert.ok(made.ok);
    await follow(t().db, w.b.id, 'practice', 'p3');
    await announce(
      { db: t().db },
      { kind: 'practice', id: 'p3', title: 'Praktijk drie', url: '/practices/p3', text: { raw: 'Nieuwe versie.' } },
    );
    assert.ok((await askToJoin(depsOf(t()), w.a.id, made.value.slug, w.orgA.id)).ok);
    // Unfollowing the action drops its news, not a request about it.
    await follow(t().db, w.b.id, 'action', made.value.id);
    await unfollow(t().db, w.b.id, 'action', made.value.id);
    const before = (await t().mails()).length;

    assert.equal(await queueWeeklyDigest(t().db, '2031-03-17T01:00:00.000Z'), 1);
    const [mail] = (await t().mails()).slice(before).filter((m) => m.to === w.b.email);
    assert.ok(mail, 'B’s administrator gets the digest');
    const requests = mail.text.indexOf('Vragen die op uw antwoord wachten:');
    const request = mail.text.indexOf('Bank Alfa wil meedoen');
    const news = mail.text.indexOf('Dit is het nieuws van deze week over wat u volgt.');
    const item = mail.text.indexOf('Praktijk drie\nNieuwe versie.');
    assert.ok(requests >= 0 && news >= 0, mail.text);
    assert.ok(
      requests < request && request < news && news < item,
      'the request under its heading, then the news under its own',
    );
    assert.equal(mail.text.split('Bank Alfa wil meedoen').length, 2, 'the request once');
  });
});
