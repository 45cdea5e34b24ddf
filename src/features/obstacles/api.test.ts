import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, type TestUser } from '../../../test/support/accounts.ts';
import { endorseObstacle, mergeObstacle, reportObstacle } from './service.ts';
import { depsOf, validObstacle } from './test-support.ts';

// The open data: /api/v1/obstacles (JSON, keyset pages, strict parameters), one obstacle with
// its endorsers, the CSV file, and the OpenAPI description.

describeEachEngine('obstacles: API and CSV', (t) => {
  let reporter: TestUser;
  let endorser: TestUser;
  let orgId: string;
  let endorserOrg: { id: string; slug: string };
  const slugs: string[] = [];

  before(async () => {
    reporter = await createUser(t().db);
    endorser = await createUser(t().db);
    orgId = (await createOrganisation(t().db, { name: 'Reporter', members: [{ user: reporter, role: 'admin' }] })).id;
    endorserOrg = await createOrganisation(t().db, { name: 'Endorser', members: [{ user: endorser, role: 'admin' }] });
    for (let i = 0; i < 5; i++) {
      const made = await reportObstacle(
        depsOf(t()),
        reporter.id,
        orgId,
        validObstacle({
          title: `API obstacle ${i}`,
          evidenceFigure: i === 0 ? '=HYPERLINK("http://evil.example")' : null,
          tags: {
            cause: [i % 2 ? 'trust' : 'skills'],
            group: ['older'],
            region: ['flanders'],
            audience: ['customers'],
          },
        }),
      );
      assert.ok(made.ok);
      slugs.push(made.value.slug);
    }
    assert.ok(
      (
        await endorseObstacle(depsOf(t()), endorser.id, {
          ref: slugs[2]!,
          orgId: endorserOrg.id,
          evidence: 'Same here.',
        })
      ).ok,
    );
  });

  test('pages of JSON follow each other by the `next` cursor, most seen first', async () => {
    const first = await t().client().get('/api/v1/obstacles?limit=2');
    assert.equal(first.status, 200);
    const a = JSON.parse(first.body);
    assert.equal(a.total, 5);
    assert.equal(a.items.length, 2);
    assert.equal(a.items[0].slug, slugs[2]);
    assert.equal(a.items[0].endorsements, 1);
    assert.deepEqual(a.items[0].tags, {
      cause: ['skills'],
      group: ['older'],
      region: ['flanders'],
      audience: ['customers'],
    });
    assert.equal(a.items[0].organisation.name, 'Reporter');
    assert.match(a.items[0].url, /\/nl\/obstacles\//);
    const seen = a.items.map((i: { slug: string }) => i.slug);
    let next = a.next_url as string | null;
    while (next) {
      const page = JSON.parse(
        (
          await t()
            .client()
            .get(next.replace(/^https?:\/\/[^/]+/, ''))
        ).body,
      );
      seen.push(...page.items.map((i: { slug: string }) => i.slug));
      next = page.next_url;
    }
    assert.deepEqual([...seen].sort(), [...slugs].sort());
  });

  test('filters and search; a wrong value is a 400 that says which', async () => {
    const trust = JSON.parse((await t().client().get('/api/v1/obstacles?cause=trust')).body);
    assert.equal(trust.total, 2);
    assert.equal(trust.items.length, 2);
    const q = JSON.parse((await t().client().get('/api/v1/obstacles?q=obstacle%203')).body);
    assert.deepEqual(
      q.items.map((i: { slug: string }) => i.slug),
      [slugs[3]],
    );
    const bad = await t().client().get('/api/v1/obstacles?cause=nonsense');
    assert.equal(bad.status, 400);
    assert.match(JSON.parse(bad.body).message, /cause/);
    assert.equal((await t().client().get('/api/v1/obstacles?after=garbage')).status, 400);
    assert.equal((await t().client().get('/api/v1/obstacles?limit=1000')).status, 400);
  });

  test('a facet takes several values, as the page does, and the next link keeps them', async () => {
    const both = JSON.parse((await t().client().get('/api/v1/obstacles?cause=trust&cause=skills&limit=2')).body);
    assert.equal(both.items.length, 2);
    assert.ok(both.next_url, 'more than one page');
    const url = new URL(both.next_url);
    assert.deepEqual(url.searchParams.getAll('cause'), ['skills', 'trust']);
    assert.equal(url.searchParams.get('limit'), '2');
    const rest = JSON.parse((await t().client().get(`${url.pathname}${url.search}`)).body);
    assert.equal(rest.items.length, 2);
    const open = JSON.parse((await t().client().get('/api/v1/obstacles?status=open&status=closed')).body);
    assert.equal(open.items.length, 5);
    const bad = await t().client().get('/api/v1/obstacles?cause=trust&cause=nonsense');
    assert.equal(bad.status, 400);
    const csv = await t().client().get('/api/v1/obstacles.csv?cause=trust&cause=skills&region=flanders');
    assert.equal(csv.status, 200);
    assert.equal(csv.body.trim().split('\n').length, 6, 'a header and five obstacles');
    const trustOnly = await t().client().get('/api/v1/obstacles.csv?cause=trust&region=flanders&region=wallonia');
    assert.equal(trustOnly.body.trim().split('\n').length, 3);
    const spec = JSON.parse((await t().client().get('/api/openapi.json')).body);
    const cause = spec.paths['/api/v1/obstacles'].get.parameters.find((p: { name: string }) => p.name === 'cause');
    assert.match(JSON.stringify(cause.schema), /"array"/, 'the OpenAPI file says a facet takes several values');
  });

  test('one obstacle lists its endorsers; a merged one answers 301 to the kept one', async () => {
    const one = JSON.parse((await t().client().get(`/api/v1/obstacles/${slugs[2]}`)).body);
    assert.deepEqual(
      one.endorsed_by.map((e: { slug: string; evidence: string }) => [e.slug, e.evidence]),
      [[endorserOrg.slug, 'Same here.']],
    );
    const secretariat = await createUser(t().db, { secretariat: true });
    const made = await reportObstacle(depsOf(t()), reporter.id, orgId, validObstacle({ title: 'API duplicate' }));
    assert.ok(made.ok);
    assert.ok((await mergeObstacle(depsOf(t()), secretariat.id, { id: made.value.id, into: slugs[4]! })).ok);
    const moved = await t().client().get(`/api/v1/obstacles/${made.value.slug}`);
    assert.equal(moved.status, 301);
    assert.equal(moved.location, `/api/v1/obstacles/${slugs[4]}`);
    assert.equal((await t().client().get('/api/v1/obstacles/no-such-obstacle')).status, 404);
  });

  test('the CSV file holds every public obstacle, a header row, and no formula', async () => {
    const res = await t().client().get('/api/v1/obstacles.csv?region=flanders');
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /^text\/csv/);
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    assert.equal(lines[0]!.split(',')[0], 'slug');
    assert.ok(lines[0]!.includes('endorsements'));
    assert.equal(lines.length, 1 + 5);
    for (const slug of slugs)
      assert.ok(
        lines.some((l) => l.startsWith(`${slug},`)),
        slug,
      );
    assert.doesNotMatch(res.body, /(^|,)"?[=@]/m);
    const none = await t().client().get('/api/v1/obstacles.csv?region=wallonia');
    assert.equal(
      none.body
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n').length,
      1,
    );
  });

  test('the OpenAPI file describes the obstacles', async () => {
    const spec = JSON.parse((await t().client().get('/api/openapi.json')).body);
    for (const path of ['/api/v1/obstacles', '/api/v1/obstacles.csv', '/api/v1/obstacles/{slug}']) {
      assert.ok(spec.paths[path]?.get, path);
    }
  });
});
