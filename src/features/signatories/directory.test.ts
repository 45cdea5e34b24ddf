import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { seedScale } from '../../cli/seed.ts';
import { insertOrganisation, nextHref, resultSlugs, type InsertedOrg } from './test-fixtures.ts';

describeEachEngine('signatories directory: search, filters, sorting', (t) => {
  const org: Record<string, InsertedOrg> = {};

  before(async () => {
    const db = t().db;
    org.societe = await insertOrganisation(db, {
      name: 'Société Éducative Numérique asbl',
      sector: 'private',
      regions: ['wallonia'],
      languages: ['fr'],
      signedAt: '2022-03-10T10:00:00.000Z',
    });
    org.digibank = await insertOrganisation(db, {
      name: 'Digibank Noord vzw',
      sector: 'nonprofit',
      regions: ['flanders'],
      languages: ['nl', 'en'],
      signedAt: '2023-06-01T10:00:00.000Z',
    });
    org.burgerhaus = await insertOrganisation(db, {
      name: 'Bürgerhaus Digital VoG',
      sector: 'public',
      regions: ['german_community'],
      languages: ['de'],
      signedAt: '2024-09-15T10:00:00.000Z',
    });
    // 31 December 2024, 23:30 UTC is already 1 January 2025 in Brussels.
    org.hub = await insertOrganisation(db, {
      name: 'Brussels Digital Hub',
      sector: 'private',
      regions: ['brussels', 'flanders'],
      languages: ['en', 'fr'],
      signedAt: '2024-12-31T23:30:00.000Z',
    });
    org.withdrawn = await insertOrganisation(db, {
      name: 'Oude Drukkerij nv',
      status: 'withdrawn',
      sector: 'private',
      regions: ['flanders'],
      languages: ['nl'],
      signedAt: '2021-05-01T10:00:00.000Z',
    });
    org.applicant = await insertOrganisation(db, {
      name: 'Aanvrager Digitaal vzw',
      status: 'applicant',
      regions: ['flanders'],
    });
    org.rejected = await insertOrganisation(db, {
      name: 'Geweigerd Digitaal bv',
      status: 'rejected',
      regions: ['flanders'],
    });
  });

  const list = async (query: string, lang = 'en') => {
    const res = await t().client().get(`/${lang}/signatories${query}`);
    assert.equal(res.status, 200, `GET ${query}`);
    return { html: res.body, slugs: resultSlugs(res.body) };
  };
  const slugsOf = (...names: string[]) => names.map((n) => org[n]!.slug);

  test('lists current signatories by name, with a count, sector, regions and a machine-readable date', async () => {
    const { html, slugs } = await list('');
    assert.deepEqual(slugs, slugsOf('hub', 'burgerhaus', 'digibank', 'societe'));
    assert.match(html, /<h2 id="results-heading">4 signatories<\/h2>/);
    assert.match(html, /Private sector · Brussels-Capital Region, Flanders/);
    assert.match(html, /<time datetime="2022-03-10T10:00:00.000Z">10 March 2022<\/time>/);
    assert.ok(
      !slugs.includes(org.applicant!.slug) && !slugs.includes(org.rejected!.slug),
      'applicants and rejected are never listed',
    );
  });

  test('the count uses the right plural in every language', async () => {
    assert.match((await list('?sector=public', 'nl')).html, /1 ondertekenaar</);
    assert.match((await list('', 'nl')).html, /4 ondertekenaars</);
    assert.match((await list('?sector=public', 'fr')).html, /1 signataire</);
    assert.match((await list('?q=nothing-like-this', 'de')).html, /Keine Organisation gefunden/);
  });

  test('search ignores accents and capitals', async () => {
    assert.deepEqual((await list('?q=SOCIETE%20educative')).slugs, slugsOf('societe'));
    assert.deepEqual((await list('?q=%C3%A9DUC')).slugs, slugsOf('societe'));
    assert.deepEqual((await list('?q=burgerhaus')).slugs, slugsOf('burgerhaus'));
    assert.deepEqual((await list('?q=digital')).slugs, slugsOf('hub', 'burgerhaus'));
    // LIKE wildcards typed by a person are plain characters.
    assert.deepEqual((await list('?q=%25')).slugs, []);
  });

  test('each filter narrows the list', async () => {
    assert.deepEqual((await list('?sector=public')).slugs, slugsOf('burgerhaus'));
    assert.deepEqual((await list('?sector=private')).slugs, slugsOf('hub', 'societe'));
    assert.deepEqual((await list('?region=flanders')).slugs, slugsOf('hub', 'digibank'));
    assert.deepEqual((await list('?region=german_community')).slugs, slugsOf('burgerhaus'));
    assert.deepEqual((await list('?language=en')).slugs, slugsOf('hub', 'digibank'));
    assert.deepEqual((await list('?language=de')).slugs, slugsOf('burgerhaus'));
    assert.deepEqual((await list('?year=2024')).slugs, slugsOf('burgerhaus'));
    assert.deepEqual((await list('?year=2025')).slugs, slugsOf('hub'), 'the year is the year in Belgium');
    assert.deepEqual((await list('?sector=private&region=flanders&language=fr')).slugs, slugsOf('hub'));
  });

  test('the year filter offers only years in which someone signed', async () => {
    const { html } = await list('');
    const years = [...html.matchAll(/<option value="(\d{4})"/g)].map((m) => m[1]);
    assert.deepEqual(years, ['2022', '2023', '2024', '2025']);
    const withWithdrawn = await list('?withdrawn=1');
    assert.match(withWithdrawn.html, /<option value="2021"/);
  });

  test('sorts by name, newest or oldest', async () => {
    assert.deepEqual((await list('?sort=newest')).slugs, slugsOf('hub', 'burgerhaus', 'digibank', 'societe'));
    assert.deepEqual((await list('?sort=oldest')).slugs, slugsOf('societe', 'digibank', 'burgerhaus', 'hub'));
    assert.match((await list('?sort=oldest')).html, /<option value="oldest" selected>/);
  });

  test('organisations that withdrew are hidden unless the box is ticked', async () => {
    assert.ok(!(await list('')).slugs.includes(org.withdrawn!.slug));
    const { html, slugs } = await list('?withdrawn=1&region=flanders');
    assert.deepEqual(slugs, slugsOf('hub', 'digibank', 'withdrawn'));
    assert.match(
      html,
      /<input class="choice__input" id="field-withdrawn" name="withdrawn" type="checkbox" value="1" checked/,
    );
    assert.match(html, /3 organisations, including those that withdrew/);
    assert.match(html, /tag--grey">Withdrawn</);
  });

  test('invalid query parameters are ignored, never an error', async () => {
    const all = (await list('')).slugs;
    for (const query of [
      '?sector=banana&region=mars&language=xx&year=12&sort=random&after=bm9wZQ&withdrawn=maybe',
      '?sector=private&sector=public',
      `?q=${'x'.repeat(5000)}`,
      '?after=%00%ff&year=-1&q[]=a',
      '?after=WyJuYW1lIiwxLDJd',
    ]) {
      const res = await t().client().get(`/en/signatories${query}`);
      assert.equal(res.status, 200, query);
      if (query.startsWith('?sector=banana') || query.startsWith('?after'))
        assert.deepEqual(resultSlugs(res.body), all, query);
    }
  });

  test('no results: a helpful message and a way back to everything', async () => {
    const { html } = await list('?q=zzzz&sector=public');
    assert.match(html, /No signatories found/);
    assert.match(html, /check the spelling/);
    assert.match(html, /<a href="\/en\/signatories">Show all signatories<\/a>/);
  });

  test('the page links to the same selection as open data', async () => {
    const { html } = await list('?sector=private&region=flanders', 'fr');
    assert.match(html, /href="\/api\/v1\/signatories.csv\?sector=private&amp;region=flanders&amp;lang=fr"/);
    assert.match(html, /href="\/api\/v1\/signatories.json\?sector=private&amp;region=flanders&amp;lang=fr"/);
  });

  test('the filters are a GET form with a submit button, usable without JavaScript', async () => {
    const { html } = await list('?q=digi');
    assert.match(html, /<form class="filters stack" method="get" action="\/en\/signatories" role="search"/);
    assert.match(html, /<input class="input input--full" id="field-q" name="q" type="search" value="digi"/);
    assert.match(html, /<button class="button button--primary" type="submit">Show results<\/button>/);
  });
});

describeEachEngine('signatories directory: keyset pagination', (t) => {
  before(async () => {
    await seedScale(t().db, 60);
    // Exact ties on the name and on the date: the id must break them.
    for (let i = 0; i < 3; i++) {
      await insertOrganisation(t().db, {
        name: 'Gelijke Naam vzw',
        regions: ['flanders'],
        signedAt: '2023-03-03T10:00:00.000Z',
      });
    }
  });

  /** Follows "next page" links from `start` and returns every result, in order. */
  async function walk(start: string): Promise<{ slugs: string[]; pages: number }> {
    const client = t().client();
    const slugs: string[] = [];
    let url: string | null = start;
    let pages = 0;
    while (url && pages < 50) {
      const res = await client.get(url);
      assert.equal(res.status, 200);
      slugs.push(...resultSlugs(res.body));
      url = nextHref(res.body);
      pages++;
    }
    return { slugs, pages };
  }

  async function expected(where: { regions?: string[]; withdrawn?: boolean } = {}): Promise<string[]> {
    let q = t()
      .db.selectFrom('organisations')
      .select('slug')
      .where('status', 'in', where.withdrawn ? ['signatory', 'withdrawn'] : ['signatory']);
    if (where.regions) {
      q = q.where(
        'id',
        'in',
        t()
          .db.selectFrom('organisation_regions')
          .select('org_id')
          .where('region', 'in', where.regions as never),
      );
    }
    return (await q.execute()).map((r) => r.slug).sort();
  }

  for (const sort of ['name', 'newest', 'oldest']) {
    test(`walks every signatory exactly once, sorted by ${sort}`, async () => {
      const { slugs, pages } = await walk(`/en/signatories?sort=${sort}`);
      assert.equal(new Set(slugs).size, slugs.length, 'no duplicates across pages');
      assert.deepEqual([...slugs].sort(), await expected());
      assert.equal(pages, Math.ceil(slugs.length / 20));
    });
  }

  test('a filtered selection with withdrawn organisations pages through correctly too', async () => {
    const { slugs } = await walk('/en/signatories?region=flanders&withdrawn=1&sort=newest');
    assert.equal(new Set(slugs).size, slugs.length);
    assert.deepEqual([...slugs].sort(), await expected({ regions: ['flanders'], withdrawn: true }));
  });

  test('later pages keep the filters, link back to the first page and never use OFFSET', async () => {
    const first = await t().client().get('/en/signatories?withdrawn=1&sort=oldest');
    const next = nextHref(first.body);
    assert.ok(next, 'a next page exists');
    assert.match(next, /^\/en\/signatories\?withdrawn=1&sort=oldest&after=[\w-]+$/);
    const second = await t().client().get(next);
    assert.match(
      second.body,
      /<a class="pagination__link" href="\/en\/signatories\?withdrawn=1&amp;sort=oldest">First page<\/a>/,
    );
    assert.doesNotMatch(next, /offset|page=/i);
  });

  for (const sort of ['name', 'newest', 'oldest']) {
    test(`the JSON API walks the same rows two at a time, ties split across pages (${sort})`, async () => {
      const client = t().client();
      const slugs: string[] = [];
      let url: string | null = `/api/v1/signatories?limit=2&sort=${sort}`;
      while (url) {
        const res = await client.get(url);
        assert.equal(res.status, 200);
        const body = JSON.parse(res.body) as { total: number; items: { slug: string }[]; next: string | null };
        slugs.push(...body.items.map((i) => i.slug));
        url = body.next ? `/api/v1/signatories?limit=2&sort=${sort}&after=${body.next}` : null;
      }
      assert.equal(new Set(slugs).size, slugs.length, 'no duplicates');
      assert.deepEqual([...slugs].sort(), await expected(), 'no row skipped');
    });
  }
});
