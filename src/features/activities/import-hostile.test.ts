import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { signedInClient } from '../../../test/support/accounts.ts';
import type { Client } from '../../../test/support/client.ts';
import { headersIn } from './bulk-columns.ts';
import { csvOf, download, sheetRows, upload, xlsxBomb, xlsxOf, XLSX_MIME, zipOf } from './bulk-test-support.ts';
import { checkZip, XLSX_LIMITS } from './import-zip.ts';
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from './service-import.ts';
import { world, type World } from './test-support.ts';

// Files nobody should send, and files Excel really writes: each refused one gets a 400 with a
// message in the reader's language (English and French here) and adds nothing; each real one
// goes in. A formula is kept as text and leaves again neutralised.

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001',
  'hex',
);
/** Text as Excel saves "CSV (semicolon)" in Belgium: Windows-1252, where ’ is 0x92. */
const windows1252 = (s: string) => Buffer.from([...s].map((c) => (c === '’' ? 0x92 : c.charCodeAt(0))));
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

test('the zip check: a truthful bomb, a lying one and one that grows too much are refused; a real XLSX passes', async () => {
  assert.deepEqual(checkZip(xlsxBomb(60 * 1024 * 1024)), { ok: false, reason: 'tooLarge' }, 'too large in all');
  assert.deepEqual(
    checkZip(xlsxBomb(40 * 1024 * 1024, 1000)),
    { ok: false, reason: 'tooLarge' },
    'lies about its size',
  );
  assert.deepEqual(checkZip(xlsxBomb(20 * 1024 * 1024)), { ok: false, reason: 'tooLarge' }, 'grows a thousand times');
  assert.deepEqual(checkZip(Buffer.from('PK\u0003\u0004 and then nothing of a zip')), { ok: false, reason: 'notZip' });
  const many = zipOf(
    Array.from({ length: XLSX_LIMITS.entries + 1 }, (_, i) => ({ name: `f${i}`, data: Buffer.from('x') })),
  );
  assert.deepEqual(checkZip(many), { ok: false, reason: 'tooLarge' }, 'too many entries');
  const real = checkZip(await xlsxOf([['Kind'], ['training']]));
  assert.ok(real.ok && real.names.includes('xl/workbook.xml'));
});

