import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { organisationProfile, saveProfileDetails } from '../organisations/service-registration.ts';
import { addMilestone } from './service-milestones.ts';
import { askToJoin, decidePartner } from './service-partners.ts';
import { changeStatus, editAction, proposeAction } from './service-propose.ts';
import { hideAction, unhideAction } from './service-moderation.ts';
import { depsOf, sceneOf, validAction, type Scene } from './test-support.ts';
import { createUser, type TestUser } from '../../../test/support/accounts.ts';

// The list of joint actions is served to anonymous readers from the page cache (ADR 0022).
// Every kind of change the list shows, made through the services, must be on the next page at
// once: a stale page here is a bug.

describeEachEngine('actions: the list through the page cache', (t) => {
  let s: Scene;
  let slug: string;
  let secretary: TestUser;

  const get = (url = '/en/actions') => t().app.inject({ method: 'GET', url });
  /** Asks twice (the second from the cache), then returns the page after `change`. */
  const afterChange = async (change: () => Promise<{ ok: boolean }>) => {
    const before = await get();
    const cached = await get();
    assert.equal(cached.headers.etag, before.headers.etag, 'the list is served from the cache');
    assert.ok(before.headers.etag);
    assert.ok((await change()).ok);
    const after = await get();
    assert.notEqual(after.headers.etag, before.headers.etag);
    return after.body;
  };

  before(async () => {
    s = await sceneOf(t());
    slug = s.page.split('/').at(-1)!;
    secretary = await createUser(t().db, { secretariat: true });
  });

  test('a proposed action and an edited title show at once', async () => {
    const body = await afterChange(() =>
      proposeAction(depsOf(t()), s.a.id, s.orgA.id, {
        ...validAction({ title: 'Digitale koffieochtenden' }),
        obstacleRefs: [s.obstacle.slug],
      }),
    );
    assert.match(body, /Digitale koffieochtenden/);
    assert.match(body, /2 actions/);
    const edited = await afterChange(() =>
      editAction(depsOf(t()), s.b.id, slug, validAction({ title: 'Laptops voor iedereen' })),
    );
    assert.match(edited, /Laptops voor iedereen/);
  });

  test('a status, a milestone (the progress) and a partner show at once', async () => {
    assert.match(
      await afterChange(() => changeStatus(depsOf(t()), s.b.id, slug, { status: 'under_way', reason: null })),
      /Under way/,
    );
    const milestone = { dueOn: '2026-06-30', weight: 1, status: 'done' as const, percent: 100, doneOn: null };
    assert.match(
      await afterChange(() => addMilestone(depsOf(t()), s.b.id, slug, { ...milestone, title: 'Start' })),
      /Progress: 100%/,
    );
    assert.ok((await askToJoin(depsOf(t()), s.a.id, slug, s.orgA.id)).ok);
    assert.match(
      await afterChange(() => decidePartner(depsOf(t()), s.b.id, slug, { orgId: s.orgA.id, accept: true })),
      /1 partner/,
    );
  });

  test('the lead organisation renamed shows at once', async () => {
    const body = await afterChange(async () => {
      const profile = (await organisationProfile(t().db, s.orgB.id))!;
      await t()
        .db.transaction()
        .execute((trx) => saveProfileDetails(trx, s.orgB.id, { ...profile, legalName: 'Vzw Beta Hernoemd' }));
      return { ok: true };
    });
    assert.match(body, /led by Vzw Beta Hernoemd/);
  });

  test('an action hidden by the secretariat leaves the list at once, and comes back when shown again', async () => {
    const hidden = await afterChange(() => hideAction(depsOf(t()), secretary.id, slug, 'Reclame, geen actie.'));
    assert.doesNotMatch(hidden, /Laptops voor iedereen/);
    assert.match(hidden, /1 action/);
    const shown = await afterChange(() => unhideAction(depsOf(t()), secretary.id, slug));
    assert.match(shown, /Laptops voor iedereen/);
  });
});
