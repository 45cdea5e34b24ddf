import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import { followersOf, isFollowing, setMailChoice } from '../following/service.ts';
import { closeObstacle, endorseObstacle, mergeObstacle, reportObstacle } from './service.ts';
import { depsOf, validObstacle } from './test-support.ts';

// Following an obstacle (issue 7): from its page, without JavaScript; its followers hear when
// another organisation sees it too and when it is closed; when it is merged, they follow the
// kept one.

describeEachEngine('obstacles: following', (t) => {
  const people = {} as Record<'a' | 'b' | 'reader' | 'secretariat', TestUser>;
  const orgs = {} as Record<'a' | 'b', string>;

  before(async () => {
    for (const k of ['a', 'b'] as const) {
      people[k] = await createUser(t().db, { locale: 'en' });
      orgs[k] = (
        await createOrganisation(t().db, {
          name: `Org ${k.toUpperCase()}`,
          members: [{ user: people[k], role: 'admin' }],
        })
      ).id;
    }
    people.reader = await createUser(t().db, { locale: 'fr' });
    people.secretariat = await createUser(t().db, { secretariat: true, locale: 'en' });
  });

  const report = async (title: string) => {
    const made = await reportObstacle(depsOf(t()), people.a.id, orgs.a, validObstacle({ title }));
    assert.ok(made.ok);
    return made.value;
  };
  const news = (userId: string) =>
    t().db.selectFrom('follow_news').select(['subject_id', 'text']).where('user_id', '=', userId).execute();

  test('a reader follows from the page; an endorsement and the closing are news in their language', async () => {
    const o = await report('The library closed its public computers');
    const client = await signedInClient(t(), people.reader);
    const page = await client.get(`/fr/obstacles/${o.slug}`);
    assert.match(page.body, new RegExp(`action="/fr/following/obstacle/${o.id}/follow"`));
    const res = await client.submit(`/fr/obstacles/${o.slug}`, {}, `/fr/following/obstacle/${o.id}/follow`);
    assert.equal(res.status, 303);
    assert.equal(await isFollowing(t().db, people.reader.id, 'obstacle', o.id), true);

    const endorsed = await endorseObstacle(depsOf(t()), people.b.id, { ref: o.slug, orgId: orgs.b, evidence: null });
    assert.ok(endorsed.ok);
    const closed = await closeObstacle(depsOf(t()), people.secretariat.id, {
      id: o.id,
      reason: 'Les ordinateurs sont revenus.',
    });
    assert.ok(closed.ok);
    const texts = (await news(people.reader.id)).filter((n) => n.subject_id === o.id).map((n) => n.text);
    assert.ok(
      texts.some((x) => x.includes('Org B constate aussi l’obstacle')),
      texts.join(' | '),
    );
    assert.ok(
      texts.some((x) => x.includes('a été clôturé\u00a0: Les ordinateurs sont revenus.')),
      texts.join(' | '),
    );
    // The reporter's own news is not news to itself: reporting did not make it a follower.
    assert.deepEqual(await news(people.a.id), []);
  });

  test('an id with bytes no subject has (a NUL) is a 404, never an error', async () => {
    const client = await signedInClient(t(), people.reader);
    assert.equal((await client.get('/fr/following/obstacle/a%00b')).status, 404);
    assert.equal((await client.get('/fr/following/practice/%00')).status, 404);
  });

  test('at once: the follower gets one mail per news item', async () => {
    const o = await report('No wifi in the waiting room');
    const follower = await createUser(t().db, { locale: 'nl' });
    await setMailChoice(t().db, follower.id, 'following-news', 'instant');
    const client = await signedInClient(t(), follower);
    await client.submit(`/nl/obstacles/${o.slug}`, {}, `/nl/following/obstacle/${o.id}/follow`);
    assert.ok((await endorseObstacle(depsOf(t()), people.b.id, { ref: o.slug, orgId: orgs.b, evidence: null })).ok);
    const mails = (await t().mails()).filter((m) => m.to.includes(follower.email));
    assert.equal(mails.length, 1);
    assert.match(mails[0]!.text, /Org B ziet de drempel ‘No wifi in the waiting room’ ook\./);
  });

  test('merged: its followers follow the kept obstacle, once each, and hear of the merge there', async () => {
    const kept = await report('Forms time out');
    const dup = await report('The online forms time out too fast');
    const both = await createUser(t().db, { locale: 'en' });
    const client = await signedInClient(t(), both);
    await client.submit(`/en/obstacles/${kept.slug}`, {}, `/en/following/obstacle/${kept.id}/follow`);
    await client.submit(`/en/obstacles/${dup.slug}`, {}, `/en/following/obstacle/${dup.id}/follow`);
    const reader = await signedInClient(t(), people.reader);
    await reader.submit(`/fr/obstacles/${dup.slug}`, {}, `/fr/following/obstacle/${dup.id}/follow`);

    // News of the merged one that waits for the weekly digest moves with the follow.
    assert.ok((await endorseObstacle(depsOf(t()), people.b.id, { ref: dup.slug, orgId: orgs.b, evidence: null })).ok);
    const merged = await mergeObstacle(depsOf(t()), people.secretariat.id, { id: dup.id, into: kept.slug });
    assert.ok(merged.ok);
    assert.deepEqual(await followersOf(t().db, 'obstacle', dup.id), []);
    assert.deepEqual((await followersOf(t().db, 'obstacle', kept.id)).sort(), [both.id, people.reader.id].sort());
    const texts = (await news(both.id)).filter((n) => n.subject_id === kept.id).map((n) => n.text);
    assert.ok(
      texts.some((x) => x.includes('was merged into “Forms time out”')),
      texts.join(' | '),
    );
    const readerNews = await news(people.reader.id);
    assert.ok(!readerNews.some((n) => n.subject_id === dup.id));
    assert.ok(readerNews.some((n) => n.subject_id === kept.id && n.text.includes('Org B constate aussi')));
  });
});
