import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import type { Client } from '../../../test/support/client.ts';
import { endorseObstacle, reportObstacle } from './service.ts';
import { depsOf, validObstacle } from './test-support.ts';

// The secretariat's decisions: merge (endorsements move without duplicates, the reporter becomes
// an endorser, the old address redirects), close with a reason, hide with a reason only the
// reporting organisation sees. Each one audited, and refused to anyone else.

describeEachEngine('obstacles: moderation', (t) => {
  const people = {} as Record<'a' | 'b' | 'c' | 'd' | 'secretariat', TestUser>;
  const orgs = {} as Record<'a' | 'b' | 'c' | 'd', string>;
  let asSecretariat: Client;

  before(async () => {
    for (const k of ['a', 'b', 'c', 'd'] as const) {
      people[k] = await createUser(t().db, { locale: 'en' });
      orgs[k] = (
        await createOrganisation(t().db, {
          name: `Org ${k.toUpperCase()}`,
          members: [{ user: people[k], role: 'admin' }],
        })
      ).id;
    }
    people.secretariat = await createUser(t().db, { secretariat: true, locale: 'en' });
    asSecretariat = await signedInClient(t(), people.secretariat);
  });

  const report = async (k: 'a' | 'b' | 'c' | 'd', title: string) => {
    const made = await reportObstacle(depsOf(t()), people[k].id, orgs[k], validObstacle({ title }));
    assert.ok(made.ok);
    return made.value;
  };
  const endorse = async (k: 'a' | 'b' | 'c' | 'd', ref: string) => {
    const done = await endorseObstacle(depsOf(t()), people[k].id, { ref, orgId: orgs[k], evidence: `seen by ${k}` });
    assert.ok(done.ok);
  };
  const endorsers = async (id: string) =>
    (await t().db.selectFrom('obstacle_endorsements').select('org_id').where('obstacle_id', '=', id).execute())
      .map((r) => r.org_id)
      .sort();

  test('merging keeps every endorsement once, adds the reporter and redirects the old address', async () => {
    const kept = await report('a', 'The form times out');
    const dup = await report('b', 'The online form times out too fast');
    await endorse('c', kept.slug);
    await endorse('c', dup.slug); // both: one endorsement after the merge
    await endorse('d', dup.slug);
    await endorse('a', dup.slug); // the kept one's reporter: not an endorser of its own
    const res = await asSecretariat.submit(
      `/en/secretariat/obstacles/${dup.id}`,
      { into: `http://localhost:3000/fr/obstacles/${kept.slug}` },
      `/en/secretariat/obstacles/${dup.id}/merge`,
    );
    assert.equal(res.status, 303);
    assert.equal(res.location, `/en/obstacles/${kept.slug}`);
    assert.deepEqual(await endorsers(kept.id), [orgs.b, orgs.c, orgs.d].sort());
    assert.deepEqual(await endorsers(dup.id), []);
    const row = await t().db.selectFrom('obstacles').selectAll().where('id', '=', kept.id).executeTakeFirstOrThrow();
    assert.equal(Number(row.endorsement_count), 3);
    const old = await t().client().get(`/en/obstacles/${dup.slug}`);
    assert.equal(old.status, 301);
    assert.equal(old.location, `/en/obstacles/${kept.slug}`);
    assert.equal((await t().client().get(`/en/obstacles/${dup.id}`)).location, `/en/obstacles/${kept.slug}`);
    const page = await t().client().get(`/en/obstacles/${kept.slug}`);
    assert.match(page.body, /3 other organisations see this obstacle too\./);
    assert.match(page.body, /Org B/);
    // The merged one left the list and its counts.
    const list = await t().client().get('/en/obstacles?q=fast');
    assert.doesNotMatch(list.body, /The online form times out too fast/);
    const audit = await t()
      .db.selectFrom('audit_log')
      .select(['action', 'details'])
      .where('subject_id', '=', dup.id)
      .execute();
    assert.ok(audit.some((a) => a.action === 'obstacles.merged'));
  });

  test('a merge into itself or into nothing shows the form again with the typed value', async () => {
    const one = await report('a', 'Merge refusals');
    const self = await asSecretariat.submit(
      `/en/secretariat/obstacles/${one.id}`,
      { into: one.slug },
      `/en/secretariat/obstacles/${one.id}/merge`,
    );
    assert.equal(self.status, 400);
    assert.match(self.body, /Choose another obstacle than this one\./);
    assert.match(self.body, new RegExp(`value="${one.slug}"`));
    const none = await asSecretariat.submit(
      `/en/secretariat/obstacles/${one.id}`,
      { into: 'no-such-thing' },
      `/en/secretariat/obstacles/${one.id}/merge`,
    );
    assert.equal(none.status, 400);
    assert.match(none.body, /No public obstacle has this address\./);
    assert.match(none.body, /value="no-such-thing"/);
  });

  test('closing shows the reason on the page and ends endorsing', async () => {
    const one = await report('a', 'Closing it');
    const empty = await asSecretariat.submit(
      `/en/secretariat/obstacles/${one.id}`,
      { closeReason: '' },
      `/en/secretariat/obstacles/${one.id}/close`,
    );
    assert.equal(empty.status, 400);
    const res = await asSecretariat.submit(
      `/en/secretariat/obstacles/${one.id}`,
      { closeReason: 'The service added a phone line.' },
      `/en/secretariat/obstacles/${one.id}/close`,
    );
    assert.equal(res.status, 303);
    const page = await t().client().get(`/en/obstacles/${one.slug}`);
    assert.equal(page.status, 200);
    assert.match(page.body, /Closed on/);
    assert.match(page.body, /The service added a phone line\./);
    const late = await endorseObstacle(depsOf(t()), people.b.id, { ref: one.slug, orgId: orgs.b, evidence: null });
    assert.equal(late.ok ? 'ok' : late.error, 'conflict');
    const again = await asSecretariat.submit(
      `/en/secretariat/obstacles/${one.id}`,
      { closeReason: 'Twice' },
      `/en/secretariat/obstacles/${one.id}/close`,
    );
    assert.equal(again.status, 409);
    const audit = await t().db.selectFrom('audit_log').select('action').where('subject_id', '=', one.id).execute();
    assert.ok(audit.some((a) => a.action === 'obstacles.closed'));
  });

  test('hiding takes it from the public; the reporting organisation sees the reason', async () => {
    const one = await report('a', 'Hidden from view');
    const res = await asSecretariat.submit(
      `/en/secretariat/obstacles/${one.id}`,
      { hideReason: 'It names a member of staff.' },
      `/en/secretariat/obstacles/${one.id}/hide`,
    );
    assert.equal(res.status, 303);
    assert.equal((await t().client().get(`/en/obstacles/${one.slug}`)).status, 404);
    const asOther = await signedInClient(t(), people.b);
    assert.equal((await asOther.get(`/en/obstacles/${one.slug}`)).status, 404);
    const asAuthor = await signedInClient(t(), people.a);
    const own = await asAuthor.get(`/en/obstacles/${one.slug}`);
    assert.equal(own.status, 200);
    assert.match(own.body, /Hidden by the secretariat/);
    assert.match(own.body, /It names a member of staff\./);
    const list = await t().client().get('/en/obstacles?q=hidden');
    assert.doesNotMatch(list.body, /Hidden from view/);
    const api = await t().client().get('/api/v1/obstacles?q=hidden');
    assert.equal(JSON.parse(api.body).items.length, 0);
  });

  test('only the secretariat moderates', async () => {
    const one = await report('a', 'Not yours to moderate');
    const asAuthor = await signedInClient(t(), people.a);
    assert.equal((await asAuthor.get(`/en/secretariat/obstacles/${one.id}`)).status, 403);
    const token = (await asAuthor.get(`/en/obstacles/${one.slug}`)).body.match(/name="_csrf" value="([^"]+)"/)![1]!;
    for (const [path, fields] of [
      ['close', { closeReason: 'no' }],
      ['hide', { hideReason: 'no' }],
      ['merge', { into: 'x' }],
    ] as const) {
      assert.equal((await asAuthor.post(`/en/secretariat/obstacles/${one.id}/${path}`, fields, token)).status, 403);
    }
    const row = await t().db.selectFrom('obstacles').selectAll().where('id', '=', one.id).executeTakeFirstOrThrow();
    assert.deepEqual([row.status, row.listed], ['open', 1]);
  });
});
