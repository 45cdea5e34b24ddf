import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation } from '../../../test/support/accounts.ts';
import { LANGS, translator } from '../../platform/i18n/i18n.ts';
import { formatters } from '../../platform/i18n/format.ts';
import { insertTestReport, openTestCycle, signedOn } from './test-support.ts';
import { insertTotals, rowCells, sumTotals, type TestTotals } from './consolidated-test-support.ts';

// A year's consolidated report, read from the totals the submissions keep: two signatories in
// different sectors and regions reported for 2025; the page, its charts and tables, the
// spreadsheet, the PDF and the API show their sums. 2026 has a cycle and nothing submitted yet.

const A: TestTotals = {
  reports: 1,
  people_trained: 1200,
  people_reached: 3400,
  training_hours: 560,
  devices: 45,
  targets_due: 2,
  targets_met: 1,
  commitments: [1, 1, 0, 1, 0, 0, 1, 0, 1],
};
const B: TestTotals = {
  reports: 1,
  people_trained: 800,
  people_reached: 1500,
  training_hours: 240,
  devices: 15,
  targets_due: 3,
  targets_met: 2,
  commitments: [1, 0, 1, 1, 0, 1, 0, 0, 1],
};
const ALL = sumTotals([A, B]);
const en = translator('en');
const num = formatters('en').number;

