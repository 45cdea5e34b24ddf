import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, type TestUser } from '../../../test/support/accounts.ts';
import { listedPosts } from './repository.ts';
import { postFor } from './test-support.ts';
import { today, type Cause, type Kind, type Region, type Topic } from './vocabulary.ts';

// Several values per facet on the list, the API and the CSV: ORed within a facet, ANDed across
// facets; the page's checkboxes keep what was ticked and its CSV and API links carry it; keyset
// pages through a merge of several index walks neither skip nor repeat a post.

type Spec = { title: string; kind: Kind; cause: Cause; topic: Topic; region: Region[] };

const SPECS: Spec[] = [
  { title: 'Trust offer devices Brussels', kind: 'offer', cause: 'trust', topic: 'devices', region: ['brussels'] },
  { title: 'Trust ask venue Flanders', kind: 'ask', cause: 'trust', topic: 'venue', region: ['flanders'] },
  { title: 'Stress offer venue Wallonia', kind: 'offer', cause: 'stress', topic: 'venue', region: ['wallonia'] },
  { title: 'Stress ask funding Brussels', kind: 'ask', cause: 'stress', topic: 'funding', region: ['brussels'] },
  { title: 'Skills offer devices Flanders', kind: 'offer', cause: 'skills', topic: 'devices', region: ['flanders'] },
  { title: 'Access ask funding East', kind: 'ask', cause: 'access', topic: 'funding', region: ['german_community'] },
  {
    title: 'Skills offer expertise Both',
    kind: 'offer',
    cause: 'skills',
    topic: 'expertise',
    region: ['wallonia', 'flanders'],
  },
];

