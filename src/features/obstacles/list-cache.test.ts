import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import { organisationProfile, saveProfileDetails } from '../organisations/service-registration.ts';
import {
  closeObstacle,
  endorseObstacle,
  hideObstacle,
  mergeObstacle,
  reportObstacle,
  withdrawEndorsement,
} from './service.ts';
import { editObstacle } from './service-edit.ts';
import { depsOf, validObstacle } from './test-support.ts';

// The obstacle list is served to anonymous readers from the page cache (ADR 0022). Every change
// the list shows, made through the services, must be on the next page at once: a report, "we
// see this too" and its withdrawal, closing, hiding, merging, the reporter's edit and new name.
// (A withdrawn organisation's counts: withdrawn.test.ts.)

describeEachEngine('obstacles: the list through the page cache', (t) => {
  const people = {} as Record<'a' | 'b' | 'secretariat', TestUser>;
  const orgs = {} as Record<'a' | 'b', string>;
  const LIST = '/en/obstacles';
  const get = (url = LIST, headers: Record<string, string> = {}) => t().app.inject({ method: 'GET', url, headers });

  before(async () => {
    for (const k of ['a', 'b'] as const) {
      people[k] = await createUser(t().db, { locale: 'en' });
      orgs[k] = (
        await createOrganisation(t().db, { name: `Cache Org ${k}`, members: [{ user: people[k], role: 'admin' }] })
      ).id;
    }
    people.secretariat = await createUser(t().db, { secretariat: true, locale: 'en' });
  });

  const report = async (title: string) => {
    const made = await reportObstacle(depsOf(t()), people.a.id, orgs.a, validObstacle({ title }));
    assert.ok(made.ok);
    return made.value;
  };
  /** Reads the list twice (so the second is the cached page), changes, and returns the page after. */
  const afterChange = async (change: () => Promise<unknown>) => {
    const before = await get();
    assert.equal((await get()).headers.etag, before.headers.etag, 'the second read is the cached page');
    await change();
    const after = await get();
    assert.notEqual(after.headers.etag, before.headers.etag);
    return { before: before.body, after: after.body };
  };

  test('the list is cached for anonymous readers, not for signed-in ones', async () => {
    const first = await get();
    assert.ok(first.headers.etag);
    assert.equal((await get(LIST, { 'if-none-match': first.headers.etag as string })).statusCode, 304);
    const signedIn = await (await signedInClient(t(), people.a)).get(LIST);
    assert.equal(signedIn.headers['cache-control'], 'private, no-store');
  });

  test('a report, then "we see this too" and its withdrawal, show at once', async () => {
    const made = { slug: '' };
    const r = await afterChange(async () => (made.slug = (await report('Cached page keeps the queue hidden')).slug));
    assert.doesNotMatch(r.before, /Cached page keeps the queue hidden/);
    assert.match(r.after, /Cached page keeps the queue hidden/);

    const e = await afterChange(() =>
      endorseObstacle(depsOf(t()), people.b.id, { ref: made.slug, orgId: orgs.b, evidence: null }),
    );
    assert.match(e.after, /Seen by 1 other organisation/);
    const w = await afterChange(() => withdrawEndorsement(depsOf(t()), people.b.id, { ref: made.slug, orgId: orgs.b }));
    assert.doesNotMatch(w.after, /Seen by 1 other organisation/);
  });

  test('closing, hiding and merging show at once', async () => {
    const closing = await report('Closing shows in the list');
    const c = await afterChange(() =>
      closeObstacle(depsOf(t()), people.secretariat.id, { id: closing.id, reason: 'Solved' }),
    );
    assert.equal((c.before.match(/>Closed</g) ?? []).length + 1, (c.after.match(/>Closed</g) ?? []).length);

    const hiding = await report('Hiding takes it off the list');
    const h = await afterChange(() =>
      hideObstacle(depsOf(t()), people.secretariat.id, { id: hiding.id, reason: 'Personal data' }),
    );
    assert.match(h.before, /Hiding takes it off the list/);
    assert.doesNotMatch(h.after, /Hiding takes it off the list/);

    const kept = await report('The kept one of a merge');
    const dup = await report('The duplicate of a merge');
    const m = await afterChange(() => mergeObstacle(depsOf(t()), people.secretariat.id, { id: dup.id, into: kept.id }));
    assert.match(m.before, /The duplicate of a merge/);
    assert.doesNotMatch(m.after, /The duplicate of a merge/);
  });

  test("the reporter's edit shows at once", async () => {
    const o = await report('Before the edit');
    const r = await afterChange(() =>
      editObstacle(depsOf(t()), people.a.id, {
        ...validObstacle({ title: 'After the edit' }),
        orgId: orgs.a,
        ref: o.id,
      }),
    );
    assert.match(r.before, /Before the edit/);
    assert.match(r.after, /After the edit/);
    assert.doesNotMatch(r.after, /Before the edit/);
  });

  test('the reporting organisation renamed shows at once', async () => {
    const profile = (await organisationProfile(t().db, orgs.a))!;
    const r = await afterChange(() =>
      t()
        .db.transaction()
        .execute((trx) => saveProfileDetails(trx, orgs.a, { ...profile, legalName: 'Renamed Cache Org' })),
    );
    assert.match(r.after, /Renamed Cache Org/);
  });
});
