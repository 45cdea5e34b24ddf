import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, type TestUser } from '../../../test/support/accounts.ts';
import { setMailChoice } from '../following/service.ts';
import { runReportingDay } from './daily.ts';
import { REMINDER_KIND } from './mails.ts';
import { openCycle } from './service-cycles.ts';
import { insertTestReport, signedOn } from './test-support.ts';

// The reporting day with a set clock: statuses move on the cycle's days and the counts follow,
// reminders go out on their days as one digest per person, never twice a day, and not to
// someone who switched them off.

describeEachEngine('the reporting day', (t) => {
  const year = 2026;
  let ana: TestUser;
  let bob: TestUser;
  let cleo: TestUser;
  const org: Record<string, string> = {};

  const statusOf = async (orgId: string) =>
    (
      await t()
        .db.selectFrom('reporting_statuses')
        .select('status')
        .where('org_id', '=', orgId)
        .where('year', '=', year)
        .executeTakeFirst()
    )?.status ?? null;

  const counts = () =>
    t()
      .db.selectFrom('reporting_cycles')
      .select([
        'required_count',
        'not_started_count',
        'in_progress_count',
        'reported_count',
        'late_count',
        'not_reporting_count',
      ])
      .where('year', '=', year)
      .executeTakeFirstOrThrow();

  const mailsTo = async (who: TestUser) => (await t().mails()).filter((m) => m.to === who.email);

  test('set up: a cycle with four signatories that must report and one that need not', async () => {
    ana = await createUser(t().db, { name: 'Ana', locale: 'fr' });
    bob = await createUser(t().db, { name: 'Bob', locale: 'en' });
    cleo = await createUser(t().db, { name: 'Cleo', locale: 'en' });
    const add = async (name: string, admin: TestUser, signed = true) => {
      org[name] = (await createOrganisation(t().db, { name, members: [{ user: admin, role: 'admin' }] })).id;
      if (signed) await signedOn(t().db, org[name]!);
    };
    // Ana administers two organisations: her reminders come as one mail naming both.
    await add('Atelier Un', ana);
    await add('Atelier Deux', ana);
    await add('Bob Works', bob);
    await add('Cleo Reports', cleo);
    await add('Newcomer', cleo, false);
    // Bob wants no reminders.
    await setMailChoice(t().db, bob.id, REMINDER_KIND, 'off');
    const opened = await openCycle(
      t().db,
      'secretariat',
      { year, opensOn: '2027-02-01', dueOn: '2027-05-31', graceUntil: '2027-06-30', reminders: [-14, 0, 7] },
      '2027-01-15',
    );
    assert.ok(opened.ok);
    assert.equal(opened.value.required, 4);
    assert.equal(await statusOf(org['Atelier Un']!), 'notOpen');
    assert.equal(await statusOf(org.Newcomer!), null);
    assert.equal((await counts()).required_count, 4);
  });

  test('the day it opens, everyone required has not started', async () => {
    assert.deepEqual(await runReportingDay(t().db, '2027-02-01'), [year]);
    assert.equal(await statusOf(org['Atelier Un']!), 'notStarted');
    assert.equal((await counts()).not_started_count, 4);
    // No reminder that day.
    assert.equal((await mailsTo(ana)).length, 0);
  });

  test('reports started and submitted move the counts as they happen', async () => {
    await insertTestReport(t().db, org['Atelier Deux']!, year, { status: 'draft', today: '2027-03-01' });
    await insertTestReport(t().db, org['Cleo Reports']!, year, {
      submittedAt: '2027-04-01T10:00:00.000Z',
      today: '2027-04-01',
    });
    const c = await counts();
    assert.equal(c.not_started_count, 2);
    assert.equal(c.in_progress_count, 1);
    assert.equal(c.reported_count, 1);
  });

  test('two weeks before the deadline: one digest per person, in their language, never twice a day', async () => {
    assert.deepEqual(await runReportingDay(t().db, '2027-05-17'), [year]);
    const toAna = await mailsTo(ana);
    assert.equal(toAna.length, 1, 'Ana gets one mail for both her organisations');
    assert.match(toAna[0]!.text, /Atelier Un/);
    assert.match(toAna[0]!.text, /Atelier Deux/);
    assert.match(toAna[0]!.text, /pas encore commencé/);
    assert.match(toAna[0]!.text, /en cours/);
    assert.match(toAna[0]!.subject, /Rappel/);
    assert.equal((await mailsTo(bob)).length, 0, 'Bob switched reminders off');
    assert.equal((await mailsTo(cleo)).length, 0, 'Cleo reported');
    // The same day again (another process, the next hour): nothing moves, nothing is sent.
    assert.deepEqual(await runReportingDay(t().db, '2027-05-17'), []);
    assert.equal((await mailsTo(ana)).length, 1);
  });

  test('the day after the deadline, those that did not submit are late', async () => {
    // Two processes run the day at once: one claims it, the other finds nothing to do.
    const runs = await Promise.all([runReportingDay(t().db, '2027-05-31'), runReportingDay(t().db, '2027-05-31')]);
    assert.deepEqual(runs.flat(), [year]);
    assert.equal((await mailsTo(ana)).length, 2, 'one reminder on the deadline');
    await runReportingDay(t().db, '2027-06-01');
    assert.equal(await statusOf(org['Atelier Un']!), 'late');
    assert.equal(await statusOf(org['Atelier Deux']!), 'late');
    assert.equal(await statusOf(org['Bob Works']!), 'late');
    assert.equal(await statusOf(org['Cleo Reports']!), 'reported');
    const c = await counts();
    assert.deepEqual(
      [c.not_started_count, c.in_progress_count, c.late_count, c.reported_count, c.not_reporting_count],
      [0, 0, 3, 1, 0],
    );
  });

  test('a week after the deadline the late are reminded, and a required signatory without a status gets one', async () => {
    // A paper signature recorded today with a date before the year: it must report too.
    org.Paper = (
      await createOrganisation(t().db, { name: 'Paper Signatory', members: [{ user: cleo, role: 'admin' }] })
    ).id;
    await signedOn(t().db, org.Paper!, '2025-11-02T10:00:00.000Z');
    await runReportingDay(t().db, '2027-06-07');
    assert.equal(await statusOf(org.Paper!), 'late');
    assert.equal((await counts()).required_count, 5);
    const toAna = await mailsTo(ana);
    assert.equal(toAna.length, 3);
    assert.match(toAna[2]!.text, /l’échéance était le/);
    const toCleo = await mailsTo(cleo);
    assert.equal(toCleo.length, 1, 'Cleo is reminded for the organisation that has not reported only');
    assert.match(toCleo[0]!.text, /Paper Signatory/);
    assert.doesNotMatch(toCleo[0]!.text, /Cleo Reports/);
  });

  test('after the grace period, not reporting; then the cycle is left alone', async () => {
    await runReportingDay(t().db, '2027-07-01');
    assert.equal(await statusOf(org['Atelier Un']!), 'notReporting');
    assert.equal(await statusOf(org['Cleo Reports']!), 'reported');
    const c = await counts();
    assert.deepEqual([c.late_count, c.not_reporting_count, c.reported_count, c.required_count], [0, 4, 1, 5]);
    assert.deepEqual(await runReportingDay(t().db, '2027-07-02'), []);
    const since = await t()
      .db.selectFrom('reporting_statuses')
      .select('since')
      .where('org_id', '=', org['Bob Works']!)
      .where('year', '=', year)
      .executeTakeFirstOrThrow();
    assert.equal(since.since, '2027-07-01');
  });
});
