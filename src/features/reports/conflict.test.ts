import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { signedInClient } from '../../../test/support/accounts.ts';
import { Client } from '../../../test/support/client.ts';
import { editorWorld, reportUrl, sectionUrl, versionOf, type EditorWorld } from './editor-test-support.ts';

// Two administrators open the same section (then the headline figures) and both save. The first
// save lands; the second is answered 409 with the first person's saved text, their name and
// time, and the second person's typed text still in the form; nothing is overwritten. Saving
// again from that page, deliberately, keeps the second person's text.

describeEachEngine('reports: two people saving the same section', (t) => {
  let w: EditorWorld;
  const section3 = () =>
    t()
      .db.selectFrom('report_sections')
      .innerJoin('reports', 'reports.id', 'report_sections.report_id')
      .select([
        'report_sections.worked',
        'report_sections.hard',
        'report_sections.version',
        'report_sections.updated_by',
      ])
      .where('reports.org_id', '=', w.org.id)
      .where('report_sections.commitment', '=', 3)
      .executeTakeFirstOrThrow();

  before(async () => {
    w = await editorWorld(t());
    const client = await signedInClient(t(), w.admin);
    assert.equal(
      (await client.submit(reportUrl(w.org.id), { lang: 'en' }, `${reportUrl(w.org.id)}/start`)).status,
      303,
    );
  });

  test('the second save of the same section shows both versions, loses nothing, and can keep its own', async () => {
    const anna = await signedInClient(t(), w.admin);
    const bram = await signedInClient(t(), w.second);
    const url = sectionUrl(w.org.id, 3);
    const [pageA, pageB] = [await anna.get(url), await bram.get(url)];
    assert.equal(versionOf(pageA.body), '0');
    assert.equal(versionOf(pageB.body), '0');

    const first = await anna.post(
      url,
      { version: '0', worked: 'Our board signed the yearly plan', hard: 'Time' },
      Client.csrfOf(pageA.body),
    );
    assert.equal(first.status, 303);

    const second = await bram.post(
      url,
      { version: '0', worked: 'Our CEO spoke at the kick-off', hard: 'Budget' },
      Client.csrfOf(pageB.body),
    );
    assert.equal(second.status, 409);
    assert.match(second.body, /Someone else saved this while you were editing it/);
    assert.match(second.body, /Anna Admin saved it on /);
    assert.match(second.body, /Saved by Anna Admin/);
    // Theirs, shown as saved; mine, still in the form.
    assert.match(second.body, /<p>Our board signed the yearly plan<\/p>/);
    assert.match(second.body, />Our CEO spoke at the kick-off<\/textarea>/);
    assert.match(second.body, />Budget<\/textarea>/);
    assert.equal(versionOf(second.body), '1');
    assert.match(second.body, /Save my version/);
    let row = await section3();
    assert.equal(row.worked, 'Our board signed the yearly plan');
    assert.equal(Number(row.version), 1);

    // Saving again from the conflict page keeps Bram's text, on purpose.
    const again = await bram.post(
      url,
      { version: versionOf(second.body), worked: 'Our CEO spoke at the kick-off', hard: 'Budget' },
      Client.csrfOf(second.body),
    );
    assert.equal(again.status, 303);
    row = await section3();
    assert.equal(row.worked, 'Our CEO spoke at the kick-off');
    assert.equal(row.updated_by, w.second.id);
    assert.equal(Number(row.version), 2);

    // Anna's old page is now out of date too: she is shown Bram's save, not overwritten.
    const stale = await anna.post(url, { version: '1', worked: 'Late' }, Client.csrfOf(pageA.body));
    assert.equal(stale.status, 409);
    assert.match(stale.body, /Bram Tweede saved it on /);
    assert.equal((await section3()).worked, 'Our CEO spoke at the kick-off');
  });

  test('at the same moment, exactly one of two saves from the same version lands', async () => {
    const anna = await signedInClient(t(), w.admin);
    const bram = await signedInClient(t(), w.second);
    const url = sectionUrl(w.org.id, 6);
    const [pageA, pageB] = [await anna.get(url), await bram.get(url)];
    const answers = await Promise.all([
      anna.post(url, { version: versionOf(pageA.body), worked: 'A' }, Client.csrfOf(pageA.body)),
      bram.post(url, { version: versionOf(pageB.body), worked: 'B' }, Client.csrfOf(pageB.body)),
    ]);
    assert.deepEqual(answers.map((a) => a.status).sort(), [303, 409]);
  });

  test('the headline figures: the same, with the other person’s figures shown', async () => {
    const anna = await signedInClient(t(), w.admin);
    const bram = await signedInClient(t(), w.second);
    const url = `${reportUrl(w.org.id)}/headline`;
    const [pageA, pageB] = [await anna.get(url), await bram.get(url)];
    assert.equal(
      (await anna.post(url, { version: versionOf(pageA.body), devices: '40' }, Client.csrfOf(pageA.body))).status,
      303,
    );
    const second = await bram.post(
      url,
      { version: versionOf(pageB.body), devices: '55', people_trained: '7' },
      Client.csrfOf(pageB.body),
    );
    assert.equal(second.status, 409);
    assert.match(second.body, /Anna Admin saved it on /);
    assert.match(second.body, /Devices provided or lent<\/dt>\s*<dd class="summary-list__value">40</);
    assert.match(second.body, /name="devices" type="text" value="55"/);
    assert.match(second.body, /name="people_trained" type="text" value="7"/);
    const report = await t()
      .db.selectFrom('reports')
      .selectAll()
      .where('org_id', '=', w.org.id)
      .executeTakeFirstOrThrow();
    assert.equal(Number(report.devices), 40);
    assert.equal(report.people_trained, null);
    const again = await bram.post(
      url,
      { version: versionOf(second.body), devices: '55', people_trained: '7' },
      Client.csrfOf(second.body),
    );
    assert.equal(again.status, 303);
    const after = await t()
      .db.selectFrom('reports')
      .selectAll()
      .where('org_id', '=', w.org.id)
      .executeTakeFirstOrThrow();
    assert.equal(Number(after.devices), 55);
    assert.equal(Number(after.people_trained), 7);
  });
});
