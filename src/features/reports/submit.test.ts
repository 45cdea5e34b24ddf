import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { Client } from '../../../test/support/client.ts';
import { openTestCycle } from './test-support.ts';
import { confirmSections, reporter, signedStatement, type Reporter } from './test-submit-support.ts';
import { inFirstYear } from './service-submit.ts';

// Submitting: the check page lists what is missing; the report is frozen only with a signed
// statement and every section confirmed or corrected; the status, the totals and the profile's
// cache move with it; an organisation in its first year may keep its first report private.

test('first year: signed during the report’s year, or within twelve months before the cycle opens', () => {
  assert.equal(inFirstYear('2025-03-01T10:00:00.000Z', 2025, '2026-02-01'), true);
  // Midnight on 1 January in Brussels is still 31 December in UTC.
  assert.equal(inFirstYear('2024-12-31T23:30:00.000Z', 2025, '2026-02-01'), true);
  assert.equal(inFirstYear('2024-12-15T10:00:00.000Z', 2025, '2026-02-01'), false);
  // A cycle that opens early reaches further back: twelve months before 1 December 2025.
  assert.equal(inFirstYear('2024-12-15T10:00:00.000Z', 2025, '2025-12-01'), true);
  assert.equal(inFirstYear('2024-11-30T10:00:00.000Z', 2025, '2025-12-01'), false);
  // Signed after the year (a voluntary report) is a first year too; never signed is not.
  assert.equal(inFirstYear('2026-01-10T10:00:00.000Z', 2025, '2026-02-01'), true);
  assert.equal(inFirstYear(null, 2025, '2026-02-01'), false);
});

