import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { runReportingDay, addDays } from '../../../src/features/reports/daily.ts';
import { belgianToday } from '../../../src/features/reports/clock.ts';
import { norm } from './assessment-run.ts';
import { linkInMail, onServer } from './journey.ts';
import { exact, pathOf, ReportsRun, ORG, TEXTS, YEAR } from './reports-run.ts';

// Issue 10's reporting story from the finished draft on: Ann previews the report and downloads
// the PDF, asks her chair for the statement of continued support, who signs it through the
// personal link in her mail; Ann submits, and the public profile shows the report and
// "reported". The other signatory never starts: the daily job, run for the day after the
// deadline and the day after the grace period (the clock set by passing the day), makes it
// "late", then "not reporting" on its profile, which anonymous readers get from the page cache.

/** The text of a PDF, as pdftotext (poppler-utils) reads it. */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

const NARRATIVES = [TEXTS.annWorked4, TEXTS.bartWorked5, TEXTS.annWorked6, TEXTS.bartHard6];

/** From the overview: the preview holds every narrative and the target; the PDF too. Ends on the overview. */
export async function annPreviewsAndDownloads(run: ReportsRun, ann: Page): Promise<void> {
  const t = run.tr;
  await run.followLink(ann, t('reports.preview.link'));
  assert.equal(pathOf(ann), `${run.reportPath()}/preview`);
  const shown = norm(await ann.getByRole('main').innerText());
  for (const text of [...NARRATIVES, TEXTS.target.indicator])
    assert.ok(shown.includes(norm(text)), `the preview shows “${text}”`);
  await run.open(ann, run.reportPath());

  const [download] = await Promise.all([
    ann.waitForEvent('download'),
    ann.getByRole('main').getByRole('link', exact(t('reports.pdf.link'))).click(),
  ]);
  assert.match(download.suggestedFilename(), /\.pdf$/, 'a .pdf file');
  const file = await download.path();
  const bytes = await fs.readFile(file);
  assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-', 'the download is a PDF');
  const text = norm(pdfText(file));
  assert.ok(text.includes(norm(ORG)), `the PDF names the organisation; it says: ${text.slice(0, 300)}`);
  for (const narrative of NARRATIVES) assert.ok(text.includes(norm(narrative)), `the PDF holds “${narrative}”`);
}

/** Ann asks the chair to sign the statement; the page says whom it waits for. Ends on the statement page. */
export async function annAsksForTheStatement(run: ReportsRun, ann: Page): Promise<void> {
  const t = run.tr;
  const { executive } = TEXTS;
  await run.followLink(ann, t('reports.report.statementLink'));
  assert.equal(pathOf(ann), `${run.reportPath()}/statement`);
  await ann.getByLabel(t('reports.statement.field.name'), { exact: true }).fill(executive.name);
  await ann.getByLabel(t('reports.statement.field.email'), { exact: true }).fill(executive.email);
  await ann.getByLabel(run.optional(t('reports.statement.field.role')), { exact: true }).fill(executive.role);
  await run.pressButton(ann, t('reports.statement.send'));
  assert.ok(await ann.getByText(t('reports.statement.flash.sent'), { exact: true }).isVisible(), 'sent');
  const waiting = t('reports.statement.waiting', { name: executive.name, email: executive.email });
  assert.ok(await ann.getByText(waiting, { exact: true }).isVisible(), 'it waits for the chair');
}

/** The chair opens her personal link from the mail, in her own browser, and signs. */
export async function executiveSignsTheStatement(run: ReportsRun): Promise<void> {
  const t = run.tr;
  const { executive } = TEXTS;
  const link = linkInMail(await run.server.mails(), executive.email, '/reports/statements/');
  assert.ok(new URL(link).pathname.startsWith('/nl/reports/statements/'), 'the link is in Dutch');
  const boss = await run.person('nl', 'executive');
  await run.check(boss, await boss.goto(onServer(link, run.server.baseUrl)));
  assert.equal(
    await boss.getByRole('heading', { level: 1 }).innerText(),
    t('reports.statement.sign.title', { org: ORG, year: YEAR }),
  );
  const name = boss.getByLabel(t('reports.statement.sign.name'), { exact: true });
  assert.equal(await name.inputValue(), executive.name, 'her name, as Ann typed it');
  await boss.getByRole('checkbox', exact(t('reports.statement.sign.commitLabel', { org: ORG, year: YEAR }))).check();
  await run.pressButton(boss, t('reports.statement.sign.submit'));
  assert.equal(await boss.getByRole('heading', { level: 1 }).innerText(), t('reports.statement.done.title'));
}

