import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import type { Client } from '../../../test/support/client.ts';
import { addMs, now } from '../../platform/db/sql.ts';
import { keptCount } from './derived.ts';
import { askToJoin, decidePartner } from './service-partners.ts';
import { actionsOfOrganisation } from './service-public.ts';
import { depsOf, sceneOf, type Scene } from './test-support.ts';

// The secretariat hides a joint action with a reason, without JavaScript: it leaves the list,
// its counts, the API, the CSV and the profiles, and its page answers 404 to the public, while
// the lead's and the partners' members see it with the reason. Shown again, it is back.
// Hiding and showing ask for a recent second factor; every decision is audited.

describeEachEngine('actions: the secretariat hides and shows an action', (t) => {
  let s: Scene;
  let slug: string;
  let secretary: TestUser;
  let asSecretary: Client;
  const title = 'Samen laptops voor werkzoekenden';
  const reason = 'Dit is reclame voor een winkel, geen gezamenlijke actie.';

  before(async () => {
    s = await sceneOf(t());
    slug = s.page.split('/').at(-1)!;
    // A is a partner of B's action.
    assert.ok((await askToJoin(depsOf(t()), s.a.id, slug, s.orgA.id)).ok);
    assert.ok((await decidePartner(depsOf(t()), s.b.id, slug, { orgId: s.orgA.id, accept: true })).ok);
    secretary = await createUser(t().db, { secretariat: true, locale: 'en' });
    asSecretary = await signedInClient(t(), secretary);
  });

  test('only the secretariat sees the buttons; a reason too short is refused with the text kept', async () => {
    assert.doesNotMatch((await s.asB.get(s.page)).body, /\/hide"/);
    assert.doesNotMatch((await t().client().get(s.page)).body, /\/hide"/);
    const page = await asSecretary.get(s.page);
    assert.match(page.body, /<h2 id="moderation-heading">Secretariat<\/h2>/);
    assert.match(page.body, /action="[^"]*\/hide"/);
    assert.match(page.body, /Feature on the home page/);
    assert.equal((await s.asB.submit(s.page, { hideReason: reason }, `${s.page}/hide`)).status, 403);
    const short = await asSecretary.submit(s.page, { hideReason: 'Spam' }, `${s.page}/hide`);
    assert.equal(short.status, 400);
    assert.match(short.body, />Spam<\/textarea>/);
    assert.match(short.body, /error-summary/);
  });

  test('a hidden action leaves every public read; its organisations see it with the reason', async () => {
    const total = await keptCount(t().db, 'all', '');
    const res = await asSecretary.submit(s.page, { hideReason: reason }, `${s.page}/hide`);
    assert.equal(res.status, 303);
    assert.equal(await keptCount(t().db, 'all', ''), total - 1);
    const anon = t().client();
    assert.equal((await anon.get(s.page)).status, 404);
    assert.doesNotMatch((await anon.get('/en/actions')).body, new RegExp(title));
    assert.doesNotMatch((await anon.get('/api/v1/actions')).body, new RegExp(title));
    assert.doesNotMatch((await anon.get('/api/v1/actions.csv')).body, new RegExp(title));
    assert.equal((await anon.get(`/api/v1/actions/${slug}`)).status, 404);
    assert.deepEqual(await actionsOfOrganisation(t().db, s.orgB.id), { led: [], joined: [] });
    assert.deepEqual((await actionsOfOrganisation(t().db, s.orgA.id)).joined, []);
    // A stranger signed in gets a 404 too.
    const stranger = await signedInClient(t(), await createUser(t().db, { locale: 'en' }));
    assert.equal((await stranger.get(s.page)).status, 404);
    // The lead's member and the partner's member see it, with the notice and the reason.
    for (const client of [s.asB, s.asA]) {
      const own = await client.get(s.page);
      assert.equal(own.status, 200);
      assert.match(own.body, /The secretariat hid this action/);
      assert.ok(own.body.includes(reason));
    }
    const line = await t()
      .db.selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'actions.hidden')
      .executeTakeFirstOrThrow();
    assert.equal(line.actor_user_id, secretary.id);
    assert.ok(line.details.includes(reason));
    // The secretariat's list of what it hid: the action, its reason, a link to its page.
    const list = await asSecretary.get('/en/secretariat/actions');
    assert.equal(list.status, 200);
    assert.match(list.body, new RegExp(`href="/en/actions/${slug}" lang="nl">${title}`));
    assert.ok(list.body.includes(reason));
    assert.equal((await s.asB.get('/en/secretariat/actions')).status, 403);
  });

  test('a hidden action cannot be featured; shown again it is back everywhere, audited', async () => {
    const refused = await asSecretary.submit(s.page, {}, `${s.page}/feature`);
    assert.equal(refused.status, 409);
    assert.match(refused.body, /A hidden action cannot be on the home page/);
    // After 15 minutes, showing it again asks for the code first.
    await t()
      .db.updateTable('sessions')
      .set({ second_factor_at: addMs(now(), -16 * 60_000) })
      .where('user_id', '=', secretary.id)
      .execute();
    const asked = await asSecretary.submit(s.page, {}, `${s.page}/unhide`);
    assert.equal(asked.status, 403);
    assert.match(asked.body, /Confirm it is you/);
    asSecretary = await signedInClient(t(), secretary);
    assert.equal((await asSecretary.submit(s.page, {}, `${s.page}/unhide`)).status, 303);
    assert.equal((await t().client().get(s.page)).status, 200);
    assert.match((await t().client().get('/en/actions')).body, new RegExp(title));
    assert.equal((await actionsOfOrganisation(t().db, s.orgB.id)).led.length, 1);
    assert.doesNotMatch((await s.asB.get(s.page)).body, /The secretariat hid this action/);
    assert.match((await asSecretary.get('/en/secretariat/actions')).body, /No action is hidden\./);
    const audited = await t()
      .db.selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', s.actionId)
      .where('action', 'in', ['actions.hidden', 'actions.unhidden'])
      .execute();
    assert.equal(audited.length, 2);
  });

  test('hiding a featured action takes it off the home page', async () => {
    assert.equal((await asSecretary.submit(s.page, {}, `${s.page}/feature`)).status, 303);
    assert.match((await t().client().get('/en')).body, new RegExp(title));
    assert.equal((await asSecretary.submit(s.page, { hideReason: reason }, `${s.page}/hide`)).status, 303);
    assert.doesNotMatch((await t().client().get('/en')).body, new RegExp(title));
    const row = await t()
      .db.selectFrom('actions')
      .select('featured_at')
      .where('id', '=', s.actionId)
      .executeTakeFirstOrThrow();
    assert.equal(row.featured_at, null);
  });
});