describeEachEngine('activities: hostile and awkward uploads', (t) => {
  let w: World;
  let en: Client;
  let fr: Client;
  const url = (lang: string) => `/${lang}/organisations/${w.org.id}/activities/import`;
  const header = headersIn('en');
  const row = (title: string) => ['training', title, '14/03/2026', '', '12', '', '', '', '', '', '1,5', '', '', '', ''];

  before(async () => {
    w = await world(t());
    en = await signedInClient(t(), w.admin);
    fr = await signedInClient(t(), w.member);
  });

  const count = async () =>
    (await t().db.selectFrom('activities').select('id').where('org_id', '=', w.org.id).execute()).length;

  /** Taken: the redirect to the log (the summary's text as the failure's message otherwise). */
  function taken(res: { status: number; body: string }) {
    assert.equal(res.status, 303, /error-summary__list">(.*?)<\/ul>/.exec(res.body)?.[1]);
  }

  async function refused(client: Client, lang: string, name: string, type: string, data: Buffer, message: RegExp) {
    const before = await count();
    const res = await upload(client, url(lang), name, type, data);
    assert.equal(res.status, 400, name);
    assert.match(res.body, /class="error-summary"/);
    assert.match(res.body, message);
    assert.equal(await count(), before, `${name}: nothing added`);
  }

  test('wrong types, told by their bytes: a PNG or a PDF named .xlsx, an old .xls, a random zip', async () => {
    await refused(en, 'en', 'activities.xlsx', XLSX_MIME, PNG, /This is not an XLSX or CSV file/);
    await refused(fr, 'fr', 'activites.xlsx', XLSX_MIME, PDF, /Ce n’est pas un fichier XLSX ou CSV/);
    const xls = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(500)]);
    await refused(en, 'en', 'old.xls', 'application/vnd.ms-excel', xls, /This is not an XLSX or CSV file/);
    const zip = zipOf([{ name: 'word/document.xml', data: Buffer.from('<w/>') }]);
    await refused(fr, 'fr', 'lettre.xlsx', XLSX_MIME, zip, /Ce n’est pas un fichier XLSX ou CSV/);
  });

  test('a zip bomb disguised as XLSX is refused before exceljs opens it', async () => {
    await refused(en, 'en', 'bomb.xlsx', XLSX_MIME, xlsxBomb(60 * 1024 * 1024), /becomes far too large once unpacked/);
    await refused(fr, 'fr', 'bombe.xlsx', XLSX_MIME, xlsxBomb(40 * 1024 * 1024, 900), /devient beaucoup trop grand/);
  });

  test('a file over the limit is cut off by the platform and refused', async () => {
    const huge = Buffer.concat([Buffer.from(`${header.join(',')}\r\n`), Buffer.alloc(IMPORT_MAX_BYTES + 10, 'a')]);
    await refused(en, 'en', 'huge.csv', 'text/csv', huge, /The file is too large: at most 5 MB/);
    await refused(fr, 'fr', 'enorme.csv', 'text/csv', huge, /Le fichier est trop grand\u00a0: 5\u00a0Mo au plus/);
  });

  test('empty, only headers, too many rows, unknown or missing columns, nothing chosen', async () => {
    await refused(en, 'en', 'empty.csv', 'text/csv', Buffer.alloc(0), /The file is empty/);
    await refused(fr, 'fr', 'vide.csv', 'text/csv', Buffer.from('\uFEFF\r\n\r\n  \r\n'), /Le fichier est vide/);
    await refused(en, 'en', 'headers.xlsx', XLSX_MIME, await xlsxOf([header]), /only the column names/);
    await refused(
      fr,
      'fr',
      'entetes.csv',
      'text/csv',
      Buffer.from(csvOf([headersIn('fr')], ';')),
      /que les noms des colonnes/,
    );
    const many = csvOf([header, ...Array.from({ length: IMPORT_MAX_ROWS + 1 }, (_, i) => row(`Row ${i}`))]);
    await refused(en, 'en', 'many.csv', 'text/csv', Buffer.from(many), /more than 2[,.\s\u202f]?000 activities/);
    const unknown = csvOf([
      [...header, 'Budget', 'Colour'],
      [...row('A'), '10', 'red'],
    ]);
    await refused(
      en,
      'en',
      'unknown.csv',
      'text/csv',
      Buffer.from(unknown),
      /We do not know these columns: Budget, Colour/,
    );
    await refused(
      fr,
      'fr',
      'inconnu.csv',
      'text/csv',
      Buffer.from(unknown),
      /Nous ne connaissons pas ces colonnes\u00a0: Budget, Colour/,
    );
    const missing = csvOf([
      ['Title', 'Date'],
      ['A title', '14/03/2026'],
    ]);
    await refused(
      en,
      'en',
      'missing.csv',
      'text/csv',
      Buffer.from(missing),
      /These columns are missing: Kind, People reached/,
    );
    const csrf = (await en.get(url('en'))).body.match(/name="_csrf" value="([^"]+)"/)![1]!;
    const none = await en.postMultipart(url('en'), {}, csrf);
    assert.equal(none.status, 400);
    assert.match(none.body, /Choose a file\./);
  });

  test('a broken CSV and a broken XLSX are refused, not a 500', async () => {
    await refused(
      en,
      'en',
      'quote.csv',
      'text/csv',
      Buffer.from(`${header.join(',')}\r\ntraining,"never closed\r\n`),
      /We cannot read this file/,
    );
    const broken = await xlsxOf([header, row('A')]);
    broken.fill(0x41, 200, 400); // damage the first entry's compressed bytes
    const res = await upload(fr, url('fr'), 'abime.xlsx', XLSX_MIME, broken);
    assert.equal(res.status, 400);
    assert.match(res.body, /Ce n’est pas un fichier XLSX ou CSV|Nous ne pouvons pas lire ce fichier/);
  });

  test('as Excel writes it in Belgium: semicolons, Windows-1252, a byte-order mark; an XLSX named .csv', async () => {
    const belgian = windows1252(
      csvOf(
        [
          headersIn('fr'),
          [
            'Formation de notre personnel',
            'Atelier sécurité',
            '14/03/2026',
            '',
            '1.200',
            '',
            '4;8',
            '',
            '',
            'Région de Bruxelles-Capitale ; flanders',
            '1,5',
            '',
            '',
            '',
            '',
          ],
        ],
        ';',
      ),
    );
    taken(await upload(fr, url('fr'), 'activites.csv', 'text/csv', belgian));
    const stored = await t()
      .db.selectFrom('activities')
      .selectAll()
      .where('title', '=', 'Atelier sécurité')
      .executeTakeFirstOrThrow();
    assert.equal(stored.people_reached, 1200);
    assert.equal(stored.minutes_per_person, 90);
    assert.equal(stored.source, 'import');

    const bom = Buffer.from(`\uFEFF${csvOf([header, row('With a mark')])}`, 'utf8');
    taken(await upload(en, url('en'), 'bom.csv', 'text/csv', bom));
    const named = await xlsxOf([header, row('An XLSX called CSV')]);
    taken(await upload(en, url('en'), 'renamed.csv', 'text/csv', named));
    const titles = await t().db.selectFrom('activities').select('title').where('org_id', '=', w.org.id).execute();
    assert.ok(titles.some((r) => r.title === 'With a mark'));
    assert.ok(titles.some((r) => r.title === 'An XLSX called CSV'));
  });

  test('a formula is stored as text and leaves neutralised, in CSV and XLSX; read back it is the same text', async () => {
    const csv = csvOf([header, row('=HYPERLINK("http://evil.example","Click")'), row('@SUM(1+1)')]);
    taken(await upload(en, url('en'), 'formula.csv', 'text/csv', Buffer.from(csv)));
    const stored = await t().db.selectFrom('activities').select('title').where('org_id', '=', w.org.id).execute();
    assert.ok(stored.some((r) => r.title === '=HYPERLINK("http://evil.example","Click")'));
    const base = `/en/organisations/${w.org.id}/activities`;
    const out = (await download(t(), en, `${base}/export.csv`)).data.toString('utf8');
    assert.match(out, /,"'=HYPERLINK\(""http:\/\/evil\.example"",""Click""\)",/);
    assert.match(out, /,'@SUM\(1\+1\),/);
    assert.doesNotMatch(out, /,=HYPERLINK|,"=HYPERLINK|,@SUM/);
    const sheet = await sheetRows((await download(t(), en, `${base}/export.xlsx`)).data);
    const titles = sheet.map((r) => r[1]);
    assert.ok(titles.includes(`'=HYPERLINK("http://evil.example","Click")`));
    assert.ok(titles.includes(`'@SUM(1+1)`));
    assert.ok(!titles.some((s) => /^[=+\-@]/.test(s ?? '')));
  });

  test('another signatory’s member, an applicant’s member and a stranger may not import or export', async () => {
    const outsider = await signedInClient(t(), w.outsider);
    assert.equal((await outsider.get(url('en'))).status, 403);
    assert.equal((await outsider.get(`/en/organisations/${w.org.id}/activities/export.xlsx`)).status, 403);
    const applicant = await signedInClient(t(), w.applicantMember);
    assert.equal((await applicant.get(`/en/organisations/${w.applicant.id}/activities/import`)).status, 403);
    assert.equal((await t().client().get(`/en/organisations/${w.org.id}/activities/template.csv`)).status, 303);
  });
});
