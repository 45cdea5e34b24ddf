import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { signedInClient } from '../../../test/support/accounts.ts';
import { newId, now } from '../../platform/db/sql.ts';
import {
  bytesOf,
  editorWorld,
  hasPdftotext,
  pdfText,
  reportUrl,
  sectionUrl,
  versionOf,
  YEAR,
  type EditorWorld,
} from './editor-test-support.ts';
import { insertTestReport, openTestCycle } from './test-support.ts';
import { Client } from '../../../test/support/client.ts';

// The preview and the PDF, at any time (a draft says so on every page), and the public page of
// a submitted report on the signatory's profile: a draft, a private report or none are a 404.

describeEachEngine('reports: preview, PDF and the public report', (t) => {
  let w: EditorWorld;
  let published: EditorWorld;
  let reportId: string;

  before(async () => {
    w = await editorWorld(t());
    const client = await signedInClient(t(), w.admin);
    assert.equal(
      (await client.submit(reportUrl(w.org.id), { lang: 'nl' }, `${reportUrl(w.org.id)}/start`)).status,
      303,
    );
    const page = await client.get(sectionUrl(w.org.id, 4));
    const saved = await client.post(
      sectionUrl(w.org.id, 4),
      {
        version: versionOf(page.body),
        confirmed: 'yes',
        worked: 'Digitale koffieklets elke dinsdag',
        hard: 'Vrijwilligers vinden',
      },
      Client.csrfOf(page.body),
    );
    assert.equal(saved.status, 303);
    reportId = (
      await t().db.selectFrom('reports').select('id').where('org_id', '=', w.org.id).executeTakeFirstOrThrow()
    ).id;
    // A target set last year for this one, with the value reached: its progress and inputs show.
    await openTestCycle(t().db, YEAR - 1);
    const earlier = await insertTestReport(t().db, w.org.id, YEAR - 1, { status: 'submitted' });
    await t()
      .db.insertInto('report_targets')
      .values({
        id: newId(),
        org_id: w.org.id,
        set_in_report_id: earlier,
        indicator: 'Medewerkers opgeleid',
        unit: 'personen',
        direction: 'increase',
        base_year: YEAR - 1,
        base_value: '10',
        target_year: YEAR,
        target_value: '20',
        reached_value: '30',
        reached_report_id: reportId,
        progress: 'achieved',
        created_at: now(),
        updated_at: now(),
      })
      .execute();
    published = await editorWorld(t());
  });

  test('the preview shows the whole draft with the report’s language marked', async () => {
    const client = await signedInClient(t(), w.member);
    const page = await client.get(`${reportUrl(w.org.id)}/preview`);
    assert.equal(page.status, 200);
    assert.match(page.body, /<h1>Preview of the report on 2025<\/h1>/);
    assert.match(page.body, /Draft: this report has not been submitted yet/);
    assert.match(page.body, /The organisation wrote this report in another language: Nederlands/);
    assert.match(page.body, /<div lang="nl"><p>Digitale koffieklets elke dinsdag<\/p><\/div>/);
    assert.match(page.body, /The organisation confirmed these figures/);
    assert.match(page.body, /Medewerkers opgeleid \(personen\)/);
    assert.match(page.body, /Target achieved/);
    assert.match(page.body, /growth per year 200%/);
    assert.match(page.body, /Not asked for yet/);
    assert.equal(page.body.match(/<h1/g)?.length, 1);
  });

  test('the PDF at any time: a draft says so, and it holds the narrative', async () => {
    const pdf = await bytesOf(t(), `${reportUrl(w.org.id)}/report.pdf`, w.member);
    assert.equal(pdf.status, 200);
    assert.match(pdf.type, /application\/pdf/);
    assert.equal(pdf.data.subarray(0, 5).toString('latin1'), '%PDF-');
    const text = pdfText(pdf.data);
    assert.ok(text !== null || !hasPdftotext(), 'pdftotext read the PDF');
    if (text !== null) {
      assert.match(text, /Digitale koffieklets elke dinsdag/);
      assert.match(text, /DRAFT – not submitted/);
      assert.match(text, /Target achieved/);
    }
    assert.equal((await bytesOf(t(), `${reportUrl(w.org.id)}/report.pdf`)).status, 303, 'to sign in');
  });

  test('the public page: 404 for a draft, for a private report and for none; 200 for a submitted one', async () => {
    const anyone = t().client();
    const url = (slug: string, year = YEAR) => `/en/signatories/${slug}/reports/${year}`;
    assert.equal((await anyone.get(url(w.org.slug))).status, 404, 'a draft');
    assert.equal((await anyone.get(url(published.org.slug))).status, 404, 'no report');
    const id = await insertTestReport(t().db, published.org.id, YEAR, {
      worked: { 2: 'We mapped the obstacles in our area' },
      lang: 'en',
    });
    const page = await anyone.get(url(published.org.slug));
    assert.equal(page.status, 200);
    assert.match(page.body, /Vzw Brug: report on 2025/);
    assert.match(page.body, /We mapped the obstacles in our area/);
    assert.match(page.body, /Submitted on /);
    assert.doesNotMatch(page.body, /another language/);
    const pdf = await bytesOf(t(), `${url(published.org.slug)}.pdf`);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.data.subarray(0, 5).toString('latin1'), '%PDF-');
    const text = pdfText(pdf.data);
    if (text !== null) {
      assert.match(text, /We mapped the obstacles in our area/);
      assert.doesNotMatch(text, /DRAFT/);
    }
    await t().db.updateTable('reports').set({ private: 1 }).where('id', '=', id).execute();
    assert.equal((await anyone.get(url(published.org.slug))).status, 404, 'private');
    assert.equal((await bytesOf(t(), `${url(published.org.slug)}.pdf`)).status, 404);
    assert.equal((await anyone.get(`/en/signatories/${published.org.slug}/reports/20x5`)).status, 404);
  });
});
