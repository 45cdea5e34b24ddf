import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { COLUMNS, csvField } from './opendata.ts';
import { insertOrganisation, parseCsv, type InsertedOrg } from './test-fixtures.ts';

test('csvField quotes commas, quotes and line breaks, and defuses formulas', () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('a, b'), '"a, b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvField(null), '');
  assert.equal(csvField(1), '1');
});

describeEachEngine('open data and the public API', (t) => {
  const org: Record<string, InsertedOrg> = {};

  before(async () => {
    const db = t().db;
    org.cafe = await insertOrganisation(db, {
      name: 'Café "De Hoek", Gent',
      sector: 'private',
      size: 'micro',
      regions: ['flanders', 'brussels'],
      languages: ['nl', 'en'],
      website: 'https://cafe-de-hoek.example',
      signedAt: '2023-04-04T08:00:00.000Z',
      descriptions: { nl: 'Een café met gratis wifi-hulp.' },
    });
    org.cpas = await insertOrganisation(db, {
      name: 'CPAS de Floriffoux',
      sector: 'public',
      size: 'medium',
      regions: ['wallonia'],
      languages: ['fr'],
      signedAt: '2022-01-10T08:00:00.000Z',
    });
    org.gone = await insertOrganisation(db, {
      name: 'Vertrokken vzw',
      status: 'withdrawn',
      regions: ['flanders'],
      signedAt: '2021-09-09T08:00:00.000Z',
    });
    org.applicant = await insertOrganisation(db, { name: 'Nog Niet vzw', status: 'applicant', regions: ['flanders'] });
  });

  test('CSV: a header row, stable columns, proper quoting, the current selection, download headers', async () => {
    const res = await t().client().get('/api/v1/signatories.csv?lang=fr');
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /^text\/csv; charset=utf-8/);
    assert.match(
      String(res.headers['content-disposition']),
      /^attachment; filename="signatories-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    assert.match(String(res.headers['cache-control']), /^public, max-age=\d+/);
    assert.ok(res.body.startsWith('\uFEFF'), 'a byte-order mark for spreadsheets');
    const rows = parseCsv(res.body.slice(1));
    assert.deepEqual(rows[0], [...COLUMNS]);
    assert.deepEqual(
      rows.slice(1).map((r) => r[0]),
      ['Café "De Hoek", Gent', 'CPAS de Floriffoux'],
      'sorted by name; withdrawn and applicants left out',
    );
    for (const row of rows) assert.equal(row.length, COLUMNS.length);
    const cafe = rows[1]!;
    const digits = org.cafe!.enterpriseNumber;
    assert.deepEqual(cafe, [
      'Café "De Hoek", Gent',
      `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`,
      'private',
      'micro',
      'brussels;flanders',
      'nl;en',
      'https://cafe-de-hoek.example',
      '2023-04-04T08:00:00.000Z',
      '1',
      'signatory',
      `${t().config.baseUrl}/fr/signatories/${org.cafe!.slug}`,
      'online',
    ]);
    assert.ok(res.body.includes('"Café ""De Hoek"", Gent"'), 'quotes doubled inside a quoted field');
  });

  test('CSV and JSON follow the same filters as the page', async () => {
    const csv = parseCsv(
      (await t().client().get('/api/v1/signatories.csv?withdrawn=1&region=flanders&sort=oldest')).body.slice(1),
    );
    assert.deepEqual(
      csv.slice(1).map((r) => [r[0], r[9]]),
      [
        ['Vertrokken vzw', 'withdrawn'],
        ['Café "De Hoek", Gent', 'signatory'],
      ],
    );
    const json = await t().client().get('/api/v1/signatories.json?sector=public');
    assert.equal(json.status, 200);
    assert.match(String(json.headers['content-type']), /^application\/json/);
    assert.match(String(json.headers['content-disposition']), /filename="signatories-[\d-]+\.json"/);
    const body = JSON.parse(json.body) as { total: number; items: Record<string, unknown>[] };
    assert.equal(body.total, 1);
    assert.deepEqual(Object.keys(body.items[0]!).sort(), ['slug', ...COLUMNS].sort());
    assert.equal(body.items[0]!.name, 'CPAS de Floriffoux');
    assert.deepEqual(body.items[0]!.regions, ['wallonia']);
  });

  test('the paginated API: filters, limit, cursor, and clear 400s for wrong values', async () => {
    const c = t().client();
    const first = JSON.parse((await c.get('/api/v1/signatories?limit=1')).body) as {
      total: number;
      items: { name: string }[];
      next: string;
    };
    assert.equal(first.total, 2);
    assert.deepEqual(
      first.items.map((i) => i.name),
      ['Café "De Hoek", Gent'],
    );
    const second = JSON.parse((await c.get(`/api/v1/signatories?limit=1&after=${first.next}`)).body) as {
      items: { name: string }[];
      next: string | null;
    };
    assert.deepEqual(
      second.items.map((i) => i.name),
      ['CPAS de Floriffoux'],
    );
    assert.equal(second.next, null);
    for (const bad of ['limit=101', 'limit=0', 'sector=banana', 'year=99', `after=${first.next}&sort=newest`]) {
      const res = await c.get(`/api/v1/signatories?${bad}`);
      assert.equal(res.status, 400, bad);
      assert.ok((JSON.parse(res.body) as { message: string }).message, 'the 400 says what is wrong');
    }
    const one = await c.get(`/api/v1/signatories/${org.cafe!.slug}?lang=en`);
    assert.equal(one.status, 200);
    const profile = JSON.parse(one.body) as { name: string; descriptions: unknown[]; profile_url: string };
    assert.equal(profile.name, 'Café "De Hoek", Gent');
    assert.deepEqual(profile.descriptions, [{ lang: 'nl', text: 'Een café met gratis wifi-hulp.' }]);
    assert.equal(profile.profile_url, `${t().config.baseUrl}/en/signatories/${org.cafe!.slug}`);
    assert.equal((await c.get(`/api/v1/signatories/${org.applicant!.slug}`)).status, 404);
  });

  test('/api/openapi.json is an OpenAPI 3.1 document listing the API, and only the API', async () => {
    const res = await t().client().get('/api/openapi.json');
    assert.equal(res.status, 200);
    const doc = JSON.parse(res.body) as {
      openapi: string;
      paths: Record<string, Record<string, { parameters?: { name: string }[] }>>;
    };
    assert.match(doc.openapi, /^3\.1\.\d+$/);
    for (const path of [
      '/api/v1/signatories',
      '/api/v1/signatories.csv',
      '/api/v1/signatories.json',
      '/api/v1/signatories/{slug}',
    ]) {
      assert.ok(doc.paths[path]?.get, `${path} is documented`);
    }
    assert.ok(!Object.keys(doc.paths).some((p) => !p.startsWith('/api/v1/')), 'pages are not in the API document');
    const names = doc.paths['/api/v1/signatories']!.get!.parameters!.map((p) => p.name);
    for (const name of ['q', 'sector', 'region', 'language', 'year', 'sort', 'withdrawn', 'after', 'limit'])
      assert.ok(names.includes(name), name);
  });
});
