import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createUser } from '../../../test/support/accounts.ts';
import { logActivity } from '../activities/service.ts';
import { validActivity, world, type World } from '../activities/test-support.ts';
import { createCampaign } from '../campaigns/service.ts';
import { supportCampaign } from '../campaigns/service-support.ts';
import { validCampaign } from '../campaigns/test-support.ts';
import { closePost } from '../exchange/service-writing.ts';
import { depsOf as exchangeDeps, postFor } from '../exchange/test-support.ts';

// A signatory's profile is served to anonymous readers from the page cache (ADR 0022), cached
// from every feature's contents (`Feature.contents`). It shows a part of many features, so the
// danger is a write that forgets to move its content: each change below goes through a service,
// as a person would make it, and the very next anonymous request must show it.

describeEachEngine('signatories: a profile through the page cache', (t) => {
  let w: World;
  const profile = () => t().app.inject({ method: 'GET', url: `/en/signatories/${w.org.slug}` });
  const year = new Date().getUTCFullYear();

  before(async () => {
    w = await world(t());
  });

  test('a profile is cached: the same page and ETag twice', async () => {
    const first = await profile();
    const second = await profile();
    assert.equal(first.statusCode, 200);
    assert.ok(first.headers.etag);
    assert.equal(second.headers.etag, first.headers.etag);
    assert.equal(second.body, first.body);
  });

  test('a public activity logged shows in the totals at once; a private one changes nothing public', async () => {
    const before = await profile();
    await profile();
    const logged = await logActivity(
      t().db,
      w.member.id,
      w.org.id,
      validActivity({ startsOn: `${year}-01-15`, peopleReached: 4321 }),
    );
    assert.ok(logged.ok);
    const after = await profile();
    assert.notEqual(after.headers.etag, before.headers.etag);
    assert.match(after.body, /4[.,\u202f ]321/);
    assert.doesNotMatch(before.body, /4[.,\u202f ]321/);
    const hidden = await logActivity(
      t().db,
      w.member.id,
      w.org.id,
      validActivity({ startsOn: `${year}-01-16`, peopleReached: 8765, visibility: 'private' }),
    );
    assert.ok(hidden.ok);
    assert.doesNotMatch((await profile()).body, /8[.,\u202f ]765/);
  });

  test('a campaign supported shows at once', async () => {
    const secretary = await createUser(t().db, { secretariat: true });
    const made = await createCampaign(
      t().db,
      secretary.id,
      validCampaign({ startsOn: `${year}-01-01`, endsOn: `${year}-12-31` }),
    );
    assert.ok(made.ok);
    const before = await profile();
    assert.doesNotMatch(before.body, /1 campaign supported this year/);
    const supported = await supportCampaign(t().db, w.admin.id, made.value.id, w.org.id);
    assert.ok(supported.ok);
    assert.match((await profile()).body, /1 campaign supported this year/);
  });

  test('an offer posted shows at once, and is gone at once when closed', async () => {
    const before = await profile();
    const postId = await postFor(t(), w.admin.id, w.org.id, { title: 'Twintig tablets te leen' });
    const shown = await profile();
    assert.doesNotMatch(before.body, /Twintig tablets te leen/);
    assert.match(shown.body, /Twintig tablets te leen/);
    const closed = await closePost(exchangeDeps(t()), w.admin.id, w.org.id, postId);
    assert.ok(closed.ok);
    assert.doesNotMatch((await profile()).body, /Twintig tablets te leen/);
  });
});
