import assert from 'node:assert/strict';
import { before, beforeEach, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import { ANSWERS_PER_CLIENT_HOUR } from './service-answer.ts';
import { postFor } from './test-support.ts';

const MESSAGE = 'We have a room in Anderlecht and would gladly take twenty of your laptops for our library.';

describeEachEngine('exchange: answers relayed by mail, matches', (t) => {
  let adminFr: TestUser;
  let adminDe: TestUser;
  let member: TestUser;
  let orgId: string;
  let postId: string;

  before(async () => {
    adminFr = await createUser(t().db, { locale: 'fr' });
    adminDe = await createUser(t().db, { locale: 'de' });
    member = await createUser(t().db, { locale: 'en' });
    orgId = (
      await createOrganisation(t().db, {
        name: 'Laptops pour tous',
        members: [
          { user: adminFr, role: 'admin' },
          { user: adminDe, role: 'admin' },
          { user: member, role: 'member' },
        ],
      })
    ).id;
    postId = await postFor(t(), member.id, orgId, { title: 'Cinquante portables reconditionnés' });
    await t().mails();
  });

  beforeEach(async () => {
    await t().db.deleteFrom('rate_limits').execute();
  });

  const sent = async () => (await t().mails()).filter((m) => m.text.includes(MESSAGE));

  test('without consent: each admin gets the message in their language, without the sender’s address', async () => {
    const before = (await sent()).length;
    const client = t().client();
    const page = await client.get(`/en/exchange/${postId}/answer`);
    assert.equal(page.status, 200);
    assert.doesNotMatch(page.body, /name="share"[^>]*checked/, 'sharing is not ticked by default');
    const res = await client.submit(`/en/exchange/${postId}/answer`, {
      name: 'Jan Claes',
      email: 'jan.claes@example.org',
      organisation: 'Bib Anderlecht',
      message: MESSAGE,
    });
    assert.equal(res.status, 303);
    assert.equal(res.location, `/en/exchange/${postId}`);
    const mails = (await sent()).slice(before);
    assert.deepEqual(mails.map((m) => m.to).sort(), [adminDe.email, adminFr.email].sort());
    const fr = mails.find((m) => m.to === adminFr.email)!;
    assert.match(fr.subject, /Une réponse à votre offre/);
    assert.ok(fr.text.includes('Jan Claes, de Bib Anderlecht'));
    assert.ok(fr.text.includes('a choisi de ne pas partager son adresse'));
    const de = mails.find((m) => m.to === adminDe.email)!;
    assert.match(de.subject, /Eine Antwort auf Ihr Angebot/);
    for (const m of mails) assert.ok(!m.text.includes('jan.claes@example.org'), 'no address without consent');
    assert.ok(!mails.some((m) => m.to === member.email), 'members who are not admins get nothing');
    const row = await t().db.selectFrom('exchange_answers').selectAll().where('post_id', '=', postId).executeTakeFirstOrThrow();
    assert.equal(row.shared_address, 0);
    const own = await (await signedInClient(t(), member)).get(`/en/organisations/${orgId}/exchange/${postId}`);
    assert.match(own.body, /1 answer relayed so far/, 'the organisation sees its post is answered');
    const audit = await t().db.selectFrom('audit_log').select('details').where('action', '=', 'exchange.answered').executeTakeFirstOrThrow();
    assert.ok(!audit.details.includes(MESSAGE) && !audit.details.includes('jan.claes'), 'the audit keeps neither the message nor the address');
  });

  test('with consent the address goes along; mistakes keep every value', async () => {
    const client = t().client();
    const bad = await client.submit(`/en/exchange/${postId}/answer`, { name: 'Jan', email: 'not an address', message: 'Short', share: 'yes' });
    assert.equal(bad.status, 400);
    assert.match(bad.body, /class="error-summary"/);
    assert.match(bad.body, /value="not an address"/);
    assert.match(bad.body, />Short<\/textarea>/);
    assert.match(bad.body, /name="share" type="checkbox" value="yes" checked/);
    const before = (await sent()).length;
    const res = await client.submit(`/en/exchange/${postId}/answer`, {
      name: 'Jan Claes',
      email: 'jan.claes@example.org',
      message: MESSAGE,
      share: 'yes',
    });
    assert.equal(res.status, 303);
    const mails = (await sent()).slice(before);
    assert.equal(mails.length, 2);
    for (const m of mails) assert.ok(m.text.includes('jan.claes@example.org'));
  });

  test('the limit per client: 429 with Retry-After, the form again with what was typed, no mail', async () => {
    const client = t().client();
    const fields = { name: 'Jan', email: 'jan@example.org', message: MESSAGE };
    for (let i = 0; i < ANSWERS_PER_CLIENT_HOUR; i++) {
      assert.equal((await client.submit(`/en/exchange/${postId}/answer`, fields)).status, 303);
    }
    const before = (await sent()).length;
    const res = await client.submit(`/en/exchange/${postId}/answer`, fields);
    assert.equal(res.status, 429);
    assert.ok(Number(res.headers['retry-after']) > 0);
    assert.match(res.body, /Too many messages/);
    assert.match(res.body, /value="jan@example.org"/);
    assert.equal((await sent()).length, before);
  });

  test('a post lists the open posts that match it: same cause, a region in common, opposite kind, other organisations', async () => {
    const asker = await createUser(t().db);
    const other = (await createOrganisation(t().db, { members: [{ user: asker, role: 'admin' }] })).id;
    const offer = await postFor(t(), member.id, orgId, { kind: 'offer', cause: 'trust', region: ['flanders', 'brussels'], title: 'Phishing talks by our team' });
    await postFor(t(), asker.id, other, { kind: 'ask', cause: 'trust', region: ['brussels'], title: 'Someone to explain phishing' });
    await postFor(t(), asker.id, other, { kind: 'ask', cause: 'skills', region: ['brussels'], title: 'Another cause entirely' });
    await postFor(t(), asker.id, other, { kind: 'ask', cause: 'trust', region: ['wallonia'], title: 'Another region entirely' });
    await postFor(t(), asker.id, other, { kind: 'offer', cause: 'trust', region: ['brussels'], title: 'The same kind entirely' });
    const page = await t().client().get(`/en/exchange/${offer}`);
    assert.match(page.body, /Asks that match this offer/);
    const matches = page.body.slice(page.body.indexOf('id="matches-heading"'));
    assert.match(matches, /Someone to explain phishing/);
    for (const not of ['Another cause entirely', 'Another region entirely', 'The same kind entirely']) assert.doesNotMatch(matches, new RegExp(not));
    await t().db.updateTable('exchange_posts').set({ expires_on: '2020-01-01' }).where('title', '=', 'Someone to explain phishing').execute();
    assert.doesNotMatch((await t().client().get(`/en/exchange/${offer}`)).body, /Someone to explain phishing/, 'an expired post matches nothing');
  });
});
