import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { Client } from '../../../test/support/client.ts';
import { openTestCycle } from './test-support.ts';
import { reporter, submitThroughPage, totalsOf, type Reporter } from './test-submit-support.ts';

// Amendments: after submitting, a correction names the part, gives a reason and the new content;
// both versions are kept, the report shows the new content and the totals move by the difference.

describeEachEngine('reports: amendments', (t) => {
  let r: Reporter;
  const amend = (fields: Record<string, string>) => r.adminClient.submit(`${r.base}/amend?part=${fields.part}`, fields, `${r.base}/amend`);

  before(async () => {
    await openTestCycle(t().db, 2025);
    r = await reporter(t(), 2025, { sector: 'public', regions: ['flanders'], report: { figures: { people_trained: 40, devices: 5 } } });
  });

  test('a draft is changed in the report itself, not amended', async () => {
    const page = await r.adminClient.get(`${r.base}/amend`);
    assert.equal(page.status, 200);
    assert.match(page.body, /This report has not been submitted yet/);
    const refused = await r.adminClient.post(`${r.base}/amend`, { part: 'headline', reason: 'x', people_trained: '1' }, Client.csrfOf(page.body));
    assert.equal(refused.status, 400);
    assert.equal(await t().db.selectFrom('report_amendments').select('id').executeTakeFirst(), undefined);
  });

  test('the headline figures amended: both versions kept, the totals moved by the difference', async () => {
    await submitThroughPage(t().db, r);
    assert.equal((await totalsOf(t().db, 2025, 'all'))?.people_trained, 40);
    const form = await r.adminClient.get(`${r.base}/amend?part=headline`);
    assert.match(form.body, /name="people_trained"[^>]*value="40"|value="40"[^>]*name="people_trained"/);
    const done = await amend({ part: 'headline', reason: 'We had counted one course twice.', people_trained: '25', people_reached: '', training_hours: '', devices: '5' });
    assert.equal(done.status, 303);
    const report = await t().db.selectFrom('reports').select(['people_trained', 'amendment_count', 'status']).where('id', '=', r.reportId).executeTakeFirstOrThrow();
    assert.deepEqual(report, { people_trained: 25, amendment_count: 1, status: 'submitted' });
    const row = await t().db.selectFrom('report_amendments').selectAll().where('report_id', '=', r.reportId).executeTakeFirstOrThrow();
    assert.equal(row.part, 'headline');
    assert.equal(row.made_by, r.admin.id);
    assert.equal(JSON.parse(row.before).people_trained, 40);
    assert.equal(JSON.parse(row.after).people_trained, 25);
    for (const [scope, code] of [['all', ''], ['sector', 'public'], ['region', 'flanders']] as const) {
      const totals = await totalsOf(t().db, 2025, scope, code);
      assert.equal(totals?.people_trained, 25, `${scope} ${code}`);
      assert.equal(totals?.devices, 5);
      assert.equal(totals?.reports, 1, 'an amendment is not another report');
    }
    const page = await r.memberClient.follow(done.location!);
    assert.match(page.body, /We had counted one course twice/);
    assert.match(page.body, /Headline figures/);
  });

  test('a section amended: the commitment counts once it has something, and not after it is emptied', async () => {
    assert.equal((await totalsOf(t().db, 2025, 'all'))?.commitment_3, 0);
    const added = await amend({ part: '3', reason: 'We forgot the new digital hub.', worked: 'Opened a digital hub in the library.', correction: '', hard: '' });
    assert.equal(added.status, 303);
    assert.equal((await totalsOf(t().db, 2025, 'all'))?.commitment_3, 1);
    const section = await t().db.selectFrom('report_sections').select(['worked', 'confirmed']).where('report_id', '=', r.reportId).where('commitment', '=', 3).executeTakeFirstOrThrow();
    assert.deepEqual(section, { worked: 'Opened a digital hub in the library.', confirmed: 1 });
    const emptied = await amend({ part: '3', reason: 'The hub belongs to a partner.', worked: '', correction: '', hard: '' });
    assert.equal(emptied.status, 303);
    assert.equal((await totalsOf(t().db, 2025, 'all'))?.commitment_3, 0);
    const count = await t().db.selectFrom('reports').select('amendment_count').where('id', '=', r.reportId).executeTakeFirstOrThrow();
    assert.equal(count.amendment_count, 3);
  });

  test('a reason is required and nothing unchanged is saved, with every typed value kept', async () => {
    const noReason = await amend({ part: 'headline', reason: '', people_trained: '30', devices: 'five' });
    assert.equal(noReason.status, 400);
    assert.match(noReason.body, /value="30"/);
    assert.match(noReason.body, /value="five"/);
    assert.match(noReason.body, /Enter a whole number/);
    const unchanged = await amend({ part: 'headline', reason: 'Checking', people_trained: '25', people_reached: '', training_hours: '', devices: '5' });
    assert.equal(unchanged.status, 400);
    assert.match(unchanged.body, /Nothing has changed/);
    assert.equal((await totalsOf(t().db, 2025, 'all'))?.people_trained, 25);
  });

  test('a member reads the amendments and may not make one', async () => {
    const page = await r.memberClient.get(`${r.base}/amend`);
    assert.equal(page.status, 200);
    assert.match(page.body, /3 amendments/);
    assert.doesNotMatch(page.body, /Save the amendment/);
    const refused = await r.memberClient.post(`${r.base}/amend`, { part: 'headline', reason: 'x', people_trained: '1' }, Client.csrfOf(page.body));
    assert.equal(refused.status, 403);
  });
});
