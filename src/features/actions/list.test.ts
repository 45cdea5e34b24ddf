import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { decodeCursor, NO_FILTER } from './query.ts';
import { listPage } from './service-public.ts';
import { changeStatus, proposeAction } from './service-propose.ts';
import { depsOf, validAction, world, type World } from './test-support.ts';

// The public list: filters sent with a button, totals from the kept counts, keyset pages.

describeEachEngine('actions: the public list', (t) => {
  let w: World;

  before(async () => {
    w = await world(t());
    // 23 actions: the first looks for a venue, the second is done, the rest are proposed.
    for (let i = 0; i < 23; i++) {
      const made = await proposeAction(depsOf(t()), w.a.id, w.orgA.id, {
        ...validAction({ title: `Actie nummer ${i}`, needs: i === 0 ? ['venue'] : ['funding'] }),
        obstacleRefs: [w.obstacle.slug],
      });
      assert.ok(made.ok);
      // One minute apart: the order does not hang on ids made in the same millisecond.
      await t()
        .db.updateTable('actions')
        .set({ created_at: new Date(Date.UTC(2026, 0, 1, 9, i)).toISOString() })
        .where('id', '=', made.value.id)
        .execute();
      if (i === 0) await changeStatus(depsOf(t()), w.a.id, made.value.slug, { status: 'looking', reason: null });
      if (i === 1) await changeStatus(depsOf(t()), w.a.id, made.value.slug, { status: 'done', reason: null });
    }
  });

  test('everyone sees the list with its total, a filter form with a button, and pages newest first', async () => {
    const anon = t().client();
    const res = await anon.get('/en/actions');
    assert.equal(res.status, 200);
    assert.equal(res.body.match(/<h1[\s>]/g)?.length, 1);
    assert.match(res.body, /23 actions/);
    assert.match(res.body, /role="search"/);
    assert.match(res.body, /Actie nummer 22/);
    assert.doesNotMatch(res.body, /Actie nummer 2</);
    const next = /href="(\/en\/actions\?after=[^"]+)"/.exec(res.body)?.[1];
    assert.ok(next, 'a next page');
    const second = await anon.get(next!.replaceAll('&amp;', '&'));
    assert.equal(second.status, 200);
    assert.match(second.body, /Actie nummer 2</);
    assert.match(second.body, /Actie nummer 0</);
    assert.doesNotMatch(second.body, /Actie nummer 22</);
  });

  test('filters on status, need, cause and region; a damaged cursor or value shows the first page', async () => {
    const anon = t().client();
    const looking = await anon.get('/en/actions?status=looking');
    assert.match(looking.body, /1 action</);
    assert.match(looking.body, /Actie nummer 0</);
    assert.match(looking.body, /Needs: A venue/);
    const venue = await anon.get('/en/actions?need=venue');
    assert.match(venue.body, /Actie nummer 0</);
    assert.doesNotMatch(venue.body, /Actie nummer 1</);
    const done = await anon.get('/en/actions?status=done&need=funding');
    assert.match(done.body, /Actie nummer 1</);
    assert.doesNotMatch(done.body, /Actie nummer 3</);
    // The obstacle is about digital stress in Flanders.
    assert.match((await anon.get('/en/actions?cause=stress&region=flanders')).body, /Actie nummer 5</);
    assert.match((await anon.get('/en/actions?region=wallonia')).body, /No action matches these choices/);
    const odd = await anon.get('/en/actions?status=%00&after=%%%&need[]=x');
    assert.equal(odd.status, 200);
    assert.match(odd.body, /23 actions/);
  });

  test('a filtered page looks at a window of actions at a time, and its next link goes on after the window', async () => {
    const filter = { ...NO_FILTER, needs: ['venue' as const] };
    // The only action that needs a venue is the oldest of 23: five windows of 5 before it.
    let page = await listPage(t().db, filter, null, 20, 5);
    assert.equal(page.items.length, 0);
    assert.ok(page.further && page.next);
    let windows = 1;
    while (page.items.length === 0 && page.next) {
      page = await listPage(t().db, filter, decodeCursor(page.next), 20, 5);
      windows++;
    }
    assert.deepEqual(
      page.items.map((i) => i.title),
      ['Actie nummer 0'],
    );
    assert.equal(windows, 5);
    const anon = t().client();
    assert.match((await anon.get('/en/actions?need=venue')).body, /Actie nummer 0</, 'the page’s window holds all 23');
  });
});
