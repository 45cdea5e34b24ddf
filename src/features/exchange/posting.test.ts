import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import { addDays, today } from './vocabulary.ts';
import { expire, postFor } from './test-support.ts';
import { unlistExpired } from './service-moderation.ts';
import { matchingIds } from '../../platform/search/search.ts';
import { EXCHANGE_INDEX } from './search-index.ts';

describeEachEngine('exchange: posting, editing, closing, renewing', (t) => {
  let member: TestUser;
  let outsider: TestUser;
  let orgId: string;

  before(async () => {
    member = await createUser(t().db, { locale: 'en' });
    outsider = await createUser(t().db);
    orgId = (await createOrganisation(t().db, { members: [{ user: member, role: 'member' }] })).id;
    await createOrganisation(t().db, { members: [{ user: outsider, role: 'admin' }] });
  });

  const form = (over: Record<string, string | string[]> = {}) => ({
    kind: 'ask',
    language: 'en',
    topic: 'volunteers',
    cause: 'skills',
    region: ['wallonia', 'brussels'],
    title: 'Volunteer trainers in Liège',
    description: 'We need four volunteers to run smartphone workshops for older people on Tuesdays.',
    expires: addDays(today(), 60).split('-').reverse().join('/'),
    ...over,
  });

  test('a member posts an ask through the form: it is listed, with its page and facts', async () => {
    const client = await signedInClient(t(), member);
    const page = await client.get(`/en/organisations/${orgId}/exchange/new`);
    assert.equal(page.status, 200);
    assert.equal(page.body.match(/<h1[\s>]/g)?.length, 1);
    const res = await client.submit(`/en/organisations/${orgId}/exchange/new`, form());
    assert.equal(res.status, 303);
    const row = await t()
      .db.selectFrom('exchange_posts')
      .selectAll()
      .where('title', '=', 'Volunteer trainers in Liège')
      .executeTakeFirstOrThrow();
    assert.equal(row.kind, 'ask');
    assert.equal(row.lang, 'en');
    assert.equal(row.expires_on, addDays(today(), 60));
    assert.equal(row.listed, 1);
    assert.equal(res.location, `/en/organisations/${orgId}/exchange/${row.id}`);
    const pub = await t().client().get(`/en/exchange/${row.id}`);
    assert.equal(pub.status, 200);
    assert.match(pub.body, /Volunteer trainers in Liège/);
    assert.match(pub.body, /Wallonia/);
    assert.match(pub.body, /href="\/en\/exchange\/[^"]+\/answer"/);
    const list = await t().client().get('/en/exchange?kind=ask');
    assert.match(list.body, /Volunteer trainers in Liège/);
    const audit = await t().db.selectFrom('audit_log').select('action').where('subject_id', '=', row.id).execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['exchange.posted'],
    );
  });

  test('mistakes: 400, the summary, every typed value kept', async () => {
    const client = await signedInClient(t(), member);
    const res = await client.submit(
      `/en/organisations/${orgId}/exchange/new`,
      form({ title: 'Kept title words', description: 'too short', expires: '31/02/2027', region: [] }),
    );
    assert.equal(res.status, 400);
    assert.match(res.body, /class="error-summary"/);
    assert.match(res.body, /value="Kept title words"/);
    assert.match(res.body, />too short<\/textarea>/);
    assert.match(res.body, /value="31\/02\/2027"/);
    assert.match(res.body, /Enter a real date/);
    assert.match(res.body, /name="kind" type="radio" value="ask" checked/);
    assert.match(res.body, /<option value="skills" selected/);
    for (const [expires, message] of [
      [today(), /The date must be after today/],
      [addDays(today(), 400), /at most one year from today/],
    ] as const) {
      const again = await client.submit(`/en/organisations/${orgId}/exchange/new`, form({ expires }));
      assert.equal(again.status, 400);
      assert.match(again.body, message);
      assert.match(again.body, new RegExp(`value="${expires}"`));
    }
  });

  test('permissions: signed out, another organisation, a non-signatory', async () => {
    const anonymous = await t().client().get(`/en/organisations/${orgId}/exchange/new`);
    assert.equal(anonymous.status, 303);
    assert.match(anonymous.location ?? '', /\/en\/sign-in/);
    const other = await signedInClient(t(), outsider);
    assert.equal((await other.get(`/en/organisations/${orgId}/exchange/new`)).status, 403);
    const postId = await postFor(t(), member.id, orgId);
    assert.equal((await other.get(`/en/organisations/${orgId}/exchange/${postId}/edit`)).status, 403);
    // An applicant is no signatory yet: its members cannot post.
    const applicantMember = await createUser(t().db);
    const applicant = await createOrganisation(t().db, {
      status: 'applicant',
      members: [{ user: applicantMember, role: 'admin' }],
    });
    const res = await (
      await signedInClient(t(), applicantMember)
    ).submit(`/en/organisations/${applicant.id}/exchange/new`, form());
    assert.equal(res.status, 403);
    // A post of another organisation is not found in this one's space.
    const theirs = await postFor(
      t(),
      outsider.id,
      (
        await t()
          .db.selectFrom('memberships')
          .select('org_id')
          .where('user_id', '=', outsider.id)
          .executeTakeFirstOrThrow()
      ).org_id,
    );
    assert.equal(
      (await (await signedInClient(t(), member)).get(`/en/organisations/${orgId}/exchange/${theirs}`)).status,
      404,
    );
  });

  test('edit, close early, renew: the list follows, the page explains, each is audited', async () => {
    const client = await signedInClient(t(), member);
    const postId = await postFor(t(), member.id, orgId, { title: 'Tablets to lend' });
    const edited = await client.submit(
      `/en/organisations/${orgId}/exchange/${postId}/edit`,
      form({ title: 'Tablets to lend, with a stand' }),
    );
    assert.equal(edited.status, 303);
    assert.match((await t().client().get(`/en/exchange/${postId}`)).body, /Tablets to lend, with a stand/);

    const closed = await client.submit(
      `/en/organisations/${orgId}/exchange/${postId}`,
      {},
      `/en/organisations/${orgId}/exchange/${postId}/close`,
    );
    assert.equal(closed.status, 303);
    assert.doesNotMatch((await t().client().get('/en/exchange')).body, /Tablets to lend, with a stand/);
    const page = await t().client().get(`/en/exchange/${postId}`);
    assert.equal(page.status, 200);
    assert.match(page.body, /has closed this post/);
    assert.doesNotMatch(page.body, /\/answer"/);

    const bad = await client.submit(
      `/en/organisations/${orgId}/exchange/${postId}`,
      { expires: 'soon' },
      `/en/organisations/${orgId}/exchange/${postId}/renew`,
    );
    assert.equal(bad.status, 400);
    assert.match(bad.body, /value="soon"/);
    const renewed = await client.submit(
      `/en/organisations/${orgId}/exchange/${postId}`,
      { expires: addDays(today(), 90) },
      `/en/organisations/${orgId}/exchange/${postId}/renew`,
    );
    assert.equal(renewed.status, 303);
    assert.match((await t().client().get('/en/exchange')).body, /Tablets to lend, with a stand/);
    const actions = (
      await t().db.selectFrom('audit_log').select('action').where('subject_id', '=', postId).orderBy('at').execute()
    ).map((a) => a.action);
    assert.deepEqual(actions, ['exchange.posted', 'exchange.edited', 'exchange.closed', 'exchange.renewed']);
  });

  test('an id with bytes no post has (a NUL) is a 404 in the organisation space and the secretariat, never an error', async () => {
    const client = await signedInClient(t(), member);
    assert.equal((await client.get(`/en/organisations/${orgId}/exchange/a%00b`)).status, 404);
    assert.equal((await client.get(`/en/organisations/${orgId}/exchange/a%00b/edit`)).status, 404);
    const secretary = await createUser(t().db, { secretariat: true });
    assert.equal((await (await signedInClient(t(), secretary)).get('/en/secretariat/exchange/a%00b')).status, 404);
  });

  test('an expired post leaves the list, the API and the matches; its page still answers and says so', async () => {
    const postId = await postFor(t(), member.id, orgId, { title: 'Projector for a week' });
    assert.match((await t().client().get('/en/exchange')).body, /Projector for a week/);
    await expire(t(), postId);
    assert.doesNotMatch((await t().client().get('/en/exchange')).body, /Projector for a week/);
    assert.doesNotMatch((await t().client().get('/api/v1/exchange')).body, /Projector for a week/);
    const page = await t().client().get(`/en/exchange/${postId}`);
    assert.equal(page.status, 200);
    assert.match(page.body, /This post has expired/);
    const answer = await t().client().get(`/en/exchange/${postId}/answer`);
    assert.equal(answer.status, 303);
    const own = await (await signedInClient(t(), member)).get(`/en/organisations/${orgId}/exchange`);
    assert.match(own.body, /Projector for a week/);
    assert.match(own.body, /Expired/);
    // Housekeeping unlists it, and takes it out of the search index, where it would crowd live
    // posts out of a search's capped matches; a new expiry day, by editing or renewing, lists it again.
    const indexed = async () => (await matchingIds(t().db, EXCHANGE_INDEX, 'projector', 100)).ids.includes(postId);
    assert.equal(await indexed(), true);
    assert.ok((await unlistExpired(t().db, today())) >= 1);
    assert.equal(await indexed(), false);
    const listed = async () =>
      Number(
        (await t().db.selectFrom('exchange_posts').select('listed').where('id', '=', postId).executeTakeFirstOrThrow())
          .listed,
      );
    assert.equal(await listed(), 0);
    const client = await signedInClient(t(), member);
    const edited = await client.submit(
      `/en/organisations/${orgId}/exchange/${postId}/edit`,
      form({ title: 'Projector for a week' }),
    );
    assert.equal(edited.status, 303);
    assert.equal(await listed(), 1);
    assert.equal(await indexed(), true);
    assert.match((await t().client().get('/en/exchange')).body, /Projector for a week/);
  });
});
