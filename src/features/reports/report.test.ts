import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { signedInClient } from '../../../test/support/accounts.ts';
import { logActivity } from '../activities/service.ts';
import { validActivity } from '../activities/test-support.ts';
import { editorWorld, reportsUrl, reportUrl, sectionUrl, YEAR, type EditorWorld } from './editor-test-support.ts';

// Starting a year's report as an administrator finds it prefilled with the year's records: an
// activity logged for commitment 4 in 2025 is in section 4's facts and in the headline figures,
// and the organisation's kept status moves to "in progress". Members read but cannot start it.

describeEachEngine('reports: starting a report prefilled from the year', (t) => {
  let w: EditorWorld;

  before(async () => {
    w = await editorWorld(t());
    const tags = { ...validActivity().tags, commitment: ['4' as const] };
    const logged = await logActivity(t().db, w.admin.id, w.org.id, validActivity({ startsOn: `${YEAR}-03-14`, tags }));
    assert.ok(logged.ok);
    // Another year's activity stays out of the 2025 report.
    await logActivity(
      t().db,
      w.admin.id,
      w.org.id,
      validActivity({ startsOn: `${YEAR + 1}-03-14`, peopleReached: 999, tags }),
    );
  });

  test('the cycles page lists the year with the way to start it', async () => {
    const client = await signedInClient(t(), w.member);
    const page = await client.get(reportsUrl(w.org.id));
    assert.equal(page.status, 200);
    assert.match(page.body, /<h1>Yearly reports<\/h1>/);
    assert.match(page.body, new RegExp(`href="${reportUrl(w.org.id)}">Start the ${YEAR} report`));
  });

  test('a member reads the page but may not start the report', async () => {
    const client = await signedInClient(t(), w.member);
    const page = await client.get(reportUrl(w.org.id));
    assert.equal(page.status, 200);
    assert.match(page.body, /An administrator of your organisation can start it/);
    assert.doesNotMatch(page.body, /Start the report<\/button>/);
    const refused = await client.post(`${reportUrl(w.org.id)}/start`, { lang: 'en' }, 'x');
    assert.equal(refused.status, 403);
    const forged = await (
      await signedInClient(t(), w.member)
    ).submit(reportsUrl(w.org.id), { lang: 'en' }, `${reportUrl(w.org.id)}/start`);
    assert.equal(forged.status, 403);
    assert.equal((await t().db.selectFrom('reports').select('id').where('org_id', '=', w.org.id).execute()).length, 0);
  });

  test('a bad language is refused with the summary and the choice kept', async () => {
    const client = await signedInClient(t(), w.admin);
    const refused = await client.submit(reportUrl(w.org.id), { lang: 'xx' }, `${reportUrl(w.org.id)}/start`);
    assert.equal(refused.status, 400);
    assert.match(refused.body, /<title>Error: Report on 2025/);
    assert.match(refused.body, /class="error-summary"/);
  });

  test('an administrator starts it: nine sections with the year’s facts, the figures, the status in progress', async () => {
    const client = await signedInClient(t(), w.admin);
    const started = await client.submit(reportUrl(w.org.id), { lang: 'nl' }, `${reportUrl(w.org.id)}/start`);
    assert.equal(started.status, 303);
    assert.equal(started.location, reportUrl(w.org.id));
    const report = await t()
      .db.selectFrom('reports')
      .selectAll()
      .where('org_id', '=', w.org.id)
      .executeTakeFirstOrThrow();
    assert.equal(report.status, 'draft');
    assert.equal(report.lang, 'nl');
    assert.equal(Number(report.people_reached), 20);
    assert.equal(Number(report.training_hours), 30);
    assert.equal(report.people_trained, null);
    const sections = await t()
      .db.selectFrom('report_sections')
      .selectAll()
      .where('report_id', '=', report.id)
      .orderBy('commitment')
      .execute();
    assert.equal(sections.length, 9);
    const facts4 = JSON.parse(sections[3]!.facts) as { key: string; values?: Record<string, number> }[];
    assert.deepEqual(facts4.find((f) => f.key === 'activities.commitments.entries')?.values, { count: 1, people: 20 });
    const status = await t()
      .db.selectFrom('reporting_statuses')
      .selectAll()
      .where('org_id', '=', w.org.id)
      .executeTakeFirstOrThrow();
    assert.equal(status.status, 'inProgress');
    // Starting again leads to the same report.
    const again = await client.submit(reportUrl(w.org.id), { lang: 'en' }, `${reportUrl(w.org.id)}/start`);
    assert.equal(again.status, 303);
    assert.equal((await t().db.selectFrom('reports').select('id').where('org_id', '=', w.org.id).execute()).length, 1);
  });

  test('the overview shows each section’s state, the figures and the next steps; section 4 shows its facts', async () => {
    const client = await signedInClient(t(), w.member);
    const page = await client.get(reportUrl(w.org.id));
    assert.equal(page.status, 200);
    assert.match(page.body, /Status: In progress/);
    assert.equal(page.body.match(/Not looked at yet/g)?.length, 9);
    assert.match(page.body, /People reached<\/dt>\s*<dd class="summary-list__value">20</);
    for (const step of ['preview', 'report.pdf', 'headline', 'targets', 'statement', 'submit'])
      assert.match(page.body, new RegExp(`href="${reportUrl(w.org.id)}/${step.replace('.', '\\.')}"`));
    const section = await client.get(sectionUrl(w.org.id, 4));
    assert.equal(section.status, 200);
    assert.match(section.body, /What Inclusio recorded for 2025/);
    assert.match(section.body, /1 activity logged, 20 people reached/);
    // A member reads, without a form.
    assert.doesNotMatch(section.body, /name="worked"/);
    assert.match(section.body, /Only the administrators of your organisation can change the report/);
  });

  test('a year without a cycle, a commitment out of range: not found', async () => {
    const client = await signedInClient(t(), w.admin);
    assert.equal((await client.get(reportUrl(w.org.id, 2019))).status, 404);
    assert.equal((await client.get(sectionUrl(w.org.id, 10))).status, 404);
    assert.equal((await client.get(`${reportsUrl(w.org.id)}/abcd`)).status, 404);
  });
});
