import { test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { describeEachEngine } from '../../../test/support/harness.ts';
import {
  createOrganisation,
  createUser,
  sessionFor,
  signedInClient,
  SESSION_COOKIE,
  type TestUser,
} from '../../../test/support/accounts.ts';
import { belgianToday } from './clock.ts';
import { addDays } from './daily.ts';
import { DASHBOARD_PAGE, dashboardPage, decodeCursor, encodeCursor } from './service-cycles.ts';
import { insertTestReport, signedOn } from './test-support.ts';

// The secretariat's dashboard of a cycle open today: the kept counts, the organisations by
// status with a filter, reminders on demand (once a day), and every report as a workbook.

describeEachEngine('the cycle dashboard', (t) => {
  const today = belgianToday();
  // This year's cycle, open since ten days and due in a month, whatever today is.
  const year = Number(today.slice(0, 4));
  let secretariat: TestUser;
  let admin: TestUser;
  const org: Record<string, string> = {};
  const page = `/en/secretariat/reports/${year}`;

  test('set up: the secretariat opens the cycle; reports started and submitted', async () => {
    secretariat = await createUser(t().db, { secretariat: true });
    admin = await createUser(t().db, { locale: 'en' });
    for (const name of ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot']) {
      org[name] = (
        await createOrganisation(t().db, { name: `${name} vzw`, members: [{ user: admin, role: 'admin' }] })
      ).id;
      await signedOn(t().db, org[name]!);
    }
    const client = await signedInClient(t(), secretariat);
    const res = await client.submit('/en/secretariat/reports', {
      year: String(year),
      opensOn: addDays(today, -10),
      dueOn: addDays(today, 30),
      graceUntil: addDays(today, 60),
      reminders: '-20, 0',
    });
    assert.equal(res.status, 303);
    await insertTestReport(t().db, org.Delta!, year, { status: 'draft' });
    await insertTestReport(t().db, org.Echo!, year, {
      figures: { people_trained: 12, devices: 3 },
      worked: { 4: '=SUM(A1) weekly help desk' },
    });
    await insertTestReport(t().db, org.Foxtrot!, year, { figures: { people_trained: 5 } });
  });

  test('the counts and the organisations by status, filtered', async () => {
    const client = await signedInClient(t(), secretariat);
    const all = await client.get(page);
    assert.equal(all.status, 200);
    assert.match(all.body, /6 organisations have to report/);
    assert.match(all.body, /<span class="stat__number">3<\/span> <span class="stat__label">Not started<\/span>/);
    assert.match(all.body, /<span class="stat__number">1<\/span> <span class="stat__label">In progress<\/span>/);
    assert.match(all.body, /<span class="stat__number">2<\/span> <span class="stat__label">Reported<\/span>/);
    for (const name of ['Alpha', 'Delta', 'Foxtrot']) assert.match(all.body, new RegExp(`${name} vzw`));
    const reported = await client.get(`${page}?status=reported`);
    assert.match(reported.body, /Echo vzw/);
    assert.match(reported.body, /Foxtrot vzw/);
    assert.doesNotMatch(reported.body, /Alpha vzw/);
    assert.match(reported.body, /<option value="reported" selected>/);
    const none = await client.get(`${page}?status=notReporting`);
    assert.match(none.body, /No organisation has this status/);
  });

  test('the list pages on by status and organisation, and a forged cursor shows the first page', async () => {
    const first = await dashboardPage(t().db, year, null, null);
    assert.equal(first.lines.length, 6);
    assert.deepEqual(
      first.lines.map((l) => l.status),
      ['notStarted', 'notStarted', 'notStarted', 'inProgress', 'reported', 'reported'],
    );
    assert.equal(first.next, null);
    assert.ok(DASHBOARD_PAGE > 6);
    assert.equal(decodeCursor('bm9wZQ'), null);
    assert.equal(decodeCursor(encodeCursor({ status: 'nonsense' as 'late', orgId: first.lines[2]!.orgId })), null);
    const cursor = decodeCursor(encodeCursor({ status: 'notStarted', orgId: first.lines[2]!.orgId }));
    assert.notEqual(cursor, null);
    const rest = await dashboardPage(t().db, year, null, cursor);
    assert.deepEqual(
      rest.lines.map((l) => l.orgId),
      first.lines.slice(3).map((l) => l.orgId),
    );
    const client = await signedInClient(t(), secretariat);
    assert.equal((await client.get(`${page}?after=%3Cscript%3E`)).status, 200);
  });

  test('reminders now: one mail per administrator, once a day', async () => {
    const client = await signedInClient(t(), secretariat);
    const res = await client.submit(page, {}, `${page}/reminders`);
    assert.equal(res.status, 303);
    const shown = await client.get(res.location!);
    assert.match(shown.body, /The reminders are on their way/);
    const mails = (await t().mails()).filter((m) => m.to === admin.email);
    assert.equal(mails.length, 1);
    for (const name of ['Alpha', 'Bravo', 'Charlie', 'Delta']) assert.match(mails[0]!.text, new RegExp(`${name} vzw`));
    assert.doesNotMatch(mails[0]!.text, /Echo vzw/);
    const again = await client.submit(page, {}, `${page}/reminders`);
    assert.match((await client.get(again.location!)).body, /already went out today/);
    assert.equal((await t().mails()).filter((m) => m.to === admin.email).length, 1);
    const audit = await t()
      .db.selectFrom('audit_log')
      .select('actor_user_id')
      .where('action', '=', 'reports.reminders_sent')
      .execute();
    assert.deepEqual(audit, [{ actor_user_id: secretariat.id }]);
  });

  test('every report as a workbook, with a sheet of targets', async () => {
    const res = await t().app.inject({
      method: 'GET',
      url: `${page}/reports.xlsx`,
      headers: { cookie: `${SESSION_COOKIE}=${await sessionFor(t().db, secretariat.id)}` },
    });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-disposition']), /^attachment; filename="reports-\d{4}\.xlsx"/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    assert.equal(sheet.name, `Reports ${year}`);
    const rows: string[][] = [];
    sheet.eachRow((row) =>
      rows.push((row.values as unknown[]).slice(1).map((v) => (v instanceof Date ? v.toISOString() : String(v ?? '')))),
    );
    assert.equal(rows.length, 4, 'a header and three reports (two submitted, one draft)');
    assert.equal(rows[0]![0], 'Organisation');
    const names = rows.slice(1).map((r) => r[0]);
    assert.deepEqual(names.slice(2), ['Delta vzw'], 'the draft comes after the submitted reports');
    const echo = rows.find((r) => r[0] === 'Echo vzw')!;
    assert.equal(echo[2], 'Reported');
    assert.equal(echo[7], '12');
    assert.ok(echo.includes("'=SUM(A1) weekly help desk"), 'a formula is written as text');
    assert.equal(book.worksheets[1]!.name, 'Targets');
    // Not for others.
    const other = await signedInClient(t(), admin);
    assert.equal((await other.get(`${page}/reports.xlsx`)).status, 403);
  });
});
