import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import * as practices from '../practices/service.ts';
import { depsOf, validPractice } from '../practices/test-support.ts';
import { follow } from './service.ts';

// "Download my data" (accounts) holds what the person follows, since when, and their mail
// choices: following hands its part through its manifest's `personalData`, never another
// person's follows or choices.

interface FollowingPart {
  follows: { kind: string; kindName: string; id: string; since: string; title: string | null; path: string | null }[];
  notificationSettings: { news: string; mails: { kind: string; name: string; choice: string }[] };
}

describeEachEngine('following: in "Download my data"', (t) => {
  let admin: TestUser;
  let practiceId: string;
  let slug: string;

  before(async () => {
    admin = await createUser(t().db, { locale: 'en' });
    const reviewer = await createUser(t().db, { secretariat: true });
    const orgId = (await createOrganisation(t().db, { status: 'signatory', members: [{ user: admin, role: 'admin' }] }))
      .id;
    const deps = depsOf(t());
    const input = { kind: 'checked' as const, input: validPractice() };
    const saved = await practices.savePractice(deps, admin.id, { orgId, practiceId: null }, input);
    assert.ok(saved.ok);
    practiceId = saved.value.practiceId;
    assert.ok((await practices.submitPractice(deps, admin.id, orgId, practiceId)).ok);
    const view = await practices.practiceForOrg(t().db, orgId, practiceId);
    assert.ok((await practices.publishRevision(deps, reviewer.id, view!.working!.revision.id)).ok);
    slug = (await practices.practiceForOrg(t().db, orgId, practiceId))!.practice.slug;
  });

  const download = async (client: Awaited<ReturnType<typeof signedInClient>>, lang: string) => {
    const res = await client.submit(`/${lang}/account`, {}, `/${lang}/account/data`);
    assert.equal(res.status, 200);
    return JSON.parse(res.body) as { following: FollowingPart; auditLog: { action: string; details?: unknown }[] };
  };

  test('the file lists what the person follows, since when, and their mail choices', async () => {
    const client = await signedInClient(t(), admin);
    assert.equal(
      (await client.submit(`/en/practices/${slug}`, {}, `/en/following/practice/${practiceId}/follow`)).status,
      303,
    );
    await follow(t().db, admin.id, 'practice', 'a-practice-since-removed');
    const saved = await client.submit('/en/account/notifications', { news: 'instant', mails: ['practices-review'] });
    assert.equal(saved.status, 303);
    // Someone else's follows and choices stay out of it.
    const other = await createUser(t().db);
    await follow(t().db, other.id, 'practice', 'only-the-other-person-follows-this');

    const data = await download(client, 'en');
    const { follows, notificationSettings } = data.following;
    assert.equal(follows.length, 2);
    const followed = follows.find((f) => f.id === practiceId);
    assert.ok(followed, 'the practice followed through its page');
    assert.equal(followed.kind, 'practice');
    assert.equal(followed.kindName, 'Good practice');
    assert.equal(followed.title, 'Telefonische hulp bij online formulieren');
    assert.equal(followed.path, `/en/practices/${slug}`);
    assert.match(followed.since, /^\d{4}-\d\d-\d\dT/);
    const gone = follows.find((f) => f.id === 'a-practice-since-removed');
    assert.deepEqual([gone?.title, gone?.path], [null, null], 'a subject gone is still listed, without a title');
    assert.ok(!JSON.stringify(data).includes('only-the-other-person-follows-this'));

    assert.equal(notificationSettings.news, 'instant');
    const choice = (kind: string) => notificationSettings.mails.find((m) => m.kind === kind);
    assert.equal(choice('practices-review')?.choice, 'on');
    assert.equal(choice('practices-adopted')?.choice, 'off');
    assert.equal(choice('practices-adopted')?.name, 'Another organisation adopted a practice of your organisation');
    assert.equal(choice('accounts-security')?.choice, 'always');
    assert.equal(choice('practices-digest'), undefined, 'only the kinds their settings page shows them');
  });

  test('names are in the language of the page the file was asked from; a new person has the defaults', async () => {
    const newcomer = await createUser(t().db, { locale: 'fr' });
    const data = await download(await signedInClient(t(), newcomer), 'fr');
    assert.deepEqual(data.following.follows, []);
    assert.equal(data.following.notificationSettings.news, 'weekly');
    assert.ok(data.following.notificationSettings.mails.every((m) => m.choice !== 'off'));
    const frName = data.following.notificationSettings.mails.find((m) => m.kind === 'accounts-security')?.name;
    assert.ok(
      frName &&
        frName !==
          (await download(await signedInClient(t(), newcomer), 'en')).following.notificationSettings.mails.find(
            (m) => m.kind === 'accounts-security',
          )?.name,
    );
    const line = data.auditLog.find((l) => l.action === 'accounts.data_exported');
    assert.match(JSON.stringify(line?.details), /following/);
  });
});
