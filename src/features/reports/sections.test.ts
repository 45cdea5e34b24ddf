import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { signedInClient } from '../../../test/support/accounts.ts';
import { editorWorld, reportUrl, sectionUrl, versionOf, type EditorWorld } from './editor-test-support.ts';

// Sections and headline figures as administrators fill them in without JavaScript: two of them
// editing different sections at once both keep their text; mistakes are shown with every typed
// value kept; members may not save; a submitted report is frozen.

describeEachEngine('reports: editing sections and headline figures', (t) => {
  let w: EditorWorld;
  const sectionRow = (n: number) =>
    t()
      .db.selectFrom('report_sections')
      .innerJoin('reports', 'reports.id', 'report_sections.report_id')
      .selectAll('report_sections')
      .where('reports.org_id', '=', w.org.id)
      .where('report_sections.commitment', '=', n)
      .executeTakeFirstOrThrow();

  before(async () => {
    w = await editorWorld(t());
    const client = await signedInClient(t(), w.admin);
    const started = await client.submit(reportUrl(w.org.id), { lang: 'en' }, `${reportUrl(w.org.id)}/start`);
    assert.equal(started.status, 303);
  });

  test('two administrators edit different sections at the same time: both are kept', async () => {
    const anna = await signedInClient(t(), w.admin);
    const bram = await signedInClient(t(), w.second);
    const page1 = await anna.get(sectionUrl(w.org.id, 1));
    const page2 = await bram.get(sectionUrl(w.org.id, 2));
    assert.match(page1.body, /lang="en"/);
    const [a, b] = await Promise.all([
      anna.post(
        sectionUrl(w.org.id, 1),
        { version: versionOf(page1.body), confirmed: 'yes', worked: 'Peer coaching for staff' },
        csrf(page1.body),
      ),
      bram.post(
        sectionUrl(w.org.id, 2),
        {
          version: versionOf(page2.body),
          correction: 'We also reported two obstacles on paper',
          hard: 'Finding partners',
        },
        csrf(page2.body),
      ),
    ]);
    assert.equal(a.status, 303);
    assert.equal(b.status, 303);
    const [one, two] = [await sectionRow(1), await sectionRow(2)];
    assert.equal(one.worked, 'Peer coaching for staff');
    assert.equal(Number(one.confirmed), 1);
    assert.equal(one.updated_by, w.admin.id);
    assert.equal(two.correction, 'We also reported two obstacles on paper');
    assert.equal(two.hard, 'Finding partners');
    assert.equal(Number(two.version), 1);
    const overview = await anna.get(reportUrl(w.org.id));
    assert.match(overview.body, /Figures confirmed/);
    assert.match(overview.body, /Figures corrected/);
    assert.match(overview.body, /Text written/);
  });

  test('mistakes: the summary, the messages, and every typed value kept; nothing saved', async () => {
    const client = await signedInClient(t(), w.admin);
    const page = await client.get(sectionUrl(w.org.id, 5));
    const refused = await client.post(
      sectionUrl(w.org.id, 5),
      {
        version: versionOf(page.body),
        confirmed: 'yes',
        correction: 'Both at once',
        worked: 'x'.repeat(1501),
        hard: 'Kept <b>as typed</b>',
      },
      csrf(page.body),
    );
    assert.equal(refused.status, 400);
    assert.match(refused.body, /<title>Error: /);
    assert.match(
      refused.body,
      /<a href="#field-correction">Either tick that the figures are right, or write a correction, not both\.<\/a>/,
    );
    assert.match(refused.body, /href="#field-worked"/);
    assert.match(refused.body, />Both at once<\/textarea>/);
    assert.match(refused.body, />Kept &lt;b>as typed&lt;\/b><\/textarea>/);
    assert.match(refused.body, /name="confirmed" type="checkbox" value="yes" checked/);
    assert.equal(Number((await sectionRow(5)).version), 0);
  });

  test('headline figures: whole numbers or nothing; a mistake keeps what was typed', async () => {
    const client = await signedInClient(t(), w.admin);
    const url = `${reportUrl(w.org.id)}/headline`;
    const page = await client.get(url);
    assert.equal(page.status, 200);
    const refused = await client.post(
      url,
      { version: versionOf(page.body), people_trained: '-5', people_reached: 'many', devices: '12' },
      csrf(page.body),
    );
    assert.equal(refused.status, 400);
    assert.match(refused.body, /Enter a whole number, 0 or more/);
    assert.match(refused.body, /name="people_reached" type="text" value="many"/);
    assert.match(refused.body, /name="devices" type="text" value="12"/);
    const saved = await client.post(
      url,
      {
        version: versionOf(page.body),
        people_trained: '1.200',
        people_reached: '',
        training_hours: '35',
        devices: '12',
      },
      csrf(page.body),
    );
    assert.equal(saved.status, 303);
    const report = await t()
      .db.selectFrom('reports')
      .selectAll()
      .where('org_id', '=', w.org.id)
      .executeTakeFirstOrThrow();
    assert.equal(Number(report.people_trained), 1200);
    assert.equal(report.people_reached, null);
    assert.equal(Number(report.devices), 12);
    assert.equal(Number(report.headline_version), 1);
    assert.equal(report.headline_updated_by, w.admin.id);
  });

  test('members read the pages but may not save (403)', async () => {
    const client = await signedInClient(t(), w.member);
    const page = await client.get(sectionUrl(w.org.id, 1));
    assert.equal(page.status, 200);
    assert.match(page.body, /Peer coaching for staff/);
    const token = csrf((await client.get(reportUrl(w.org.id))).body);
    assert.equal((await client.post(sectionUrl(w.org.id, 1), { version: '1', worked: 'Mine' }, token)).status, 403);
    assert.equal(
      (await client.post(`${reportUrl(w.org.id)}/headline`, { version: '1', devices: '3' }, token)).status,
      403,
    );
    assert.equal((await sectionRow(1)).worked, 'Peer coaching for staff');
  });

  test('a submitted report is frozen: saves are refused and the pages have no form', async () => {
    const client = await signedInClient(t(), w.admin);
    const page = await client.get(sectionUrl(w.org.id, 3));
    await t()
      .db.updateTable('reports')
      .set({ status: 'submitted', submitted_at: new Date().toISOString(), submitted_by: w.admin.id })
      .where('org_id', '=', w.org.id)
      .execute();
    const refused = await client.post(
      sectionUrl(w.org.id, 3),
      { version: versionOf(page.body), worked: 'Too late' },
      csrf(page.body),
    );
    assert.equal(refused.status, 409);
    assert.match(refused.body, /This report has been submitted: it can no longer be changed/);
    assert.equal((await sectionRow(3)).worked, '');
    const headline = await client.post(
      `${reportUrl(w.org.id)}/headline`,
      { version: '1', devices: '99' },
      csrf(page.body),
    );
    assert.equal(headline.status, 409);
    const frozen = await client.get(sectionUrl(w.org.id, 3));
    assert.doesNotMatch(frozen.body, /name="worked"/);
    const overview = await client.get(reportUrl(w.org.id));
    assert.match(overview.body, /It can no longer be changed/);
    assert.doesNotMatch(overview.body, /\/submit"/);
  });
});

function csrf(html: string): string {
  const m = html.match(/name="_csrf" value="([^"]+)"/);
  if (!m) throw new Error('no CSRF token');
  return m[1]!;
}
