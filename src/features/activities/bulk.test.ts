import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient } from '../../../test/support/accounts.ts';
import { LANGS, translator } from '../../platform/i18n/i18n.ts';
import { allowedLabels, COLUMNS, headersIn, SEPARATOR } from './bulk-columns.ts';
import { download, sheetRows, upload, XLSX_MIME } from './bulk-test-support.ts';
import { publicActivityTotals, totalsOfYear } from './service-read.ts';
import { world, type World } from './test-support.ts';
import {
  COMMITMENT_LABEL,
  DEFAULT_COMMITMENT,
  KIND_LABEL,
  KINDS,
  SAFETY_KIND_LABEL,
  TAG_LABEL,
  type ActivityKind,
} from './vocabulary.ts';

// The bulk story as the issue tells it: an admin downloads the template, fills in 50 rows of
// which three are wrong, reads every mistake (row, column, reason), fixes them and imports; the
// totals move by what the rows add. The export, read back with exceljs and csv-parse, holds the
// log's rows, and imported into another organisation gives the same activities again.

const en = translator('en');
const year = Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Europe/Brussels' }).format(new Date()));

test('the columns: no label holds the separator, and no header means two columns in any language', () => {
  const owner = new Map<string, string>();
  for (const lang of LANGS) {
    for (const c of COLUMNS) {
      for (const label of allowedLabels(c, lang)) assert.ok(!label.includes(SEPARATOR), `${lang} ${label}`);
      const header = translator(lang)(c.header).toLowerCase();
      assert.equal(owner.get(header) ?? c.field, c.field, `${lang} header "${header}"`);
      owner.set(header, c.field);
      assert.equal(owner.get(c.field.toLowerCase()) ?? c.field, c.field);
    }
  }
});

interface Spec {
  kind: ActivityKind;
  people: number;
  commitments: string[] | null;
  minutes: number;
  visibility: 'public' | 'private';
}

/** Row i (1 to 50) of the filled template: labels and codes mixed, dates as dates and as text. */
function filled(i: number): { cells: (string | number | Date | null)[]; spec: Spec } {
  const kind = KINDS[i % KINDS.length]!;
  const training = kind === 'training';
  const commitments = i % 3 === 0 ? ['4', '8'] : null;
  const visibility = i % 4 === 0 ? 'private' : 'public';
  const day = new Date(Date.UTC(year, 0, 1 + i));
  const byField: Record<string, string | number | Date | null> = {
    kind: i % 2 === 0 ? en(KIND_LABEL[kind]) : kind,
    title: `Activity number ${i}`,
    startsOn: i % 2 === 0 ? day : `${day.getUTCDate()}/${day.getUTCMonth() + 1}/${year}`,
    endsOn: null,
    peopleReached: i * 10,
    description: i === 7 ? 'Two lines,\nwith a comma; and a semicolon' : null,
    commitment: commitments ? (i % 2 === 0 ? `${en(COMMITMENT_LABEL['4'])}; 8` : '4;8') : null,
    audience: 'customers',
    group: i % 5 === 0 ? `${en(TAG_LABEL.group.older!)} ; jobseekers` : null,
    region: `${en(TAG_LABEL.region.brussels!)}${SEPARATOR} flanders`,
    hoursPerPerson: training ? 1.5 : null,
    digcomp: training ? en(TAG_LABEL.digcomp.safety!) : null,
    safetyKind: kind === 'safety' ? en(SAFETY_KIND_LABEL.phishing) : null,
    evidenceLink: i % 10 === 0 ? 'example.be/report' : null,
    visibility: visibility === 'private' ? 'private' : en('activities.visibility.public'),
  };
  return {
    cells: COLUMNS.map((c) => byField[c.field] ?? null),
    spec: { kind, people: i * 10, commitments, minutes: training ? 90 : 0, visibility },
  };
}

/** What the specs add to the totals: per commitment (0: all), entries and people; public only or all. */
function expected(specs: Spec[], publicOnly: boolean): Map<number, { entries: number; people: number }> {
  const totals = new Map<number, { entries: number; people: number }>();
  for (const s of specs) {
    if (publicOnly && s.visibility !== 'public') continue;
    for (const c of [0, ...(s.commitments ?? [DEFAULT_COMMITMENT[s.kind]]).map(Number)]) {
      const sum = totals.get(c) ?? { entries: 0, people: 0 };
      sum.entries += 1;
      sum.people += s.people;
      totals.set(c, sum);
    }
  }
  return totals;
}