describeEachEngine('exchange: several values per filter', (t) => {
  let member: TestUser;
  let orgId: string;

  before(async () => {
    member = await createUser(t().db);
    orgId = (await createOrganisation(t().db, { members: [{ user: member, role: 'member' }] })).id;
    for (const spec of SPECS) await postFor(t(), member.id, orgId, spec);
  });

  /** The titles the list page shows for this query string. */
  const pageTitles = async (query: string) => {
    const res = await t().client().get(`/en/exchange?${query}`);
    assert.equal(res.status, 200);
    return SPECS.map((s) => s.title).filter((title) => res.body.includes(`>${title}</a>`));
  };
  const titlesWhere = (keep: (s: Spec) => boolean) => SPECS.filter(keep).map((s) => s.title);

  test('the page: values are ORed within a facet and facets ANDed', async () => {
    assert.deepEqual(
      await pageTitles('cause=trust&cause=stress'),
      titlesWhere((s) => s.cause === 'trust' || s.cause === 'stress'),
    );
    assert.deepEqual(
      await pageTitles('region=flanders&region=german_community'),
      titlesWhere((s) => s.region.includes('flanders') || s.region.includes('german_community')),
    );
    assert.deepEqual(
      await pageTitles('cause=trust&cause=stress&cause=skills&topic=venue&topic=devices'),
      titlesWhere((s) => ['trust', 'stress', 'skills'].includes(s.cause) && ['venue', 'devices'].includes(s.topic)),
    );
    assert.deepEqual(
      await pageTitles('kind=offer&cause=skills&cause=stress&region=wallonia&region=brussels'),
      titlesWhere(
        (s) =>
          s.kind === 'offer' &&
          ['skills', 'stress'].includes(s.cause) &&
          s.region.some((r) => r === 'wallonia' || r === 'brussels'),
      ),
    );
    // Every value of a facet ticked is the same as none; unknown values are ignored.
    assert.deepEqual(
      await pageTitles('kind=offer&kind=ask&cause=nonsense'),
      titlesWhere(() => true),
    );
    assert.deepEqual(
      await pageTitles('topic=funding&topic=funding&topic[]=x'),
      titlesWhere((s) => s.topic === 'funding'),
    );
  });

  test('the form: a fieldset of checkboxes per facet, what was ticked kept; the CSV and API links carry it', async () => {
    const res = await t().client().get('/en/exchange?cause=stress&cause=trust&region=brussels&q=venue');
    for (const legend of ['Offer or ask', 'What it is about', 'Cause of exclusion', 'Regions'])
      assert.match(res.body, new RegExp(`<legend class="legend">${legend}</legend>`));
    assert.match(res.body, /name="cause" type="checkbox" value="stress" checked/);
    assert.match(res.body, /name="cause" type="checkbox" value="trust" checked/);
    assert.match(res.body, /name="region" type="checkbox" value="brussels" checked/);
    assert.doesNotMatch(res.body, /name="cause" type="checkbox" value="skills" checked/);
    assert.match(res.body, /<button[^>]*>Show results<\/button>/);
    // Values in the vocabulary's order, whatever order they came in.
    const params = 'q=venue&amp;cause=stress&amp;cause=trust&amp;region=brussels';
    assert.ok(res.body.includes(`href="/api/v1/exchange.csv?${params}"`), 'the CSV link keeps the selection');
    assert.ok(res.body.includes(`href="/api/v1/exchange?${params}"`), 'the API link keeps the selection');
  });

  test('the API and the CSV take the same parameters; keyset pages over merged walks skip and repeat nothing', async () => {
    const expected = titlesWhere((s) => ['trust', 'stress', 'skills'].includes(s.cause)).sort();
    const seen: string[] = [];
    let url: string | null = '/api/v1/exchange?cause=trust&cause=stress&cause=skills&limit=2';
    let pages = 0;
    while (url) {
      const res = await t().client().get(url.replace(t().config.baseUrl, ''));
      assert.equal(res.status, 200);
      const body = JSON.parse(res.body) as { items: { title: string; posted_at: string }[]; next_url: string | null };
      assert.ok(body.items.length <= 2);
      seen.push(...body.items.map((i) => i.title));
      if (body.next_url) assert.match(body.next_url, /cause=skills&cause=stress&cause=trust&after=[^&]+&limit=2$/);
      url = body.next_url;
      pages++;
    }
    assert.equal(pages, 3);
    assert.deepEqual([...seen].sort(), expected);
    assert.equal(new Set(seen).size, seen.length, 'no post twice');
    // A single value is still a plain parameter.
    const one = JSON.parse((await t().client().get('/api/v1/exchange?topic=venue')).body) as { items: unknown[] };
    assert.equal(one.items.length, 2);
    for (const bad of ['cause=trust&cause=nonsense', 'region=mars', 'kind=offer&kind=maybe'])
      assert.equal((await t().client().get(`/api/v1/exchange?${bad}`)).status, 400, bad);
    const csv = await t().client().get('/api/v1/exchange.csv?topic=venue&topic=funding&region=brussels');
    assert.equal(csv.status, 200);
    const rows = csv.body.trim().split('\r\n').slice(1);
    assert.deepEqual(
      rows.map((r) => SPECS.find((s) => r.includes(s.title))?.title).sort(),
      titlesWhere((s) => ['venue', 'funding'].includes(s.topic) && s.region.includes('brussels')).sort(),
    );
  });

  test('merged walks give the same order as the list has, newest first, ties by id', async () => {
    const day = today();
    const filter = {
      kind: [],
      cause: ['trust', 'stress', 'skills'],
      topic: ['venue', 'devices', 'expertise'],
      region: [],
    };
    const all = await listedPosts(t().db, { kind: [], cause: [], topic: [], region: [] }, day, null, 100);
    const merged = await listedPosts(t().db, filter as never, day, null, 100);
    const want = all.filter(
      (r) => ['trust', 'stress', 'skills'].includes(r.cause) && ['venue', 'devices', 'expertise'].includes(r.topic),
    );
    assert.deepEqual(
      merged.map((r) => r.id),
      want.map((r) => r.id),
    );
    // From a cursor in the middle: only what comes after it.
    const cut = want[1]!;
    const rest = await listedPosts(t().db, filter as never, day, { at: cut.created_at, id: cut.id }, 100);
    assert.deepEqual(
      rest.map((r) => r.id),
      want.slice(2).map((r) => r.id),
    );
  });

  test('the OpenAPI description says each facet takes several values', async () => {
    const spec = JSON.parse((await t().client().get('/api/openapi.json')).body) as {
      paths: Record<
        string,
        { get: { parameters: { name: string; schema: { type?: string; items?: { enum?: string[] } } }[] } }
      >;
    };
    for (const path of ['/api/v1/exchange', '/api/v1/exchange.csv']) {
      const params = spec.paths[path]!.get.parameters;
      for (const name of ['kind', 'topic', 'cause', 'region']) {
        const p = params.find((x) => x.name === name);
        assert.equal(p?.schema.type, 'array', `${path} ${name}`);
        assert.ok(p?.schema.items?.enum?.length, `${path} ${name} lists its values`);
      }
    }
  });
});
