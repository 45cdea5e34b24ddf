import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { decodeCursor, NO_FILTER } from './query.ts';
import { listPage } from './service-public.ts';
import { changeStatus, proposeAction } from './service-propose.ts';
import { reportObstacle } from '../obstacles/service.ts';
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
  test('the actions against one obstacle, linked from its page; the CSV and API links carry the filters', async () => {
    const other = await reportObstacle(depsOf(t()), w.b.id, w.orgB.id, {
      lang: 'fr',
      title: 'Pas de guichet pour les aînés',
      description: 'Le seul guichet a fermé.',
      tags: { cause: ['access'], group: ['older'], region: ['wallonia'], audience: ['customers'] },
      evidenceText: null,
      evidenceLink: null,
      evidenceFigure: null,
    });
    assert.ok(other.ok);
    const made = await proposeAction(depsOf(t()), w.b.id, w.orgB.id, {
      ...validAction({ title: 'Un guichet mobile' }),
      obstacleRefs: [other.value.slug],
    });
    assert.ok(made.ok);
    const anon = t().client();
    const obstaclePage = await anon.get(`/en/obstacles/${other.value.slug}`);
    const link = `/en/actions?obstacle=${other.value.slug}`;
    assert.ok(obstaclePage.body.includes(`href="${link}">The joint actions against this obstacle<`), 'linked');
    const against = await anon.get(link);
    assert.equal(against.status, 200);
    assert.match(
      against.body,
      /Joint actions against the obstacle <a href="[^"]+" lang="fr">Pas de guichet pour les aînés<\/a>/,
    );
    assert.match(against.body, /Un guichet mobile</);
    assert.doesNotMatch(against.body, /Actie nummer/);
    assert.ok(against.body.includes(`<input type="hidden" name="obstacle" value="${other.value.slug}"`), 'kept');
    assert.ok(against.body.includes(`href="/api/v1/actions.csv?obstacle=${other.value.slug}">Download these actions`));
    const unknown = await anon.get('/en/actions?obstacle=no-such-obstacle');
    assert.match(unknown.body, /This obstacle is not in the register, or no longer/);
    assert.match(unknown.body, /No action matches these choices/);

    const api = await anon.get(`/api/v1/actions?obstacle=${other.value.slug}`);
    assert.deepEqual(
      (JSON.parse(api.body) as { items: { title: string }[] }).items.map((i) => i.title),
      ['Un guichet mobile'],
    );
    const csv = await anon.get(`/api/v1/actions.csv?obstacle=${other.value.slug}`);
    assert.match(csv.body, /Un guichet mobile/);
    assert.doesNotMatch(csv.body, /Actie nummer/);
    assert.equal((await anon.get('/api/v1/actions?obstacle=Not%20a%20slug')).status, 400);

    // Several values per facet, as on the page; the next link keeps them.
    const filtered = await anon.get('/en/actions?status=done&status=looking');
    assert.match(filtered.body, /href="\/api\/v1\/actions.csv\?status=looking&amp;status=done"/);
    const two = JSON.parse((await anon.get('/api/v1/actions?status=done&status=looking')).body) as { items: unknown[] };
    assert.equal(two.items.length, 2);
    const paged = JSON.parse((await anon.get('/api/v1/actions?status=proposed&need=funding&limit=5')).body) as {
      next_url: string;
    };
    assert.match(paged.next_url, /\/api\/v1\/actions\?status=proposed&need=funding&limit=5&after=/);
  });
});
