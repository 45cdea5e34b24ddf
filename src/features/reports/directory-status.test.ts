import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { brusselsYear } from '../organisations/service-directory.ts';
import { insertOrganisation, resultSlugs, type InsertedOrg } from '../signatories/test-fixtures.ts';
import { keepStatus } from './kept.ts';
import { insertTestReport, openTestCycle } from './test-support.ts';

// The directory's filter by reporting status (issue 10): the latest cycle that has opened (last
// year's, running this year; this year's is set up but not open), exactly the organisations with
// the status chosen, with the count the writes keep, whatever else is chosen; a status that moves
// moves the organisation between the filter's values. And every organisation shows the version
// of the Charter it signed.

const year = brusselsYear(new Date().toISOString());
const running = year - 1;
const signedAt = '2020-03-02T10:00:00.000Z';

describeEachEngine('directory: filter by reporting status, and the version signed', (t) => {
  const org = {} as Record<
    'reportedA' | 'reportedB' | 'writing' | 'lateA' | 'lateB' | 'silent' | 'gone' | 'fresh',
    InsertedOrg
  >;
  const keep = (o: InsertedOrg, today: string, cycle = running) =>
    keepStatus(t().db, { orgId: o.id, year: cycle, signedAt, today });

  before(async () => {
    const db = t().db;
    const add = (name: string, over: Partial<Parameters<typeof insertOrganisation>[1]> = {}) =>
      insertOrganisation(db, { name, signedAt, sector: 'private', regions: ['flanders'], languages: ['nl'], ...over });
    org.reportedA = await add('Aa Gerapporteerd nv');
    org.reportedB = await add('Ab Gerapporteerd vzw', { sector: 'nonprofit' });
    org.writing = await add('Ba Bezig bv');
    org.lateA = await add('Ca Te Laat nv');
    org.lateB = await add('Cb Te Laat vzw', { sector: 'nonprofit', regions: ['wallonia'], languages: ['fr'] });
    org.silent = await add('Da Stil nv');
    org.gone = await add('Ea Vertrokken nv', { status: 'withdrawn' });
    org.fresh = await add('Fa Nieuw nv', { signedAt: `${year}-01-15T10:00:00.000Z` });
    // Version 2 signed by one; the others stay with version 1.
    await db.updateTable('organisations').set({ charter_version: 1 }).execute();
    await db.updateTable('organisations').set({ charter_version: 2 }).where('id', '=', org.reportedA.id).execute();

    await openTestCycle(db, running - 1);
    await openTestCycle(db, running);
    await openTestCycle(db, year); // opens next year: not the filter's cycle yet
    for (const o of [org.reportedA, org.reportedB])
      await insertTestReport(db, o.id, running, { submittedAt: `${year}-04-01T10:00:00.000Z` });
    await insertTestReport(db, org.writing.id, running, { status: 'draft', today: `${year}-03-01` });
    for (const o of [org.lateA, org.lateB, org.gone]) await keep(o, `${year}-06-10`);
    await keep(org.silent, `${year}-07-10`);
    // An older cycle and a cycle not yet open do not move anyone's filter value.
    await keep(org.lateA, `${year}-07-10`, running - 1);
    for (const o of Object.values(org)) await keep(o, `${year}-01-20`, year);
  });

  const page = (query: string) => t().client().get(`/en/signatories?${query}`);
  const count = (html: string) => /<h2 id="results-heading">([^<]*)<\/h2>/.exec(html)?.[1];

  test('the filter offers the statuses for the latest cycle that has opened, with a button', async () => {
    const html = (await page('')).body;
    assert.match(
      html,
      new RegExp(`<label class="label" for="field-reporting">Reporting status for ${running}</label>`),
    );
    for (const label of ['Reported', 'In progress', 'Not started', 'Late', 'Not reporting'])
      assert.match(html, new RegExp(`<option value="[a-zA-Z]+">${label}</option>`));
    assert.match(html, /<button[^>]*>Show results<\/button>/);
  });

  test('each status lists exactly its organisations, with the right count', async () => {
    const cases: [string, InsertedOrg[]][] = [
      ['reported', [org.reportedA, org.reportedB]],
      ['inProgress', [org.writing]],
      ['late', [org.lateA, org.lateB]],
      ['notReporting', [org.silent]],
      ['notStarted', []],
    ];
    for (const [status, expected] of cases) {
      const html = (await page(`reporting=${status}`)).body;
      assert.deepEqual(
        resultSlugs(html),
        expected.map((o) => o.slug),
        status,
      );
      assert.equal(
        count(html),
        expected.length === 0
          ? 'No signatories found'
          : `${expected.length} ${expected.length === 1 ? 'signatory' : 'signatories'}`,
        status,
      );
      assert.match(html, new RegExp(`<option value="${status}" selected>`));
    }
  });

  test('with other filters, and with those that withdrew', async () => {
    const both = (await page('reporting=late&sector=nonprofit')).body;
    assert.deepEqual(resultSlugs(both), [org.lateB.slug]);
    assert.equal(count(both), '1 signatory');
    const region = (await page('reporting=late&region=flanders&sort=newest')).body;
    assert.deepEqual(resultSlugs(region), [org.lateA.slug]);
    const withdrawn = (await page('reporting=late&withdrawn=1')).body;
    assert.deepEqual(resultSlugs(withdrawn).sort(), [org.lateA.slug, org.lateB.slug, org.gone.slug].sort());
    assert.match(count(withdrawn) ?? '', /^3 /);
    // A value it does not know is ignored, as the other filters' are.
    assert.equal(resultSlugs((await page('reporting=bogus')).body).length, 7);
  });

  test('a status that moves moves the organisation, and the counts with it', async () => {
    await insertTestReport(t().db, org.lateA.id, running, { submittedAt: `${year}-06-20T10:00:00.000Z` });
    assert.deepEqual(resultSlugs((await page('reporting=late')).body), [org.lateB.slug]);
    const reported = (await page('reporting=reported')).body;
    assert.deepEqual(resultSlugs(reported), [org.reportedA.slug, org.reportedB.slug, org.lateA.slug]);
    assert.equal(count(reported), '3 signatories');
    const kept = await t()
      .db.selectFrom('organisation_report_counts')
      .select(['report_status', (eb) => eb.fn.sum<number>('n').as('n')])
      .where('report_year', '=', running)
      .where('status', '=', 'signatory')
      .groupBy('report_status')
      .execute();
    const byStatus = Object.fromEntries(kept.map((k) => [k.report_status, Number(k.n)]));
    assert.deepEqual(
      {
        reported: byStatus.reported,
        late: byStatus.late,
        inProgress: byStatus.inProgress,
        notReporting: byStatus.notReporting,
      },
      { reported: 3, late: 1, inProgress: 1, notReporting: 1 },
    );
  });

  test('the API filters the same way and refuses a status it does not know', async () => {
    const res = await t().client().get('/api/v1/signatories?reporting=notReporting');
    assert.equal(res.status, 200);
    const body = JSON.parse(res.body) as { total: number; items: { slug: string }[] };
    assert.deepEqual(
      body.items.map((i) => i.slug),
      [org.silent.slug],
    );
    assert.equal(body.total, 1);
    assert.equal((await t().client().get('/api/v1/signatories?reporting=nope')).status, 400);
  });

  test('the list and the profile show the version of the Charter each signed', async () => {
    const html = (await page('')).body;
    const cardOf = (o: InsertedOrg) => {
      const at = html.indexOf(`/signatories/${o.slug}"`);
      return html.slice(at, html.indexOf('</li>', at));
    };
    assert.match(cardOf(org.reportedA), /Signed version 2 of the Charter/);
    assert.match(cardOf(org.silent), /Signed version 1 of the Charter/);
    const profile = (await t().client().get(`/en/signatories/${org.silent.slug}`)).body;
    assert.match(
      profile,
      /<dt class="summary-list__key">Charter version<\/dt>\s*<dd class="summary-list__value">Version 1<\/dd>/,
    );
  });
});
