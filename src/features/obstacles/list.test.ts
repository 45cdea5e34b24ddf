import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, type TestUser } from '../../../test/support/accounts.ts';
import { closeObstacle, endorseObstacle, hideObstacle, reportObstacle } from './service.ts';
import { parseListQuery } from './query.ts';
import { listPage, PAGE_SIZE } from './service-public.ts';
import { depsOf, validObstacle } from './test-support.ts';

// The public list: search, filters, both orders, keyset pages without gaps or repeats, and the
// figures per region and target group as a chart and a table, from the counts the writes keep.

describeEachEngine('obstacles: the public list', (t) => {
  let reporter: TestUser;
  let orgId: string;
  const others: { user: TestUser; orgId: string }[] = [];
  const ids: Record<string, string> = {};

  before(async () => {
    reporter = await createUser(t().db);
    orgId = (await createOrganisation(t().db, { members: [{ user: reporter, role: 'admin' }] })).id;
    for (let i = 0; i < 3; i++) {
      const user = await createUser(t().db);
      others.push({ user, orgId: (await createOrganisation(t().db, { members: [{ user, role: 'admin' }] })).id });
    }
    const add = async (key: string, over: Parameters<typeof validObstacle>[0], endorsements = 0) => {
      const made = await reportObstacle(depsOf(t()), reporter.id, orgId, validObstacle(over));
      assert.ok(made.ok);
      ids[key] = made.value.id;
      for (const o of others.slice(0, endorsements)) {
        assert.ok(
          (await endorseObstacle(depsOf(t()), o.user.id, { ref: made.value.id, orgId: o.orgId, evidence: null })).ok,
        );
      }
    };
    await add(
      'brussels',
      {
        title: 'Kiosk without sound',
        description: 'Blind visitors cannot use the ticket kiosk.',
        tags: { cause: ['stress'], group: ['health_disability'], region: ['brussels'], audience: ['customers'] },
      },
      1,
    );
    await add(
      'wallonia',
      {
        title: 'Pas de guichet',
        description: 'Le guichet a fermé.',
        tags: { cause: ['non_digital'], group: ['older'], region: ['wallonia'], audience: ['community'] },
      },
      3,
    );
    await add(
      'both',
      {
        title: 'Phishing fear',
        description: 'People fear fraud messages.',
        tags: {
          cause: ['trust'],
          group: ['older', 'low_income'],
          region: ['brussels', 'wallonia'],
          audience: ['customers'],
        },
      },
      2,
    );
    await add('closed', {
      title: 'Closed long ago',
      tags: { cause: ['skills'], group: ['jobseekers'], region: ['flanders'], audience: ['employees'] },
    });
    assert.ok((await closeObstacle(depsOf(t()), reporter.id, { id: ids.closed!, reason: 'Solved.' })).ok);
    await add('hidden', {
      title: 'Hidden one',
      tags: { cause: ['skills'], group: ['older'], region: ['brussels'], audience: ['employees'] },
    });
    assert.ok((await hideObstacle(depsOf(t()), reporter.id, { id: ids.hidden!, reason: 'Names a person.' })).ok);
  });

  const titles = (body: string) =>
    [...body.matchAll(/<h3><a href="\/en\/obstacles\/[^"]+" lang="[a-z]+">([^<]+)<\/a>/g)].map((m) => m[1]);

  test('most seen first by default, newest on request; hidden ones never', async () => {
    const res = await t().client().get('/en/obstacles');
    assert.equal(res.status, 200);
    assert.equal(res.body.match(/<h1[\s>]/g)?.length, 1);
    assert.deepEqual(titles(res.body), ['Pas de guichet', 'Phishing fear', 'Kiosk without sound', 'Closed long ago']);
    assert.match(res.body, /4 obstacles/);
    const newest = await t().client().get('/en/obstacles?sort=newest');
    assert.deepEqual(titles(newest.body), [
      'Closed long ago',
      'Phishing fear',
      'Pas de guichet',
      'Kiosk without sound',
    ]);
  });

  test('filters combine: values within a facet widen, facets narrow; status filters', async () => {
    const brussels = await t().client().get('/en/obstacles?region=brussels');
    assert.deepEqual(titles(brussels.body).sort(), ['Kiosk without sound', 'Phishing fear']);
    assert.match(brussels.body, /2 obstacles/);
    assert.match(brussels.body, /name="region" type="checkbox" value="brussels" checked/);
    const older = await t().client().get('/en/obstacles?region=brussels&region=wallonia&group=older');
    assert.deepEqual(titles(older.body).sort(), ['Pas de guichet', 'Phishing fear']);
    const closed = await t().client().get('/en/obstacles?status=closed');
    assert.deepEqual(titles(closed.body), ['Closed long ago']);
    const nothing = await t().client().get('/en/obstacles?cause=affordability&region=nowhere');
    assert.equal(nothing.status, 200);
    assert.match(nothing.body, /No obstacle matches your choice\./);
  });

  test('search finds words in titles and descriptions, with the filters', async () => {
    const fraud = await t().client().get('/en/obstacles?q=fraud');
    assert.deepEqual(titles(fraud.body), ['Phishing fear']);
    assert.match(fraud.body, /value="fraud"/);
    const kiosk = await t().client().get('/en/obstacles?q=kiosk&region=wallonia');
    assert.deepEqual(titles(kiosk.body), []);
    assert.deepEqual(titles((await t().client().get('/en/obstacles?q=hidden')).body), []);
    for (const q of ['"', '*', 'OR', '<script>', 'a'.repeat(500)]) {
      assert.equal(
        (
          await t()
            .client()
            .get(`/en/obstacles?q=${encodeURIComponent(q)}`)
        ).status,
        200,
      );
    }
  });

  test('figures per region and target group: an SVG chart with a name and the same numbers in a table', async () => {
    const res = await t().client().get('/en/obstacles');
    assert.match(res.body, /<svg[^>]*role="img"[^>]*aria-label="Bar chart: Obstacles per region\./);
    const table = res.body.match(
      /<caption class="visually-hidden">Obstacles per region<\/caption>[\s\S]*?<\/table>/,
    )![0];
    const cell = (region: string) =>
      table.match(new RegExp(`<th scope="row">${region}</th><td class="numeric">(\\d+)</td>`))?.[1];
    assert.equal(cell('Brussels-Capital Region') ?? cell('Brussels'), '2');
    assert.equal(cell('Wallonia'), '2');
    assert.equal(cell('Flanders'), '1');
    const counts = await t()
      .db.selectFrom('obstacle_counts')
      .select(['facet', 'value', 'n'])
      .where('facet', '=', 'region')
      .execute();
    assert.deepEqual(Object.fromEntries(counts.filter((c) => Number(c.n) > 0).map((c) => [c.value, Number(c.n)])), {
      brussels: 2,
      wallonia: 2,
      flanders: 1,
    });
  });

  test('pages follow each other without gaps or repeats, in both orders', async () => {
    for (let i = 0; i < PAGE_SIZE + 5; i++) {
      const made = await reportObstacle(
        depsOf(t()),
        reporter.id,
        orgId,
        validObstacle({ title: `Paged obstacle ${i}` }),
      );
      assert.ok(made.ok);
    }
    for (const sort of ['seen', 'newest']) {
      const seen: string[] = [];
      let url: string | null = `/en/obstacles?sort=${sort}`;
      for (let n = 0; url && n < 5; n++) {
        const res = await t().client().get(url);
        seen.push(...titles(res.body).map(String));
        url =
          res.body.match(/<a class="pagination__link" href="([^"]+)" rel="next">/)?.[1]?.replace(/&amp;/g, '&') ?? null;
      }
      assert.equal(seen.length, PAGE_SIZE + 5 + 4, sort);
      assert.equal(new Set(seen).size, seen.length, `${sort}: no repeats`);
    }
  });

  test('a search pages through its matches in the order of the list, without gaps or repeats', async () => {
    const walk = async (start: string) => {
      const seen: string[] = [];
      let url: string | null = start;
      for (let n = 0; url && n < 10; n++) {
        const res = await t().client().get(url);
        seen.push(...titles(res.body).map(String));
        url =
          res.body.match(/<a class="pagination__link" href="([^"]+)" rel="next">/)?.[1]?.replace(/&amp;/g, '&') ?? null;
      }
      return seen;
    };
    for (const sort of ['seen', 'newest']) {
      const listed = (await walk(`/en/obstacles?sort=${sort}`)).filter((title) => title.startsWith('Paged obstacle'));
      const searched = await walk(`/en/obstacles?sort=${sort}&q=paged`);
      assert.equal(searched.length, PAGE_SIZE + 5, `${sort}: every match, over two pages`);
      assert.deepEqual(searched, listed, `${sort}: the same order as the list`);
    }
  });

  test('a rare filter looks through a window at a time and goes on after it', async () => {
    const { filter } = parseListQuery({ region: 'wallonia', group: 'older', cause: 'non_digital', sort: 'newest' });
    const found: string[] = [];
    let after = null;
    for (let n = 0; n < 50; n++) {
      const page = await listPage(t().db, filter, after, 2, { window: 3, searchCap: 100 });
      found.push(...page.items.map((i) => i.title));
      if (!page.next) break;
      after = parseListQuery({ ...{ sort: 'newest' }, after: page.next }).after;
    }
    assert.deepEqual(found, ['Pas de guichet']);
  });
  test('the CSV and API links carry the filters shown, and give what the page lists', async () => {
    const page = await t()
      .client()
      .get('/en/obstacles?region=brussels&region=wallonia&cause=trust&cause=stress&sort=newest');
    const csvHref = /href="(\/api\/v1\/obstacles\.csv[^"]*)"/.exec(page.body)?.[1]?.replaceAll('&amp;', '&');
    const apiHref = /href="(\/api\/v1\/obstacles\?[^"]*)"/.exec(page.body)?.[1]?.replaceAll('&amp;', '&');
    assert.ok(csvHref && apiHref, 'both links are on the page');
    const params = new URL(csvHref, 'http://x').searchParams;
    assert.deepEqual(params.getAll('region'), ['brussels', 'wallonia']);
    assert.deepEqual(params.getAll('cause'), ['stress', 'trust']);
    assert.equal(params.get('sort'), 'newest');
    assert.equal(params.get('lang'), 'en');
    assert.match(page.body, /Download these obstacles \(CSV\)/);
    const api = JSON.parse((await t().client().get(apiHref)).body) as { items: { title: string }[] };
    assert.deepEqual(
      api.items.map((i) => i.title),
      ['Phishing fear', 'Kiosk without sound'],
    );
    const csv = (await t().client().get(csvHref)).body;
    assert.match(csv, /Phishing fear/);
    assert.match(csv, /Kiosk without sound/);
    assert.doesNotMatch(csv, /Pas de guichet/);
    // Without filters, the link is to everything.
    assert.match((await t().client().get('/en/obstacles')).body, /href="\/api\/v1\/obstacles\.csv\?lang=en"/);
  });
});
