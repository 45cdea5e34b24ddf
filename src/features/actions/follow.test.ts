import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import { isFollowing, setMailChoice } from '../following/service.ts';
import { addMilestone } from './service-milestones.ts';
import { changeStatus } from './service-propose.ts';
import { depsOf, sceneOf, type Scene } from './test-support.ts';

// Following a joint action (issue 7): from its page, without JavaScript; its followers hear
// when a milestone is done and when its status changes, in their language, at once or weekly;
// the one who made the change is not told.

describeEachEngine('actions: following', (t) => {
  let s: Scene;
  let slug: string;
  let reader: TestUser;

  before(async () => {
    s = await sceneOf(t());
    slug = s.page.split('/').at(-1)!;
    reader = await createUser(t().db, { locale: 'fr' });
  });

  const news = (userId: string) =>
    t().db.selectFrom('follow_news').select(['subject_id', 'text']).where('user_id', '=', userId).execute();
  const follow = async (person: TestUser, lang: string) => {
    const client = await signedInClient(t(), person);
    const res = await client.submit(`/${lang}/actions/${slug}`, {}, `/${lang}/following/action/${s.actionId}/follow`);
    assert.equal(res.status, 303);
  };
  const milestoneDone = (title: string) =>
    addMilestone(depsOf(t()), s.b.id, slug, {
      title,
      dueOn: '2026-06-30',
      weight: 1,
      status: 'done',
      percent: 100,
      doneOn: null,
    });

  test('a reader follows from the page; a milestone done and a status change are weekly news in French', async () => {
    const client = await signedInClient(t(), reader);
    const page = await client.get(`/fr/actions/${slug}`);
    assert.equal(page.status, 200);
    assert.match(page.body, new RegExp(`action="/fr/following/action/${s.actionId}/follow"`));
    await follow(reader, 'fr');
    assert.equal(await isFollowing(t().db, reader.id, 'action', s.actionId), true);
    assert.match((await client.get(`/fr/actions/${slug}`)).body, /unfollow"/);
    // The lead's member follows too, and is not told of their own changes.
    await follow(s.b, 'nl');

    assert.ok((await milestoneDone('Formateurs trouvés')).ok);
    assert.ok((await changeStatus(depsOf(t()), s.b.id, slug, { status: 'under_way', reason: null })).ok);
    assert.ok((await changeStatus(depsOf(t()), s.b.id, slug, { status: 'stopped', reason: 'Plus de budget.' })).ok);
    const texts = (await news(reader.id)).filter((n) => n.subject_id === s.actionId).map((n) => n.text);
    const title = 'Samen laptops voor werkzoekenden';
    assert.deepEqual(
      texts.sort(),
      [
        `L’action commune «\u00a0${title}\u00a0» a été arrêtée\u00a0: Plus de budget.`,
        `L’étape «\u00a0Formateurs trouvés\u00a0» de l’action commune «\u00a0${title}\u00a0» est atteinte.`,
        `Le statut de l’action commune «\u00a0${title}\u00a0» est maintenant «\u00a0En cours\u00a0».`,
      ].sort(),
    );
    assert.deepEqual(await news(s.b.id), []);
  });

  test('at once: the follower gets one mail per news item, in their language', async () => {
    const follower = await createUser(t().db, { locale: 'de' });
    await setMailChoice(t().db, follower.id, 'following-news', 'instant');
    await follow(follower, 'de');
    assert.ok((await milestoneDone('Trainer gefunden')).ok);
    const mails = (await t().mails()).filter((m) => m.to.includes(follower.email));
    assert.equal(mails.length, 1);
    assert.match(
      mails[0]!.text,
      /Der Meilenstein „Trainer gefunden“ der gemeinsamen Aktion „Samen laptops voor werkzoekenden“ ist erreicht\./,
    );
    assert.deepEqual(await news(follower.id), []);

    assert.ok((await changeStatus(depsOf(t()), s.b.id, slug, { status: 'done', reason: null })).ok);
    const after = (await t().mails()).filter((m) => m.to.includes(follower.email));
    assert.equal(after.length, 2);
    assert.ok(
      after.some((m) => m.text.includes('ist jetzt „Abgeschlossen“.')),
      after.map((m) => m.text).join(' | '),
    );
  });

  test('an id with a NUL byte is a 404 on the follow page, never an error', async () => {
    const client = await signedInClient(t(), reader);
    assert.equal((await client.get('/fr/following/action/a%00b')).status, 404);
    assert.equal((await client.get(`/fr/following/action/${s.actionId}%00`)).status, 404);
  });
});