describeEachEngine('reports: submitting', (t) => {
  let r: Reporter;
  const report = () => t().db.selectFrom('reports').selectAll().where('id', '=', r.reportId).executeTakeFirstOrThrow();

  before(async () => {
    await openTestCycle(t().db, 2025);
    r = await reporter(t(), 2025, { report: { figures: { people_trained: 40 } } });
  });

  test('without a signed statement, submitting is refused with a clear message', async () => {
    await confirmSections(t().db, r.reportId);
    const check = await r.adminClient.get(`${r.base}/submit`);
    assert.equal(check.status, 200);
    assert.match(check.body, /The statement of continued support is not signed yet/);
    assert.match(check.body, /People reached: empty/);
    assert.doesNotMatch(check.body, />Submit the report</);
    const refused = await r.adminClient.post(`${r.base}/submit`, {}, Client.csrfOf(check.body));
    assert.equal(refused.status, 400);
    assert.match(refused.body, /You cannot submit yet: the statement of continued support has not been signed by your executive/);
    assert.equal((await report()).status, 'draft');
  });

  test('a section neither confirmed nor corrected blocks submitting; a correction counts', async () => {
    await signedStatement(t().db, r.reportId);
    await t().db.updateTable('report_sections').set({ confirmed: 0 }).where('report_id', '=', r.reportId).where('commitment', 'in', [2, 5]).execute();
    await t().db.updateTable('report_sections').set({ correction: 'We trained 40, not 30.' }).where('report_id', '=', r.reportId).where('commitment', '=', 5).execute();
    const check = await r.adminClient.get(`${r.base}/submit`);
    assert.match(check.body, /Commitment 2: confirm or correct this section/);
    assert.doesNotMatch(check.body, /Commitment 5: confirm/);
    const refused = await r.adminClient.post(`${r.base}/submit`, {}, Client.csrfOf(check.body));
    assert.equal(refused.status, 400);
    assert.match(refused.body, /one section is not confirmed or corrected/);
    assert.equal((await report()).status, 'draft');
  });

  test('a member reads the check page and may not submit', async () => {
    const check = await r.memberClient.get(`${r.base}/submit`);
    assert.equal(check.status, 200);
    assert.match(check.body, /Only the administrators of your organisation can submit the report/);
    assert.equal((await r.memberClient.post(`${r.base}/submit`, {}, Client.csrfOf(check.body))).status, 403);
  });

  test('submitting freezes the report, keeps the status, the totals and the profile cache, and is audited', async () => {
    await confirmSections(t().db, r.reportId);
    const versionBefore = await t().db.selectFrom('content_versions').select('token').where('name', '=', 'reports').executeTakeFirst();
    const check = await r.adminClient.get(`${r.base}/submit`);
    assert.doesNotMatch(check.body, /Keep this first report private/, 'signed years ago: not a first year');
    const done = await r.adminClient.post(`${r.base}/submit`, {}, Client.csrfOf(check.body));
    assert.equal(done.status, 303);
    const row = await report();
    assert.equal(row.status, 'submitted');
    assert.equal(row.submitted_by, r.admin.id);
    assert.equal(row.private, 0);
    // Submitted today, after the test cycle's deadline (31 May 2026): reported, and said to be late.
    const status = await t().db.selectFrom('reporting_statuses').selectAll().where('org_id', '=', r.org.id).where('year', '=', 2025).executeTakeFirstOrThrow();
    assert.equal(status.status, 'reported');
    assert.equal(status.after_deadline, 1);
    const cycle = await t().db.selectFrom('reporting_cycles').selectAll().where('year', '=', 2025).executeTakeFirstOrThrow();
    assert.equal(cycle.reported_count, 1);
    const all = await t().db.selectFrom('report_totals').selectAll().where('year', '=', 2025).where('scope', '=', 'all').executeTakeFirstOrThrow();
    assert.equal(all.reports, 1);
    assert.equal(all.people_trained, 40);
    const versionAfter = await t().db.selectFrom('content_versions').select('token').where('name', '=', 'reports').executeTakeFirst();
    assert.ok(versionAfter && versionAfter.token !== versionBefore?.token, 'the profile’s cached pages are stale');
    const audit = await t().db.selectFrom('audit_log').select('actor_user_id').where('action', '=', 'reports.submitted').where('subject_id', '=', r.reportId).executeTakeFirst();
    assert.equal(audit?.actor_user_id, r.admin.id);

    const page = await r.adminClient.follow(done.location!);
    assert.match(page.body, /The report has been submitted/);
    assert.match(page.body, /It is public on your organisation/);
    // Frozen: submitting again, targets and the statement are refused.
    const again = await r.adminClient.post(`${r.base}/submit`, {}, Client.csrfOf(page.body));
    assert.equal(again.status, 400);
    const target = await r.adminClient.post(
      `${r.base}/targets`,
      { indicator: 'Late', direction: 'increase', baseYear: '2025', baseValue: '1', targetYear: '2026', targetValue: '2' },
      Client.csrfOf(page.body),
    );
    assert.equal(target.status, 400);
    assert.match(target.body, /This report has already been submitted/);
    assert.equal((await t().db.selectFrom('report_totals').select('reports').where('year', '=', 2025).where('scope', '=', 'all').executeTakeFirstOrThrow()).reports, 1);
  });

  test('an organisation in its first year may keep its first report private; others may not', async () => {
    const newcomer = await reporter(t(), 2025, { signedAt: '2025-04-10T09:00:00.000Z' });
    await confirmSections(t().db, newcomer.reportId);
    await signedStatement(t().db, newcomer.reportId);
    const check = await newcomer.adminClient.get(`${newcomer.base}/submit`);
    assert.match(check.body, /Keep this first report private/);
    assert.equal((await newcomer.adminClient.post(`${newcomer.base}/submit`, { keepPrivate: 'yes' }, Client.csrfOf(check.body))).status, 303);
    const kept = await t().db.selectFrom('reports').select(['private', 'status']).where('id', '=', newcomer.reportId).executeTakeFirstOrThrow();
    assert.deepEqual(kept, { private: 1, status: 'submitted' });
    // Not required to report (signed during the year), yet its status says it reported.
    const status = await t().db.selectFrom('reporting_statuses').select('status').where('org_id', '=', newcomer.org.id).executeTakeFirst();
    assert.equal(status?.status, 'reported');

    const veteran = await reporter(t(), 2025);
    await confirmSections(t().db, veteran.reportId);
    await signedStatement(t().db, veteran.reportId);
    const page = await veteran.adminClient.get(`${veteran.base}/submit`);
    const forged = await veteran.adminClient.post(`${veteran.base}/submit`, { keepPrivate: 'yes' }, Client.csrfOf(page.body));
    assert.equal(forged.status, 400);
    assert.match(forged.body, /Only an organisation in its first year may keep its first report private/);
    assert.equal((await t().db.selectFrom('reports').select('status').where('id', '=', veteran.reportId).executeTakeFirstOrThrow()).status, 'draft');
  });

  // The page sweep cannot show this form (it needs a ready report and a signed statement, while
  // the demo's draft waits for its executive), so hostile values are sent here.
  test('hostile values in the one choice never submit by accident and never answer 500', async () => {
    const veteran = await reporter(t(), 2025);
    await confirmSections(t().db, veteran.reportId);
    await signedStatement(t().db, veteran.reportId);
    const page = await veteran.adminClient.get(`${veteran.base}/submit`);
    for (const value of ['<script>alert(1)</script>', 'yes\r\nX-Evil: 1', 'é'.repeat(10_000), 'a\u0000b']) {
      const posted = await veteran.adminClient.post(`${veteran.base}/submit`, { keepPrivate: value }, Client.csrfOf(page.body));
      assert.ok(posted.status < 500, `${posted.status} for ${value.slice(0, 20)}`);
      assert.doesNotMatch(posted.body, /<script>alert/);
      assert.equal(posted.headers['x-evil'], undefined);
    }
    // Any value but "yes" is an unticked box: the report went in, public.
    const kept = await t().db.selectFrom('reports').select(['private', 'status']).where('id', '=', veteran.reportId).executeTakeFirstOrThrow();
    assert.deepEqual(kept, { private: 0, status: 'submitted' });
  });
});