/** The numbers written beside a chart's bars, in order. */
function chartValues(html: string, id: string): string[] {
  const svg = html.match(new RegExp(`<svg[^>]*aria-labelledby="${id}-title ${id}-desc"[\\s\\S]*?</svg>`));
  assert.ok(svg, `the chart ${id}`);
  assert.match(svg[0], /role="img"/);
  return [...svg[0].matchAll(/<text[^>]*font-size="13"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
}

function pdfText(pdf: Buffer): string | null {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'consolidated-pdf-'));
  const file = path.join(dir, 'report.pdf');
  fs.writeFileSync(file, pdf);
  try {
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } catch {
    return null; // pdftotext is not installed: the PDF's header is checked anyway
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describeEachEngine('reports: the consolidated report of a year', (t) => {
  before(async () => {
    const { db } = t();
    await openTestCycle(db, 2025);
    await openTestCycle(db, 2026);
    // The daily job has counted both organisations as "not started" in 2026's cycle.
    await db
      .updateTable('reporting_cycles')
      .set({ required_count: 2, not_started_count: 2 })
      .where('year', '=', 2026)
      .execute();
    const a = await createOrganisation(db, { name: 'Digitaal Huis' });
    const b = await createOrganisation(db, { name: 'Commune de Namur' });
    await db.updateTable('organisations').set({ sector: 'private' }).where('id', '=', a.id).execute();
    await db.updateTable('organisations').set({ sector: 'public' }).where('id', '=', b.id).execute();
    for (const org of [a, b]) {
      await signedOn(db, org.id);
      await insertTestReport(db, org.id, 2025, { today: '2026-04-01', submittedAt: '2026-04-01T10:00:00.000Z' });
    }
    // As the submissions keep them: everyone, each sector, each region.
    await insertTotals(db, 2025, 'all', '', ALL);
    await insertTotals(db, 2025, 'sector', 'private', A);
    await insertTotals(db, 2025, 'sector', 'public', B);
    await insertTotals(db, 2025, 'region', 'brussels', A);
    await insertTotals(db, 2025, 'region', 'wallonia', B);
  });

  test('the page shows who reported and the sums of the totals', async () => {
    const res = await t().client().get('/en/reports/2025');
    assert.equal(res.status, 200);
    const html = res.body;
    assert.equal(html.match(/<h1>/g)?.length, 1);
    assert.match(html, /<h1>What the signatories did in 2025<\/h1>/);
    assert.match(html, /<span class="stat__number">2<\/span> <span class="stat__label">Had to report<\/span>/);
    assert.match(html, /<span class="stat__number">2<\/span> <span class="stat__label">Reported<\/span>/);
    assert.match(html, /<span class="stat__number">0<\/span> <span class="stat__label">Late<\/span>/);
    assert.match(html, /<span class="stat__number">0<\/span> <span class="stat__label">Not reporting<\/span>/);
    assert.deepEqual(rowCells(html, 'People trained'), [num(2000)]);
    assert.deepEqual(rowCells(html, 'People reached'), [num(4900)]);
    assert.deepEqual(rowCells(html, 'Hours of training'), [num(800)]);
    assert.deepEqual(rowCells(html, 'Devices provided or lent'), [num(60)]);
    assert.equal(ALL.people_trained, 2000);
    // Per commitment: the titles from the charter, the count and the share of reports.
    assert.deepEqual(rowCells(html, '1. Share best practices'), ['2', '100%']);
    assert.deepEqual(rowCells(html, '5. Promote inclusion and grow the charter').slice(0, 1), ['0']);
    // By sector and region: each organisation's own row, every sector and region listed.
    const sector = (totals: TestTotals) =>
      [
        totals.reports,
        totals.people_trained,
        totals.people_reached,
        totals.training_hours,
        totals.devices,
        totals.targets_due,
        totals.targets_met,
      ].map(num);
    assert.deepEqual(rowCells(html, en('organisations.sector.private')), sector(A));
    assert.deepEqual(rowCells(html, en('organisations.sector.public')), sector(B));
    assert.deepEqual(
      rowCells(html, en('organisations.sector.nonprofit')),
      sector({
        ...A,
        reports: 0,
        people_trained: 0,
        people_reached: 0,
        training_hours: 0,
        devices: 0,
        targets_due: 0,
        targets_met: 0,
      }),
    );
    assert.deepEqual(rowCells(html, en('organisations.region.brussels')), sector(A));
    assert.deepEqual(rowCells(html, en('organisations.region.wallonia')), sector(B));
    assert.match(html, /The signatories had set themselves 5 targets for 2025\. They met 3 of them\./);
    assert.match(html, /href="\/en\/reports\/2025\.xlsx"/);
    assert.match(html, /href="\/en\/reports\/2025\.pdf"/);
    assert.match(html, /href="\/api\/v1\/consolidated-reports\/2025\?lang=en"/);
    assert.ok(gzipSync(html).length < 14 * 1024, `light: ${gzipSync(html).length} bytes gzipped`);
  });

  test("each chart's figures are in the table that follows it", async () => {
    const html = (await t().client().get('/en/reports/2025')).body;
    const commitments = chartValues(html, 'commitments-chart');
    assert.deepEqual(commitments, ALL.commitments.map(num));
    const table = html.slice(html.indexOf('commitments-chart-title'));
    const counts = [...table.matchAll(/<th scope="row">\d\. [^<]*<\/th><td class="numeric">([^<]*)<\/td>/g)].map(
      (m) => m[1],
    );
    assert.deepEqual(counts, commitments);
    // The sector chart: per headline figure, a bar per sector (private, public, nonprofit).
    const bySector = chartValues(html, 'sectors-chart');
    const sectors = ['private', 'public', 'nonprofit'].map((s) => rowCells(html, en(`organisations.sector.${s}`)));
    // Columns after "Reports": the four headline figures, in the chart's order.
    const fromTable = [1, 2, 3, 4].flatMap((column) => sectors.map((cells) => cells[column]));
    assert.deepEqual(bySector, fromTable);
    assert.ok(bySector.includes(num(1200)) && bySector.includes(num(1500)));
  });

  test('every language renders, numbers in its own way, French with its typography', async () => {
    for (const lang of LANGS) {
      const res = await t().client().get(`/${lang}/reports/2025`);
      assert.equal(res.status, 200, lang);
      assert.match(res.body, new RegExp(`<html lang="${lang}"`));
      assert.ok(res.body.includes(`<h1>${translator(lang)('reports.consolidated.title', { year: 2025 })}</h1>`), lang);
      assert.ok(res.body.includes(formatters(lang).number(4900)), `${lang}: the people reached`);
    }
    const fr = (await t().client().get('/fr/reports/2025')).body;
    assert.ok(fr.includes('4\u202f900'), 'French thousands with a narrow no-break space');
    assert.match(fr, /100[\u00a0\u202f]%/, 'a no-break space before %');
    assert.ok(!/ [;:!?]/.test(fr.replace(/<[^>]*>/g, '')), 'no plain space before ; : ! ? in the French text');
  });

  test('a year without a cycle is a 404, a cycle with nothing yet says so', async () => {
    for (const year of ['2019', '1999', 'abcd', '20255', '2025x'])
      assert.equal((await t().client().get(`/en/reports/${year}`)).status, 404, year);
    assert.equal((await t().client().get('/en/reports/2019.xlsx')).status, 404);
    assert.equal((await t().client().get('/en/reports/2019.pdf')).status, 404);
    const empty = await t().client().get('/en/reports/2026');
    assert.equal(empty.status, 200);
    assert.ok(empty.body.includes(en('reports.consolidated.empty', { year: 2026 })));
    assert.ok(!empty.body.includes('commitments-chart'), 'no chart without reports');
    assert.match(empty.body, /<span class="stat__number">2<\/span> <span class="stat__label">Had to report<\/span>/);
  });

  test('the list of years links each year and the period', async () => {
    const res = await t().client().get('/en/reports');
    assert.equal(res.status, 200);
    assert.match(res.body, /href="\/en\/reports\/2026">Report on 2026<\/a>/);
    assert.match(res.body, /href="\/en\/reports\/2025">Report on 2025<\/a>/);
    assert.ok(res.body.includes('2 of 2 signatories reported.'));
    assert.match(res.body, /href="\/en\/reports\/2025-2026"/);
    assert.match(res.body, /href="\/en\/reports"[^>]*>Yearly reports<\/a>/, 'the footer links the reports');
  });

  test('the spreadsheet has the four sheets, in the reader’s language', async () => {
    const res = await t().app.inject({ method: 'GET', url: '/fr/reports/2025.xlsx' });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /spreadsheetml/);
    assert.match(String(res.headers['content-disposition']), /consolidated-report-2025\.xlsx/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    assert.deepEqual(
      book.worksheets.map((s) => s.name),
      ['totals', 'by sector', 'by region', 'by commitment'],
    );
    const fr = translator('fr');
    const rows = (name: string) =>
      book
        .getWorksheet(name)!
        .getSheetValues()
        .filter(Boolean)
        .map((r) => (r as ExcelJS.CellValue[]).slice(1));
    const totals = rows('totals');
    assert.deepEqual(totals[0], [fr('reports.consolidated.column.figure'), fr('reports.consolidated.column.total')]);
    assert.deepEqual(
      totals.find((r) => r[0] === fr('reports.consolidated.figure.peopleTrained')),
      [fr('reports.consolidated.figure.peopleTrained'), 2000],
    );
    assert.deepEqual(
      totals.find((r) => r[0] === fr('reports.consolidated.column.targetsMet')),
      [fr('reports.consolidated.column.targetsMet'), 3],
    );
    assert.deepEqual(
      rows('by sector').find((r) => r[0] === fr('organisations.sector.public')),
      [fr('organisations.sector.public'), 1, 800, 1500, 240, 15, 3, 2],
    );
    assert.deepEqual(
      rows('by region')
        .find((r) => r[0] === fr('organisations.region.brussels'))
        ?.slice(0, 3),
      [fr('organisations.region.brussels'), 1, 1200],
    );
    const commitments = rows('by commitment');
    assert.equal(commitments.length, 10);
    assert.deepEqual(commitments[4]!.slice(1), [2, 1]);
  });

  test('the PDF holds the figures', async () => {
    const res = await t().app.inject({ method: 'GET', url: '/en/reports/2025.pdf' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.equal(res.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
    const text = pdfText(res.rawPayload);
    if (text !== null) {
      assert.ok(text.includes('What the signatories did in 2025'));
      assert.ok(text.includes(num(4900)), 'the people reached');
      assert.ok(text.includes(en('organisations.region.wallonia')));
    }
  });

  test('the API gives the same figures, and says what it cannot find', async () => {
    const res = await t().client().get('/api/v1/consolidated-reports/2025?lang=en');
    assert.equal(res.status, 200);
    assert.equal(res.headers['access-control-allow-origin'], '*');
    const body = JSON.parse(res.body);
    assert.equal(body.year, 2025);
    assert.deepEqual(
      { required: body.cycle.required, reported: body.cycle.reported, late: body.cycle.late },
      { required: 2, reported: 2, late: 0 },
    );
    assert.deepEqual(body.totals, {
      reports: 2,
      people_trained: 2000,
      people_reached: 4900,
      training_hours: 800,
      devices: 60,
      targets_due: 5,
      targets_met: 3,
      commitments: ALL.commitments,
    });
    assert.equal(body.by_sector.find((s: { code: string }) => s.code === 'public').people_trained, 800);
    assert.equal(body.by_region.find((s: { code: string }) => s.code === 'brussels').devices, 45);
    assert.equal(body.commitment_titles[0], 'Share best practices');
    assert.match(body.xlsx_url, /\/en\/reports\/2025\.xlsx$/);
    assert.equal((await t().client().get('/api/v1/consolidated-reports/2019')).status, 404);
    assert.equal((await t().client().get('/api/v1/consolidated-reports/abc')).status, 400);
    assert.equal((await t().client().get('/api/v1/consolidated-reports/2025?lang=xx')).status, 400);
    const list = JSON.parse((await t().client().get('/api/v1/consolidated-reports')).body);
    assert.deepEqual(
      list.items.map((i: { year: number }) => i.year),
      [2026, 2025],
    );
    const openapi = JSON.parse((await t().client().get('/api/openapi.json')).body);
    assert.ok(openapi.paths['/api/v1/consolidated-reports/{year}'], 'in the OpenAPI file');
    assert.ok(openapi.paths['/api/v1/consolidated-reports']);
  });
});
