import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { signedInClient } from '../../../test/support/accounts.ts';
import { makeSignatory, overviewUrl, runUrl, startRun, type Signatory } from './test-run-support.ts';

// The run as an administrator lives it without JavaScript: choose a scope (at least one cell),
// answer half, leave, come back in a new session and find every answer, fix a bad link
// without losing what was typed, be refused with levels missing, submit, and start the next
// run prefilled from this one.

describeEachEngine('assessment: starting, answering and submitting a run', (t) => {
  let s: Signatory;
  let runId: string;
  const answers = (dimension: string) => `${runUrl(s.org.id, runId)}/answers/${dimension}`;
  const rowsOf = (id: string) =>
    t()
      .db.selectFrom('assessment_answers')
      .selectAll()
      .where('run_id', '=', id)
      .orderBy('dimension')
      .orderBy('audience')
      .execute();

  before(async () => {
    s = await makeSignatory(t());
  });

  test('a scope needs at least one cell: the summary and the message say so, nothing starts', async () => {
    const client = await signedInClient(t(), s.admin);
    const page = await client.get(overviewUrl(s.org.id));
    assert.match(page.body, /<h1>Self-assessment<\/h1>/);
    assert.match(page.body, /There is no single total score/);
    assert.match(page.body, /start with two or three themes/);
    const refused = await client.submit(overviewUrl(s.org.id), {}, `${overviewUrl(s.org.id)}/runs`);
    assert.equal(refused.status, 400);
    assert.match(refused.body, /<title>Error: Self-assessment/);
    assert.match(refused.body, /<a href="#field-scope">Tick at least one group for one theme\.<\/a>/);
    assert.match(refused.body, /<p class="field-error">[\s\S]*?Tick at least one group for one theme\./);
    // A forged cell is refused as a choice, and the boxes that were ticked stay ticked.
    const forged = await client.submit(
      overviewUrl(s.org.id),
      { scope_leadership: ['employees', 'martians'] },
      `${overviewUrl(s.org.id)}/runs`,
    );
    assert.equal(forged.status, 400);
    assert.match(forged.body, /name="scope_leadership" type="checkbox" value="employees" checked/);
    // Hostile values (the page sweep's hostile-input test cannot reach this form on the demo,
    // where a run is in progress): markup, a huge value, control characters, an unknown theme.
    const hostile = await client.submit(
      overviewUrl(s.org.id),
      {
        scope_leadership: ['<script>alert(1)</script>', 'x'.repeat(20_000), 'employees\u0000\u202e'],
        'scope_<img src=x onerror=alert(1)>': ['employees'],
        scope_access: ['customers'],
      },
      `${overviewUrl(s.org.id)}/runs`,
    );
    assert.equal(hostile.status, 400);
    assert.doesNotMatch(hostile.body, /<script>alert\(1\)|<img src=x onerror/);
    assert.match(hostile.body, /name="scope_access" type="checkbox" value="customers" checked/);
    const runs = await t().db.selectFrom('assessment_runs').select('id').where('org_id', '=', s.org.id).execute();
    assert.equal(runs.length, 0);
  });

  test('two dimensions for two audiences: saved half-way, every answer is there in a new session', async () => {
    const client = await signedInClient(t(), s.admin);
    const started = await startRun(client, s.org.id, {
      leadership: ['employees', 'customers'],
      non_digital: ['employees', 'customers'],
    });
    runId = started.runId;
    assert.equal(started.response.location, answers('leadership'));
    const page = await client.get(answers('leadership'));
    assert.match(page.body, /<h1>Leadership<\/h1>/);
    assert.match(page.body, /Theme 1 of 2/);
    assert.match(page.body, /<legend class="legend">Employees: which level fits best\?<\/legend>/);
    assert.match(page.body, /Level 4: Embedded and improved with users/);
    const later = await client.submit(answers('leadership'), {
      employees_level: '2',
      employees_evidence: 'Our board adopted an inclusion policy in March.',
      employees_links: 'https://example.be/policy\n\nhttps://example.be/report',
      employees_plan: 'Measure how many staff took the training.',
      customers_level: '',
      customers_evidence: 'Counter help on Tuesdays.',
      next: 'later',
    });
    assert.equal(later.status, 303);
    assert.equal(later.location, overviewUrl(s.org.id));

    // The next day, signed in again: the overview shows the draft and its progress.
    const tomorrow = await signedInClient(t(), s.admin);
    const overview = await tomorrow.get(overviewUrl(s.org.id));
    assert.match(overview.body, /1 of 4 answers have a level\./);
    assert.match(overview.body, new RegExp(`href="${answers('leadership')}">Continue the self-assessment`));
    const again = await tomorrow.get(answers('leadership'));
    assert.match(again.body, /name="employees_level" type="radio" value="2" checked/);
    assert.match(again.body, /Our board adopted an inclusion policy in March\./);
    assert.match(again.body, /https:\/\/example\.be\/policy\nhttps:\/\/example\.be\/report<\/textarea>/);
    assert.match(again.body, /Measure how many staff took the training\./);
    assert.match(again.body, /Counter help on Tuesdays\./);
    const row = (await rowsOf(runId)).find((r) => r.dimension === 'leadership' && r.audience === 'employees')!;
    assert.equal(row.updated_by, s.admin.id);
    const audits = await t()
      .db.selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', runId)
      .where('action', '=', 'assessment.answers_saved')
      .execute();
    assert.equal(audits.length, 1);
  });

  test('a page that did not show an audience (opened before it came into scope) leaves its answers alone', async () => {
    const client = await signedInClient(t(), s.admin);
    // The leadership page as it was before customers came into scope: employees' fields only.
    const stale = await client.submit(answers('leadership'), {
      employees_level: '2',
      employees_evidence: 'Our board adopted an inclusion policy in March.',
      employees_links: 'https://example.be/policy\nhttps://example.be/report',
      employees_plan: 'Measure how many staff took the training.',
      next: 'later',
    });
    assert.equal(stale.status, 303);
    const customers = (await rowsOf(runId)).find((r) => r.dimension === 'leadership' && r.audience === 'customers');
    assert.equal(customers?.evidence, 'Counter help on Tuesdays.');
  });

  test('a bad link is refused with every typed value kept; the valid fields are saved already', async () => {
    const client = await signedInClient(t(), s.admin);
    const refused = await client.submit(answers('leadership'), {
      employees_level: '3',
      employees_evidence: 'Now measured every quarter.',
      employees_links: 'https://example.be/policy\njavascript:alert(1)',
      customers_level: '1',
      next: 'continue',
    });
    assert.equal(refused.status, 400);
    assert.match(refused.body, /<a href="#field-employees_links">Line 2 is not a web address/);
    assert.match(refused.body, /https:\/\/example\.be\/policy\njavascript:alert\(1\)<\/textarea>/);
    assert.match(refused.body, /name="employees_level" type="radio" value="3" checked/);
    assert.match(refused.body, /We saved your other answers/);
    const rows = await rowsOf(runId);
    const employees = rows.find((r) => r.dimension === 'leadership' && r.audience === 'employees')!;
    assert.equal(employees.level, 3);
    assert.equal(employees.evidence, 'Now measured every quarter.');
    assert.equal(
      employees.links,
      'https://example.be/policy\nhttps://example.be/report',
      'the refused links stay as saved',
    );
    assert.equal(rows.find((r) => r.dimension === 'leadership' && r.audience === 'customers')!.level, 1);
  });

  test('submit is refused while a cell has no level; each missing cell is named and linked', async () => {
    const client = await signedInClient(t(), s.admin);
    const check = await client.get(`${runUrl(s.org.id, runId)}/check`);
    assert.match(check.body, /2 parts still need a level:/);
    const refused = await client.submit(`${runUrl(s.org.id, runId)}/check`, {}, `${runUrl(s.org.id, runId)}/submit`);
    assert.equal(refused.status, 400);
    assert.match(refused.body, /<a href="#field-missing_non_digital_employees">Choose a level for Non-digital/);
    const run = await t()
      .db.selectFrom('assessment_runs')
      .selectAll()
      .where('id', '=', runId)
      .executeTakeFirstOrThrow();
    assert.equal(run.status, 'draft');
  });

  test('submit freezes the run and moves the aggregates; the frozen run refuses every write', async () => {
    const client = await signedInClient(t(), s.admin);
    const saved = await client.submit(answers('non_digital'), {
      employees_level: '1',
      customers_level: '4',
      next: 'continue',
    });
    assert.equal(saved.location, `${runUrl(s.org.id, runId)}/check`);
    const check = await client.get(`${runUrl(s.org.id, runId)}/check`);
    assert.match(check.body, /Level 3: Measured/);
    assert.match(check.body, /Now measured every quarter\./);
    const submitted = await client.submit(`${runUrl(s.org.id, runId)}/check`, {}, `${runUrl(s.org.id, runId)}/submit`);
    assert.equal(submitted.status, 303);
    assert.equal(submitted.location, runUrl(s.org.id, runId));
    const run = await t()
      .db.selectFrom('assessment_runs')
      .selectAll()
      .where('id', '=', runId)
      .executeTakeFirstOrThrow();
    assert.equal(run.status, 'submitted');
    assert.equal(run.submitted_by, s.admin.id);
    assert.equal(
      run.year,
      Number(
        new Intl.DateTimeFormat('en', { timeZone: 'Europe/Brussels', year: 'numeric' }).format(
          new Date(run.submitted_at!),
        ),
      ),
    );
    assert.equal(run.dimension_count, 2);
    assert.equal(run.cell_count, 4);
    const latest = await t().db.selectFrom('assessment_latest').selectAll().where('org_id', '=', s.org.id).execute();
    assert.equal(latest.length, 4);
    const peers = await t()
      .db.selectFrom('assessment_peer_counts')
      .select(['organisations'])
      .where('dimension', '=', 'non_digital')
      .where('audience', '=', 'customers')
      .where('level', '=', 4)
      .executeTakeFirstOrThrow();
    assert.equal(Number(peers.organisations), 1);
    const profile = await t()
      .db.selectFrom('assessment_profiles')
      .selectAll()
      .where('org_id', '=', s.org.id)
      .executeTakeFirstOrThrow();
    assert.equal(profile.draft_run_id, null);
    assert.equal(profile.last_run_id, runId);
    assert.equal(
      Number((await t().db.selectFrom('assessment_year_counts').select('runs').executeTakeFirstOrThrow()).runs),
      1,
    );
    // Frozen: a page that writes leads to the results, a forged post changes nothing.
    const page = await client.get(answers('leadership'));
    assert.equal(page.status, 303);
    assert.equal(page.location, runUrl(s.org.id, runId));
    const csrf = (await client.get(overviewUrl(s.org.id))).body.match(/name="_csrf" value="([^"]+)"/)![1]!;
    const forged = await client.post(answers('leadership'), { employees_level: '0' }, csrf);
    assert.equal(forged.status, 303);
    const row = await t()
      .db.selectFrom('assessment_answers')
      .select('level')
      .where('run_id', '=', runId)
      .where('dimension', '=', 'leadership')
      .where('audience', '=', 'employees')
      .executeTakeFirstOrThrow();
    assert.equal(row.level, 3);
  });

  test('the next run starts from the last: its scope is ticked and its answers are copied', async () => {
    const client = await signedInClient(t(), s.admin);
    const overview = await client.get(overviewUrl(s.org.id));
    assert.match(overview.body, /name="scope_leadership" type="checkbox" value="employees" checked/);
    assert.match(overview.body, /name="scope_non_digital" type="checkbox" value="customers" checked/);
    assert.match(overview.body, /Self-assessment submitted on/);
    const next = await startRun(client, s.org.id, { leadership: ['employees'], trust: ['community'] });
    const run = await t()
      .db.selectFrom('assessment_runs')
      .selectAll()
      .where('id', '=', next.runId)
      .executeTakeFirstOrThrow();
    assert.equal(run.previous_run_id, runId);
    const rows = await rowsOf(next.runId);
    assert.deepEqual(
      rows.map((r) => [r.dimension, r.audience, r.level, r.evidence, r.updated_at]),
      [
        ['leadership', 'employees', 3, 'Now measured every quarter.', null],
        ['trust', 'community', null, '', null],
      ],
    );
    const page = await client.get(`${runUrl(s.org.id, next.runId)}/answers/leadership`);
    assert.match(page.body, /These answers come from your last self-assessment/);
    // One draft at a time: starting again leads to this one.
    const twice = await client.submit(
      overviewUrl(s.org.id),
      { scope_skills: 'employees' },
      `${overviewUrl(s.org.id)}/runs`,
    );
    assert.equal(twice.location, overviewUrl(s.org.id));
    const drafts = await t()
      .db.selectFrom('assessment_runs')
      .select('id')
      .where('status', '=', 'draft')
      .where('org_id', '=', s.org.id)
      .execute();
    assert.equal(drafts.length, 1);
  });

  test('taking an answered cell out of the scope asks first, and deletes only after the tick', async () => {
    const client = await signedInClient(t(), s.admin);
    const draftId = (
      await t()
        .db.selectFrom('assessment_profiles')
        .select('draft_run_id')
        .where('org_id', '=', s.org.id)
        .executeTakeFirstOrThrow()
    ).draft_run_id!;
    const scope = `${runUrl(s.org.id, draftId)}/scope`;
    const asked = await client.submit(scope, { scope_trust: 'community', scope_skills: 'employees' });
    assert.equal(asked.status, 400);
    assert.match(asked.body, /You took out a part that already has answers:/);
    assert.match(asked.body, /<li>Leadership – Employees<\/li>/);
    assert.match(asked.body, /name="scope_skills" type="checkbox" value="employees" checked/);
    assert.equal((await rowsOf(draftId)).length, 2, 'nothing changed yet');
    const done = await client.submit(scope, { scope_trust: 'community', scope_skills: 'employees', confirm: 'yes' });
    assert.equal(done.status, 303);
    assert.deepEqual(
      (await rowsOf(draftId)).map((r) => `${r.dimension}:${r.audience}`),
      ['skills:employees', 'trust:community'],
    );
  });
});
