import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { Client } from '../../../test/support/client.ts';
import { createOrganisation, createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import { belgianToday } from './clock.ts';
import { addDays } from './daily.ts';
import { signedOn } from './test-support.ts';

// Opening a reporting cycle and changing its days, as the secretariat does it in the browser
// without JavaScript: the form's mistakes, the statuses created for those that must report only,
// the rules on days once the cycle is open, and who may do it.

describeEachEngine('reporting cycles: opening and days', (t) => {
  let secretariat: TestUser;
  let admin: TestUser;
  const thisYear = Number(belgianToday().slice(0, 4));
  // A closed cycle whatever today is: the reports on two years ago, due last spring at the latest.
  const year = thisYear - 2;
  const orgs: Record<string, string> = {};

  test('set up: signatories that signed long ago, one that signed this year, an applicant', async () => {
    secretariat = await createUser(t().db, { secretariat: true });
    admin = await createUser(t().db);
    for (const name of ['Early One', 'Early Two']) {
      orgs[name] = (await createOrganisation(t().db, { name, members: [{ user: admin, role: 'admin' }] })).id;
      await signedOn(t().db, orgs[name]!);
    }
    orgs.recent = (await createOrganisation(t().db, { name: 'Recent Signatory' })).id;
    orgs.applicant = (await createOrganisation(t().db, { name: 'Still Applying', status: 'applicant' })).id;
    await signedOn(t().db, orgs.applicant, '2019-01-01T10:00:00.000Z');
  });

  test('only the secretariat opens the pages and the form', async () => {
    const client = await signedInClient(t(), admin);
    assert.equal((await client.get('/en/secretariat/reports')).status, 403);
    const csrf = Client.csrfOf((await client.get('/en/account/profile')).body);
    const res = await client.post('/en/secretariat/reports', { year: String(year) }, csrf);
    assert.equal(res.status, 403);
    assert.equal((await t().client().get('/en/secretariat/reports')).status, 303);
  });

  test('mistakes are listed above the form, each typed value kept', async () => {
    const client = await signedInClient(t(), secretariat);
    const page = await client.get('/en/secretariat/reports');
    assert.equal(page.status, 200);
    assert.match(page.body, /<h1>Reporting cycles<\/h1>/);
    const res = await client.submit('/en/secretariat/reports', {
      year: String(thisYear + 1),
      opensOn: '31/05/2030',
      dueOn: '01/02/2030',
      graceUntil: 'tomorrow',
      reminders: '-14, soon',
    });
    assert.equal(res.status, 400);
    assert.match(res.body, /class="error-summary"/);
    assert.match(res.body, /Enter whole numbers of days/);
    assert.match(res.body, /value="tomorrow"/);
    assert.match(res.body, /value="-14, soon"/);
    assert.match(res.body, /value="31\/05\/2030"/);
    // Days out of order.
    const order = await client.submit('/en/secretariat/reports', {
      year: String(year),
      opensOn: '31/05/2030',
      dueOn: '01/02/2030',
      graceUntil: '01/01/2030',
      reminders: '0',
    });
    assert.equal(order.status, 400);
    assert.match(order.body, /The deadline must come after the day the cycle opens/);
    assert.match(order.body, /The grace period cannot end before the deadline/);
    // The form is right but the year has not begun: the service says so beside the year.
    const future = await client.submit('/en/secretariat/reports', {
      year: String(thisYear + 1),
      opensOn: `${thisYear + 2}-02-01`,
      dueOn: `${thisYear + 2}-05-31`,
      graceUntil: `${thisYear + 2}-06-30`,
      reminders: '-14, 0, 7',
    });
    assert.equal(future.status, 400);
    assert.match(future.body, /This year has not started yet/);
    assert.match(future.body, new RegExp(`value="${thisYear + 1}"`));
    // A reminder day outside the cycle.
    const outside = await client.submit('/en/secretariat/reports', {
      year: String(year),
      opensOn: `${year + 1}-02-01`,
      dueOn: `${year + 1}-05-31`,
      graceUntil: `${year + 1}-06-30`,
      reminders: '-200',
    });
    assert.equal(outside.status, 400);
    const none = await t().db.selectFrom('reporting_cycles').select('year').execute();
    assert.deepEqual(none, []);
  });

  test('opening a cycle gives a status to the signatories that signed before the year only', async () => {
    const client = await signedInClient(t(), secretariat);
    const res = await client.submit('/en/secretariat/reports', {
      year: String(year),
      opensOn: `01/02/${year + 1}`,
      dueOn: `${year + 1}-05-31`,
      graceUntil: `${year + 1}-06-30`,
      reminders: '-14 0 7',
    });
    assert.equal(res.status, 303);
    assert.equal(res.location, `/en/secretariat/reports/${year}`);
    const rows = await t()
      .db.selectFrom('reporting_statuses')
      .select(['org_id', 'status'])
      .where('year', '=', year)
      .execute();
    assert.deepEqual(rows.map((r) => r.org_id).sort(), [orgs['Early One'], orgs['Early Two']].sort());
    // Two years ago's cycle is over: whoever did not report is "not reporting".
    assert.ok(rows.every((r) => r.status === 'notReporting'));
    const cycle = await t()
      .db.selectFrom('reporting_cycles')
      .selectAll()
      .where('year', '=', year)
      .executeTakeFirstOrThrow();
    assert.equal(cycle.required_count, 2);
    assert.equal(cycle.not_reporting_count, 2);
    assert.equal(cycle.opens_on, `${year + 1}-02-01`);
    assert.equal(cycle.reminder_offsets, '[-14,0,7]');
    const audit = await t()
      .db.selectFrom('audit_log')
      .select('actor_user_id')
      .where('action', '=', 'reports.cycle_opened')
      .execute();
    assert.deepEqual(audit, [{ actor_user_id: secretariat.id }]);
    const list = await client.follow(`/en/secretariat/reports`);
    assert.match(list.body, new RegExp(`Reports on ${year}`));
  });

  test('a year already open is refused', async () => {
    const client = await signedInClient(t(), secretariat);
    const res = await client.submit('/en/secretariat/reports', {
      year: String(year),
      opensOn: `${year + 1}-02-01`,
      dueOn: `${year + 1}-05-31`,
      graceUntil: `${year + 1}-06-30`,
      reminders: '0',
    });
    assert.equal(res.status, 400);
    assert.match(res.body, new RegExp(`The cycle for ${year} is already open`));
  });

  test('once open, the deadline and the grace period only move later, and each change is audited', async () => {
    const client = await signedInClient(t(), secretariat);
    const page = await client.get(`/en/secretariat/reports/${year}/days`);
    assert.equal(page.status, 200);
    assert.doesNotMatch(page.body, /name="opensOn"/);
    const earlier = await client.submit(`/en/secretariat/reports/${year}/days`, {
      dueOn: `${year + 1}-05-01`,
      graceUntil: `${year + 1}-06-30`,
    });
    assert.equal(earlier.status, 400);
    assert.match(earlier.body, /the deadline can only move to a later day/);
    assert.match(earlier.body, new RegExp(`value="${year + 1}-05-01"`));
    // A grace period well after today: whoever did not report is late again, not "not reporting".
    const later = await client.submit(`/en/secretariat/reports/${year}/days`, {
      dueOn: `${year + 1}-06-15`,
      graceUntil: `${thisYear + 1}-12-31`,
    });
    assert.equal(later.status, 303);
    const cycle = await t()
      .db.selectFrom('reporting_cycles')
      .selectAll()
      .where('year', '=', year)
      .executeTakeFirstOrThrow();
    assert.equal(cycle.due_on, `${year + 1}-06-15`);
    assert.equal(cycle.late_count, 2);
    assert.equal(cycle.not_reporting_count, 0);
    const audit = await t()
      .db.selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'reports.cycle_changed')
      .execute();
    assert.equal(audit.length, 1);
    assert.match(audit[0]!.details, new RegExp(`"dueOn":"${year + 1}-05-31"`));
  });

  test('before it opens, every day of a cycle may change', async () => {
    const client = await signedInClient(t(), secretariat);
    const today = belgianToday();
    const opened = await client.submit('/en/secretariat/reports', {
      year: String(thisYear),
      opensOn: addDays(today, 20),
      dueOn: addDays(today, 50),
      graceUntil: addDays(today, 80),
      reminders: '0',
    });
    assert.equal(opened.status, 303);
    const page = await client.get(`/en/secretariat/reports/${thisYear}/days`);
    assert.match(page.body, /name="opensOn"/);
    assert.match(page.body, /name="reminders"/);
    const saved = await client.submit(`/en/secretariat/reports/${thisYear}/days`, {
      opensOn: addDays(today, 10),
      dueOn: addDays(today, 40),
      graceUntil: addDays(today, 70),
      reminders: '-7, 0, 14',
    });
    assert.equal(saved.status, 303);
    const cycle = await t()
      .db.selectFrom('reporting_cycles')
      .selectAll()
      .where('year', '=', thisYear)
      .executeTakeFirstOrThrow();
    assert.equal(cycle.opens_on, addDays(today, 10));
    assert.equal(cycle.reminder_offsets, '[-7,0,14]');
    // Those that must report have not started: the cycle has not opened.
    assert.equal(cycle.required_count, 2);
    assert.equal(cycle.not_started_count, 0);
  });

  test('hostile values come back escaped, with a 400 and never a 500', async () => {
    const client = await signedInClient(t(), secretariat);
    for (const value of [
      '<script>alert(1)</script>',
      'a\u0000b',
      'é'.repeat(10_000),
      '"><img src=x onerror=alert(1)>',
    ]) {
      const fields = { year: value, opensOn: value, dueOn: value, graceUntil: value, reminders: value };
      const opened = await client.submit('/en/secretariat/reports', fields);
      assert.equal(opened.status, 400);
      assert.doesNotMatch(opened.body, /<script>alert|<img src=x/);
      const days = await client.submit(`/en/secretariat/reports/${year}/days`, fields);
      assert.equal(days.status, 400);
      assert.doesNotMatch(days.body, /<script>alert|<img src=x/);
    }
  });

  test('a year without a cycle is a 404', async () => {
    const client = await signedInClient(t(), secretariat);
    assert.equal((await client.get('/en/secretariat/reports/1999')).status, 404);
    assert.equal((await client.get('/en/secretariat/reports/abcd')).status, 404);
  });
});