/** Ann reloads the statement page (signed), goes to "submit": nothing blocks; she submits. */
export async function annSubmits(run: ReportsRun, ann: Page): Promise<void> {
  const t = run.tr;
  await run.open(ann, `${run.reportPath()}/statement`);
  assert.ok(norm(await ann.getByRole('main').innerText()).includes(TEXTS.executive.name), 'signed, by her');
  assert.equal(await ann.getByRole('button', exact(t('reports.statement.sendAgain'))).count(), 0, 'nothing more to send');
  await run.followLink(ann, t('reports.submit.backToReport', { year: YEAR }));
  await run.followLink(ann, t('reports.report.submitLink'));
  assert.equal(pathOf(ann), `${run.reportPath()}/submit`);
  for (const line of [t('reports.submit.statementSigned', { name: TEXTS.executive.name }), t('reports.submit.sectionsDone')])
    assert.ok(await ann.getByText(line, { exact: true }).isVisible(), `the check says “${line}”`);
  await run.pressButton(ann, t('reports.submit.button'));
  assert.ok(await ann.getByText(t('reports.submit.flash.submitted'), { exact: true }).isVisible(), 'submitted');
  assert.ok(await ann.getByText(t('reports.submit.donePublic'), { exact: true }).isVisible(), 'published');
}

/** The status a profile's yearly-reports table gives YEAR, as read out. */
export async function statusOnProfile(run: ReportsRun, visitor: Page, slug: string): Promise<string> {
  await run.open(visitor, `/nl/signatories/${slug}`);
  const table = visitor.getByRole('table', exact(run.tr('reports.profile.caption')));
  if ((await table.count()) === 0) return '(no yearly reports on the profile)';
  const rows = await table
    .getByRole('row')
    .evaluateAll((trs) => trs.slice(1).map((tr) => Array.from(tr.children, (c) => (c.textContent ?? '').trim())));
  const row = rows.find((r) => r[0] === String(YEAR));
  return row ? norm(row[1] ?? '') : `(no row for ${YEAR})`;
}

/** The visitor reads both profiles before anything is submitted: the reporter "in progress", the other "not started". */
export async function visitorReadsBothProfiles(run: ReportsRun, visitor: Page): Promise<void> {
  const t = run.tr;
  assert.equal(await statusOnProfile(run, visitor, run.org.slug), norm(t('reports.status.inProgress')));
  assert.equal(await statusOnProfile(run, visitor, run.silent.slug), norm(t('reports.status.notStarted')));
}

/** After submitting: "reported on" today, and the public report through the profile's link. */
export async function profileShowsTheReport(run: ReportsRun, visitor: Page): Promise<void> {
  const t = run.tr;
  const reported = norm(t('reports.status.reportedOn', { since: run.day(belgianToday()) }));
  assert.equal(await statusOnProfile(run, visitor, run.org.slug), reported, 'the profile says reported (the cached page moved)');
  await run.followLink(visitor, t('reports.profile.read', { year: YEAR }));
  assert.equal(pathOf(visitor), `/nl/signatories/${run.org.slug}/reports/${YEAR}`);
  const shown = norm(await visitor.getByRole('main').innerText());
  for (const text of NARRATIVES) assert.ok(shown.includes(norm(text)), `the public report shows “${text}”`);
  assert.ok(!shown.includes(TEXTS.executive.email), 'the chair’s address is not public');
}

/**
 * The clock moves on (the daily job run for a later day, as housekeeping would on that day):
 * the day after the deadline the silent signatory is late, the day after the grace period it
 * is not reporting; the reporter stays reported. Each time the anonymous profile shows it.
 */
export async function silentSignatoryFallsBehind(run: ReportsRun, visitor: Page): Promise<void> {
  const t = run.tr;
  const db = run.server.db;
  const reported = norm(t('reports.status.reportedOn', { since: run.day(belgianToday()) }));
  const afterDeadline = addDays(run.days.dueOn, 1);
  assert.deepEqual(await runReportingDay(db, afterDeadline), [YEAR], 'the job moves the cycle');
  assert.equal(
    await statusOnProfile(run, visitor, run.silent.slug),
    norm(t('reports.status.lateSince', { since: run.day(afterDeadline) })),
    'late, the day after the deadline',
  );
  assert.equal(await statusOnProfile(run, visitor, run.org.slug), reported, 'the reporter stays reported');

  const afterGrace = addDays(run.days.graceUntil, 1);
  assert.deepEqual(await runReportingDay(db, afterGrace), [YEAR], 'the job moves the cycle again');
  assert.equal(
    await statusOnProfile(run, visitor, run.silent.slug),
    norm(t('reports.status.notReportingSince', { since: run.day(afterGrace) })),
    'not reporting, the day after the grace period',
  );
}
