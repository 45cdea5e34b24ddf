import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import { Client } from '../../../test/support/client.ts';
import * as practices from '../practices/service.ts';
import { depsOf, validPractice } from '../practices/test-support.ts';
import { followersOf, isFollowing } from './service.ts';

// Following a practice end to end: the button on its page, the POST routes and who may use
// them, the news its followers get (at once, weekly or never), and a closed account's follows.

describeEachEngine('following: follow and stop following a practice', (t) => {
  let admin: TestUser;
  let reviewer: TestUser;
  let orgId: string;
  let practiceId: string;
  let slug: string;
  let draftId: string;

  async function publish(id: string) {
    const deps = depsOf(t());
    assert.ok((await practices.submitPractice(deps, admin.id, orgId, id)).ok);
    const view = await practices.practiceForOrg(t().db, orgId, id);
    assert.ok((await practices.publishRevision(deps, reviewer.id, view!.working!.revision.id)).ok);
  }

  before(async () => {
    admin = await createUser(t().db, { locale: 'nl' });
    reviewer = await createUser(t().db, { secretariat: true });
    orgId = (await createOrganisation(t().db, { status: 'signatory', members: [{ user: admin, role: 'admin' }] })).id;
    const deps = depsOf(t());
    const saved = await practices.savePractice(deps, admin.id, { orgId, practiceId: null }, { kind: 'checked', input: validPractice() });
    assert.ok(saved.ok);
    practiceId = saved.value.practiceId;
    await publish(practiceId);
    slug = (await practices.practiceForOrg(t().db, orgId, practiceId))!.practice.slug;
    const draft = await practices.savePractice(deps, admin.id, { orgId, practiceId: null }, { kind: 'draft', lang: 'nl', values: { title: 'Klad' } });
    assert.ok(draft.ok);
    draftId = draft.value.practiceId;
  });

  const follows = (userId: string) => isFollowing(t().db, userId, 'practice', practiceId);

  test('a reader follows from the practice page, sees it listed, and stops from the settings', async () => {
    const reader = await createUser(t().db, { locale: 'en' });
    const client = await signedInClient(t(), reader);
    const page = await client.get(`/en/practices/${slug}`);
    assert.match(page.body, new RegExp(`action="/en/following/practice/${practiceId}/follow"`));
    assert.match(page.body, />Follow<span class="visually-hidden">: Telefonische hulp bij online formulieren<\/span>/);

    const res = await client.submit(`/en/practices/${slug}`, {}, `/en/following/practice/${practiceId}/follow`);
    assert.equal(res.status, 303);
    assert.equal(res.location, `/en/practices/${slug}`);
    assert.equal(await follows(reader.id), true);
    const after = await client.get(`/en/practices/${slug}`);
    assert.match(after.body, /You now follow this\./);
    assert.match(after.body, new RegExp(`action="/en/following/practice/${practiceId}/unfollow"`));
    // Twice is the same as once.
    await client.submit(`/en/practices/${slug}`, {}, `/en/following/practice/${practiceId}/follow`);
    assert.deepEqual((await followersOf(t().db, 'practice', practiceId)).filter((id) => id === reader.id), [reader.id]);

    const settings = await client.get('/en/account/notifications');
    assert.equal(settings.status, 200);
    assert.match(settings.body, new RegExp(`<a href="/en/practices/${slug}">Telefonische hulp bij online formulieren</a>`));
    const stopped = await client.submit('/en/account/notifications', { back: 'settings' }, `/en/following/practice/${practiceId}/unfollow`);
    assert.equal(stopped.status, 303);
    assert.equal(stopped.location, '/en/account/notifications#following');
    assert.equal(await follows(reader.id), false);
    assert.match((await client.get('/en/account/notifications')).body, /You follow nothing yet\./);
    const audit = await t().db.selectFrom('audit_log').select('action').where('actor_user_id', '=', reader.id).execute();
    assert.deepEqual(audit.map((a) => a.action).sort(), ['following.followed', 'following.unfollowed']);
  });

  test('someone not signed in is asked to sign in; the routes refuse them', async () => {
    const page = await t().client().get(`/fr/practices/${slug}`);
    assert.match(page.body, new RegExp(`href="/fr/sign-in\\?next=%2Ffr%2Fpractices%2F${slug}">Connectez-vous pour suivre ceci</a>`));
    const res = await t().client().post(`/fr/following/practice/${practiceId}/follow`, {});
    assert.equal(res.status, 401);
  });

  test('without the CSRF token, or with an unconfirmed address, nothing is followed', async () => {
    const reader = await createUser(t().db);
    const client = await signedInClient(t(), reader);
    const forged = await client.post(`/nl/following/practice/${practiceId}/follow`, {});
    assert.equal(forged.status, 403);
    assert.equal(await follows(reader.id), false);

    const unconfirmed = await createUser(t().db, { verified: false });
    const other = await signedInClient(t(), unconfirmed);
    const page = await other.get(`/en/practices/${slug}`);
    assert.match(page.body, /<a href="\/en\/account">Confirm your email address first to follow this<\/a>/);
    assert.doesNotMatch(page.body, /\/follow"/);
    const token = Client.csrfOf((await other.get('/nl/account')).body);
    const refused = await other.post(`/nl/following/practice/${practiceId}/follow`, {}, token);
    assert.equal(refused.status, 403);
    assert.equal(await follows(unconfirmed.id), false);
  });

  test('a draft, an unknown kind or an unknown id cannot be followed (404)', async () => {
    const reader = await createUser(t().db);
    const client = await signedInClient(t(), reader);
    const token = Client.csrfOf((await client.get('/nl/account')).body);
    for (const path of [`practice/${draftId}`, `obstacle/${practiceId}`, 'practice/nope']) {
      assert.equal((await client.post(`/nl/following/${path}/follow`, {}, token)).status, 404, path);
      assert.equal((await client.get(`/nl/following/${path}`)).status, 404, path);
    }
    assert.equal(await isFollowing(t().db, reader.id, 'practice', draftId), false);
  });

  test('its own page says how news comes and lets one follow', async () => {
    const reader = await createUser(t().db, { locale: 'de' });
    const client = await signedInClient(t(), reader);
    const page = await client.get(`/de/following/practice/${practiceId}`);
    assert.equal(page.status, 200);
    assert.match(page.body, /<h1>„Telefonische hulp bij online formulieren“ folgen<\/h1>/);
    assert.match(page.body, /Sie folgen dem nicht\./);
    assert.match(page.body, /einmal pro Woche/);
  });

  test('a new revision: at once by mail, weekly kept for the digest, never nothing', async () => {
    const people = {
      instant: await createUser(t().db, { locale: 'fr', email: 'instant@example.be' }),
      weekly: await createUser(t().db, { locale: 'de', email: 'weekly@example.be' }),
      off: await createUser(t().db, { email: 'off@example.be' }),
    };
    for (const [choice, user] of Object.entries(people)) {
      const client = await signedInClient(t(), user);
      await client.submit(`/nl/practices/${slug}`, {}, `/nl/following/practice/${practiceId}/follow`);
      const saved = await client.submit('/nl/account/notifications', { news: choice });
      assert.equal(saved.status, 303);
    }
    await t().mails();
    const before = (await t().mails()).length;
    const deps = depsOf(t());
    const edited = await practices.savePractice(deps, admin.id, { orgId, practiceId }, { kind: 'checked', input: validPractice({ summary: 'Nu ook op zaterdag.' }) });
    assert.ok(edited.ok);
    await publish(practiceId);

    const sent = (await t().mails()).slice(before);
    const news = sent.filter((m) => m.to === 'instant@example.be');
    assert.equal(news.length, 1);
    assert.equal(news[0]!.subject, 'Du nouveau\u00a0: Telefonische hulp bij online formulieren');
    assert.match(news[0]!.text, /Une nouvelle version de la pratique «\u00a0Telefonische hulp bij online formulieren\u00a0» a été publiée\./);
    assert.ok(news[0]!.links.includes(`${t().config.baseUrl}/fr/practices/${slug}`));
    // The mail's own way out: the subject's following page, where one button stops it.
    assert.ok(news[0]!.links.includes(`${t().config.baseUrl}/fr/following/practice/${practiceId}`));
    assert.deepEqual(sent.filter((m) => m.to === 'weekly@example.be' || m.to === 'off@example.be'), []);
    const kept = await t().db.selectFrom('follow_news').select(['user_id', 'text', 'lang']).where('subject_id', '=', practiceId).execute();
    assert.deepEqual(kept, [
      { user_id: people.weekly.id, lang: 'de', text: 'Eine neue Fassung der Praxis „Telefonische hulp bij online formulieren“ wurde veröffentlicht.' },
    ]);
  });

  test('a closing account leaves what it followed, its settings and its waiting news', async () => {
    const leaving = await createUser(t().db);
    const client = await signedInClient(t(), leaving);
    await client.submit(`/nl/practices/${slug}`, {}, `/nl/following/practice/${practiceId}/follow`);
    await client.submit('/nl/account/notifications', { news: 'weekly' });
    await t().db.insertInto('follow_news').values({
      id: 'n-leaving', user_id: leaving.id, subject_kind: 'practice', subject_id: practiceId, lang: 'nl', title: 'T', path: '/x', text: 'x', at: new Date().toISOString(),
    }).execute();
    await t().db.transaction().execute(async (trx) => {
      assert.equal(await t().app.deps.events.emit({ trx, dialect: t().dialect }, 'accounts:closing', { userId: leaving.id }), null);
    });
    for (const table of ['follows', 'mail_settings', 'follow_news'] as const) {
      const rows = await t().db.selectFrom(table).select('user_id').where('user_id', '=', leaving.id).execute();
      assert.deepEqual(rows, [], table);
    }
  });
});
