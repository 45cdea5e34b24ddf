import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import { closeAllOf } from './service-moderation.ts';
import { expire, postFor } from './test-support.ts';

describeEachEngine('exchange: moderation, open data, profile', (t) => {
  let member: TestUser;
  let secretariat: TestUser;
  let org: { id: string; slug: string };

  before(async () => {
    member = await createUser(t().db, { locale: 'en' });
    secretariat = await createUser(t().db, { secretariat: true });
    org = await createOrganisation(t().db, { name: 'Digitaal Samen', members: [{ user: member, role: 'admin' }] });
  });

  test('the secretariat hides a post with a reason: gone for the public, the reason shown to its organisation, audited', async () => {
    const postId = await postFor(t(), member.id, org.id, { title: 'Laptops with a discount code' });
    const client = await signedInClient(t(), secretariat);
    assert.equal((await (await signedInClient(t(), member)).get(`/en/secretariat/exchange/${postId}`)).status, 403);
    const short = await client.submit(`/en/secretariat/exchange/${postId}`, { reason: 'Spam' }, `/en/secretariat/exchange/${postId}/hide`);
    assert.equal(short.status, 400);
    assert.match(short.body, />Spam<\/textarea>/);
    const reason = 'This is an advertisement for a shop, not an offer to other signatories.';
    const res = await client.submit(`/en/secretariat/exchange/${postId}`, { reason }, `/en/secretariat/exchange/${postId}/hide`);
    assert.equal(res.status, 303);
    assert.equal((await t().client().get(`/en/exchange/${postId}`)).status, 404);
    assert.doesNotMatch((await t().client().get('/en/exchange')).body, /Laptops with a discount code/);
    const own = await (await signedInClient(t(), member)).get(`/en/organisations/${org.id}/exchange/${postId}`);
    assert.equal(own.status, 200);
    assert.ok(own.body.includes(reason), 'the organisation reads the reason');
    const told = (await t().mails()).filter((m) => m.to === member.email && m.text.includes(reason));
    assert.equal(told.length, 1, 'the organisation’s admin gets the reason by mail');
    assert.match(told[0]!.subject, /The secretariat hid your post/);
    const line = await t().db.selectFrom('audit_log').selectAll().where('action', '=', 'exchange.hidden').executeTakeFirstOrThrow();
    assert.equal(line.actor_user_id, secretariat.id);
    assert.ok(line.details.includes(reason));
    // The secretariat's list of hidden posts shows it with its reason, and shows it again: back in the list.
    const hidden = await client.get('/en/secretariat/exchange');
    assert.equal(hidden.status, 200);
    assert.match(hidden.body, /Laptops with a discount code/);
    assert.ok(hidden.body.includes(reason));
    assert.equal((await client.submit('/en/secretariat/exchange', {}, `/en/secretariat/exchange/${postId}/unhide`)).status, 303);
    assert.doesNotMatch((await client.get('/en/secretariat/exchange')).body, /Laptops with a discount code/);
    assert.match((await t().client().get('/en/exchange')).body, /Laptops with a discount code/);
  });

  test('the API pages newest first with a cursor, filters strictly; the CSV holds the same posts', async () => {
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push(await postFor(t(), member.id, org.id, { title: `Api post ${i}`, cause: 'stress' }));
    await expire(t(), await postFor(t(), member.id, org.id, { title: 'Api expired post', cause: 'stress' }));
    const first = await t().client().get('/api/v1/exchange?cause=stress&limit=2');
    assert.equal(first.status, 200);
    const page1 = JSON.parse(first.body);
    assert.deepEqual(page1.items.map((p: { title: string }) => p.title), ['Api post 2', 'Api post 1']);
    assert.equal(page1.items[0].organisation.slug, org.slug);
    assert.ok(page1.next_url.includes('cause=stress'));
    const page2 = JSON.parse((await t().client().get(`/api/v1/exchange?cause=stress&limit=2&after=${page1.next}`)).body);
    assert.deepEqual(page2.items.map((p: { title: string }) => p.title), ['Api post 0']);
    assert.equal(page2.next, null);
    assert.equal((await t().client().get('/api/v1/exchange?cause=nonsense')).status, 400);
    assert.equal((await t().client().get('/api/v1/exchange?after=garbage')).status, 400);
    const csv = await t().client().get('/api/v1/exchange.csv?cause=stress');
    assert.equal(csv.status, 200);
    assert.match(String(csv.headers['content-type']), /text\/csv/);
    const lines = csv.body.trim().split('\r\n');
    assert.match(lines[0]!, /^\uFEFF?id,kind,topic,cause,regions,title/);
    assert.equal(lines.length, 4);
    assert.doesNotMatch(csv.body, /Api expired post/);
    const openapi = JSON.parse((await t().client().get('/api/openapi.json')).body);
    assert.ok(openapi.paths['/api/v1/exchange'] && openapi.paths['/api/v1/exchange.csv']);
  });

  test('search finds a post by its words; the public profile lists the open posts', async () => {
    await postFor(t(), member.id, org.id, { title: 'Beamer en geluidsinstallatie', description: 'Voor uw infosessies lenen we een beamer en een geluidsinstallatie uit.' });
    const found = await t().client().get('/en/exchange?q=geluidsinstallatie');
    assert.match(found.body, /Beamer en geluidsinstallatie/);
    assert.match(found.body, /href="\/api\/v1\/exchange\.csv\?q=geluidsinstallatie"/, 'the CSV link keeps the selection');
    assert.match((await t().client().get('/api/v1/exchange.csv?q=geluidsinstallatie')).body, /Beamer en geluidsinstallatie/);
    assert.doesNotMatch(found.body, /Api post 0/);
    const profile = await t().client().get(`/en/signatories/${org.slug}`);
    assert.equal(profile.status, 200);
    assert.match(profile.body, /Offers and asks/);
    assert.match(profile.body, /Beamer en geluidsinstallatie/);
    assert.doesNotMatch(profile.body, /Api expired post/);
  });

  test('a withdrawn organisation’s open posts close with it', async () => {
    const postId = await postFor(t(), member.id, org.id, { title: 'Before the withdrawal' });
    await t().db.transaction().execute((trx) => closeAllOf(trx, org.id));
    const row = await t().db.selectFrom('exchange_posts').select(['status', 'listed']).where('id', '=', postId).executeTakeFirstOrThrow();
    assert.deepEqual({ ...row, listed: Number(row.listed) }, { status: 'closed', listed: 0 });
  });
});
