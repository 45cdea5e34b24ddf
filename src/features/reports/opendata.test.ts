import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { insertOrganisation, parseCsv, type InsertedOrg } from '../signatories/test-fixtures.ts';
import { keepStatus } from './kept.ts';
import { insertTestReport, openTestCycle } from './test-support.ts';

// The reports' open data (issue 10): every public reporting status per cycle, a page at a time in
// a stable order, and the submitted reports made public with their headline figures; a first
// report kept private is in neither list as a report. Bad query input is a 400 that says which
// parameter, never a 500.

const signedAt = '2020-03-02T10:00:00.000Z';

interface StatusBody {
  items: {
    organisation: { slug: string; name: string };
    year: number;
    status: string;
    since: string | null;
    after_deadline: boolean;
  }[];
  next: string | null;
  next_url: string | null;
}

describeEachEngine('reports open data and API', (t) => {
  const org: Record<string, InsertedOrg> = {};
  const get = (url: string) => t().client().get(url);
  const json = async <T>(url: string) => {
    const res = await get(url);
    assert.equal(res.status, 200, `${url}: ${res.body}`);
    return JSON.parse(res.body) as T;
  };

  before(async () => {
    const db = t().db;
    for (const name of ['Alfa', 'Beta', 'Gamma', 'Delta', 'Epsilon'])
      org[name] = await insertOrganisation(db, { name: `${name} Digitaal vzw`, signedAt });
    await openTestCycle(db, 2024);
    await openTestCycle(db, 2025);
    await insertTestReport(db, org.Alfa!.id, 2024, {
      submittedAt: '2025-04-03T08:00:00.000Z',
      figures: { people_trained: 40, people_reached: 300, training_hours: 120, devices: 12 },
    });
    await insertTestReport(db, org.Beta!.id, 2024, { submittedAt: '2025-06-12T08:00:00.000Z', today: '2025-06-12' });
    for (const o of [org.Gamma!, org.Delta!, org.Epsilon!])
      await keepStatus(db, { orgId: o.id, year: 2024, signedAt, today: '2025-07-05' });
    await insertTestReport(db, org.Alfa!.id, 2025, { status: 'draft', today: '2026-03-01' });
    for (const o of [org.Beta!, org.Gamma!])
      await keepStatus(db, { orgId: o.id, year: 2025, signedAt, today: '2026-06-10' });
    // Delta's report for 2025 is private: its status is public, the report is not.
    await insertTestReport(db, org.Delta!.id, 2025, { submittedAt: '2026-05-01T08:00:00.000Z' });
    await db
      .updateTable('reports')
      .set({ private: 1 })
      .where('org_id', '=', org.Delta!.id)
      .where('year', '=', 2025)
      .execute();
  });

  test('the statuses, a page at a time, in one stable order', async () => {
    const seen: string[] = [];
    let url: string | null = '/api/v1/reporting-statuses?limit=2';
    let pages = 0;
    while (url) {
      const body: StatusBody = await json<StatusBody>(url.replace(t().config.baseUrl, ''));
      assert.ok(body.items.length <= 2);
      seen.push(...body.items.map((i) => `${i.year} ${i.status} ${i.organisation.name}`));
      url = body.next_url;
      pages++;
    }
    assert.equal(pages, 5);
    assert.equal(seen.length, 9);
    assert.deepEqual(seen.filter((s) => s.startsWith('2024')).sort(), [
      '2024 notReporting Delta Digitaal vzw',
      '2024 notReporting Epsilon Digitaal vzw',
      '2024 notReporting Gamma Digitaal vzw',
      '2024 reported Alfa Digitaal vzw',
      '2024 reported Beta Digitaal vzw',
    ]);
    const late = await json<StatusBody>('/api/v1/reporting-statuses?year=2025&status=late');
    assert.deepEqual(late.items.map((i) => i.organisation.name).sort(), ['Beta Digitaal vzw', 'Gamma Digitaal vzw']);
    assert.deepEqual(
      late.items.map((i) => [i.since, i.after_deadline]),
      [
        ['2026-06-01', false],
        ['2026-06-01', false],
      ],
    );
    const beta = await json<StatusBody>('/api/v1/reporting-statuses?year=2024&status=reported');
    const row = beta.items.find((i) => i.organisation.slug === org.Beta!.slug)!;
    assert.deepEqual([row.since, row.after_deadline], ['2025-06-12', true]);
  });

  test('the public reports, with their headline figures; a private report is not listed', async () => {
    const body = await json<{ items: Record<string, unknown>[]; next: string | null }>('/api/v1/reports?lang=fr');
    assert.equal(body.next, null);
    assert.deepEqual(
      body.items.map((r) => [(r.organisation as { name: string }).name, r.year]),
      [
        ['Alfa Digitaal vzw', 2024],
        ['Beta Digitaal vzw', 2024],
      ],
    );
    const alfa = body.items[0]!;
    assert.deepEqual(
      [alfa.people_trained, alfa.people_reached, alfa.training_hours, alfa.devices, alfa.submitted_at],
      [40, 300, 120, 12, '2025-04-03T08:00:00.000Z'],
    );
    assert.equal(alfa.url, `${t().config.baseUrl}/fr/signatories/${org.Alfa!.slug}/reports/2024`);
    assert.deepEqual((await json<{ items: unknown[] }>('/api/v1/reports?year=2025')).items, []);
    const paged = await json<{ items: unknown[]; next: string }>('/api/v1/reports?limit=1');
    assert.equal(paged.items.length, 1);
    const second = await json<{ items: { year: number }[]; next: string | null }>(
      `/api/v1/reports?limit=1&after=${paged.next}`,
    );
    assert.equal(second.items.length, 1);
    assert.equal(second.next, null);
  });

  test('both lists as CSV', async () => {
    const statuses = await get('/api/v1/reporting-statuses.csv?year=2024');
    assert.equal(statuses.status, 200);
    assert.match(statuses.headers['content-type'] as string, /^text\/csv/);
    const rows = parseCsv(statuses.body.replace(/^\uFEFF/, ''));
    assert.deepEqual(rows[0], [
      'organisation',
      'organisation_slug',
      'year',
      'status',
      'since',
      'after_deadline',
      'former_signatory',
    ]);
    assert.equal(rows.length, 6);
    const reports = parseCsv((await get('/api/v1/reports.csv')).body.replace(/^\uFEFF/, ''));
    assert.equal(reports.length, 3);
    assert.deepEqual(reports[1]!.slice(0, 8), [
      'Alfa Digitaal vzw',
      org.Alfa!.slug,
      '2024',
      '2025-04-03T08:00:00.000Z',
      '40',
      '300',
      '120',
      '12',
    ]);
  });

  test('bad query input is a 400 that says which, never a 500', async () => {
    for (const url of [
      '/api/v1/reporting-statuses?year=abc',
      '/api/v1/reporting-statuses?year=1800',
      '/api/v1/reporting-statuses?status=notOpen',
      '/api/v1/reporting-statuses?limit=0',
      '/api/v1/reporting-statuses?limit=101',
      '/api/v1/reporting-statuses?after=bm90IGEgY3Vyc29y',
      '/api/v1/reporting-statuses?after=%5B%5D',
      '/api/v1/reporting-statuses.csv?status=%27%3B--',
      '/api/v1/reports?lang=xx',
      '/api/v1/reports?after=' + Buffer.from('[1,2,3]').toString('base64url'),
      '/api/v1/reports.csv?year=20255',
    ]) {
      const res = await get(url);
      assert.equal(res.status, 400, url);
      const body = JSON.parse(res.body) as { error: string; message: string };
      assert.equal(body.error, 'badRequest', url);
      assert.ok(body.message.length > 0, url);
    }
  });

  test('the OpenAPI file describes the four routes', async () => {
    const doc = await json<{ paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } }>(
      '/api/openapi.json',
    );
    for (const path of [
      '/api/v1/reporting-statuses',
      '/api/v1/reporting-statuses.csv',
      '/api/v1/reports',
      '/api/v1/reports.csv',
    ])
      assert.ok(doc.paths[path], path);
    assert.ok(doc.components.schemas.ReportingStatus);
    assert.ok(doc.components.schemas.PublicReport);
  });
});