describeEachEngine('activities: the spreadsheets, from template to totals and back', (t) => {
  let w: World;
  let base: string;
  before(async () => {
    w = await world(t());
    base = `/en/organisations/${w.org.id}/activities`;
  });

  test('the template, 50 rows with three mistakes, every mistake reported, then the fixed file goes in whole', async () => {
    const admin = await signedInClient(t(), w.admin);
    const template = await download(t(), admin, `${base}/template.xlsx`);
    assert.equal(template.status, 200);
    assert.equal(template.headers['content-type'], XLSX_MIME);
    assert.match(String(template.headers['content-disposition']), /attachment; filename="activities-template\.xlsx"/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(template.data as unknown as ArrayBuffer);
    const [sheet, values, help] = book.worksheets;
    assert.deepEqual((sheet!.getRow(1).values as unknown[]).slice(1), headersIn('en'));
    assert.equal(values!.name, 'Allowed values');
    assert.equal(values!.getCell('A1').value, 'Kind');
    assert.equal(values!.getCell('A2').value, 'Training for our staff');
    assert.equal(help!.name, 'Help');
    // The kind's cells offer the allowed values as a list.
    const validation = (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model;
    const kindList = Object.values(validation).find((v) => v.type === 'list');
    assert.match(String(kindList?.formulae[0]), /'Allowed values'!\$A\$2:\$A\$6/);

    const rows = Array.from({ length: 50 }, (_, k) => filled(k + 1));
    const col = (field: string) => COLUMNS.findIndex((c) => c.field === field) + 1;
    rows.forEach((r, k) => (sheet!.getRow(k + 2).values = r.cells));
    // Spreadsheet rows 5, 17 and 40 (data rows 4, 16 and 39) are wrong.
    sheet!.getRow(5).getCell(col('startsOn')).value = '31/02/2026';
    sheet!.getRow(17).getCell(col('kind')).value = 'Picnic';
    sheet!.getRow(40).getCell(col('peopleReached')).value = 'many';
    const wrong = Buffer.from(await book.xlsx.writeBuffer());

    const refused = await upload(admin, `${base}/import`, 'activities.xlsx', XLSX_MIME, wrong);
    assert.equal(refused.status, 400);
    assert.match(refused.body, /class="error-summary"/);
    assert.match(refused.body, /3 rows have mistakes: we added nothing/);
    assert.match(refused.body, /<title>Error/);
    const table = refused.body.slice(refused.body.indexOf('id="import-errors"'));
    const lines = [...table.matchAll(/<tr><th scope="row">(\d+)<\/th><td>([^<]+)<\/td><td>([^<]+)<\/td><\/tr>/g)].map(
      (m) => [m[1], m[2], m[3]],
    );
    assert.deepEqual(lines, [
      ['5', 'Date', 'Write the date as day/month/year, for example 14/03/2026.'],
      ['17', 'Kind', '“Picnic” is not an allowed value. Choose a value from the list for Kind.'],
      ['40', 'People reached', 'Write a whole number, 0 or more, for example 25.'],
    ]);
    assert.equal(await count(w.org.id), 0, 'nothing half-imported');

    sheet!.getRow(5).getCell(col('startsOn')).value = new Date(Date.UTC(year, 1, 28));
    sheet!.getRow(17).getCell(col('kind')).value = rows[15]!.cells[0];
    sheet!.getRow(40).getCell(col('peopleReached')).value = 390;
    const fixed = Buffer.from(await book.xlsx.writeBuffer());
    const done = await upload(admin, `${base}/import`, 'activities.xlsx', XLSX_MIME, fixed);
    assert.equal(done.status, 303);
    assert.equal(done.location, `${base}?imported=50`);
    const log = await admin.follow(`${done.location!}&totals=${year}`);
    assert.match(log.body, /50 activities were added from your file\./);

    const stored = await t().db.selectFrom('activities').selectAll().where('org_id', '=', w.org.id).execute();
    assert.equal(stored.length, 50);
    assert.ok(stored.every((a) => a.source === 'import' && a.created_by === w.admin.id));
    const seven = stored.find((a) => a.title === 'Activity number 7')!;
    assert.equal(seven.description, 'Two lines,\nwith a comma; and a semicolon');
    const audit = await t()
      .db.selectFrom('audit_log')
      .select(['action', 'details'])
      .where('subject_id', '=', w.org.id)
      .where('action', '=', 'activities.logged_many')
      .execute();
    assert.equal(audit.length, 1);
    assert.match(String(audit[0]!.details), /"count":50/);

    // The totals moved by exactly what the rows add: the space (all) and the profile (public).
    const specs = rows.map((r) => r.spec);
    const all = await totalsOfYear(t().db, w.org.id, year);
    const pub = await publicActivityTotals(t().db, w.org.id, [year]);
    const figures = (lines: typeof all) =>
      new Map(
        lines.map((l) => [l.commitment, { entries: l.byYear.get(year)!.entries, people: l.byYear.get(year)!.people }]),
      );
    assert.deepEqual(figures(all), expected(specs, false));
    assert.deepEqual(figures(pub), expected(specs, true));
    const training = all.find((l) => l.commitment === 0)!.byYear.get(year)!.trainingMinutes;
    assert.equal(
      training,
      specs.reduce((sum, s) => sum + s.people * s.minutes, 0),
    );
    const people = expected(specs, false).get(0)!.people.toLocaleString('en').replace(',', '[.,]');
    assert.match(log.body, new RegExp(people));
    const profile = await t().client().get(`/en/signatories/${w.org.slug}`);
    const publicPeople = expected(specs, true).get(0)!.people.toLocaleString('en').replace(',', '[.,]');
    assert.match(profile.body, new RegExp(publicPeople));
  });

  test('the export, read back with exceljs and csv-parse, holds the log; imported elsewhere, the same activities', async () => {
    const admin = await signedInClient(t(), w.admin);
    const log = await t()
      .db.selectFrom('activities')
      .selectAll()
      .where('org_id', '=', w.org.id)
      .orderBy('starts_on', 'desc')
      .orderBy('id', 'desc')
      .execute();
    assert.equal(log.length, 50);

    const xlsx = await download(t(), admin, `${base}/export.xlsx`);
    assert.equal(xlsx.status, 200);
    const fromXlsx = await sheetRows(xlsx.data);
    const csv = await download(t(), admin, `${base}/export.csv`);
    assert.match(String(csv.headers['content-type']), /^text\/csv/);
    const fromCsv = parse(csv.data.toString('utf8'), { bom: true, relax_column_count: true }) as string[][];
    for (const rows of [fromXlsx, fromCsv]) {
      assert.deepEqual(rows[0], headersIn('en'));
      assert.equal(rows.length, 51);
      const at = (field: string) => COLUMNS.findIndex((c) => c.field === field);
      rows.slice(1).forEach((r, k) => {
        const a = log[k]!;
        assert.equal(r[at('title')], a.title);
        assert.equal(r[at('startsOn')], a.starts_on);
        assert.equal(Number(r[at('peopleReached')]), a.people_reached);
        assert.equal(r[at('kind')], en(KIND_LABEL[a.kind]));
      });
    }

    // Filtered as the log is: only the trainings.
    const trainings = await download(t(), admin, `${base}/export.csv?kind=training`);
    assert.equal((parse(trainings.data.toString('utf8'), { bom: true }) as string[][]).length, 11);

    // The same file, imported by another signatory, gives the same activities.
    const columns = [
      'kind',
      'safety_kind',
      'title',
      'description',
      'starts_on',
      'ends_on',
      'commitment_bits',
      'audience_bits',
      'group_bits',
      'digcomp_bits',
      'region_bits',
      'people_reached',
      'minutes_per_person',
      'evidence_link',
      'visibility',
    ] as const;
    for (const [file, name, type] of [
      [xlsx.data, 'export.xlsx', XLSX_MIME],
      [csv.data, 'export.csv', 'text/csv'],
    ] as const) {
      const other = await createUser(t().db);
      const org = await createOrganisation(t().db, { members: [{ user: other, role: 'admin' }] });
      const client = await signedInClient(t(), other);
      const res = await upload(client, `/en/organisations/${org.id}/activities/import`, name, type, file);
      assert.equal(res.status, 303, name);
      const again = await t().db.selectFrom('activities').select(columns).where('org_id', '=', org.id).execute();
      const key = (r: Record<string, unknown>) => JSON.stringify(columns.map((c) => r[c]));
      assert.deepEqual(again.map(key).sort(), log.map(key).sort(), name);
    }
  });

  test('online-safety activities and the form link to the online-safety page', async () => {
    const member = await signedInClient(t(), w.member);
    const log = await member.get(base);
    const cards = log.body.split('<li class="card">').map((card) => card.split('</li>')[0]!);
    const safety = cards.filter((card) => card.includes('Online-safety action'));
    assert.ok(safety.length > 0);
    for (const card of safety) assert.match(card, /href="\/en\/safety"/);
    const training = cards.find((card) => card.includes('Training for our staff'));
    assert.doesNotMatch(training!, /href="\/en\/safety"/);
    assert.match((await member.get(`/fr/organisations/${w.org.id}/activities/new`)).body, /href="\/fr\/safety"/);
  });

  async function count(orgId: string): Promise<number> {
    const rows = await t().db.selectFrom('activities').select('id').where('org_id', '=', orgId).execute();
    return rows.length;
  }
});
