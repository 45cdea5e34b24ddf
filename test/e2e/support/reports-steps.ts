import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { norm } from './assessment-run.ts';
import { exact, pathOf, ReportsRun, ORG, SILENT_ORG, TEXTS, YEAR } from './reports-run.ts';

// Issue 10's reporting story up to the finished draft, as its people live it in Dutch with
// JavaScript off: the secretariat opens the cycle; Ann, an administrator, starts the report and
// finds it prefilled with the year's activity; she and Bart, the other administrator, each write
// a section of their own, then both open the same one: Bart's save meets Ann's, the page shows
// both versions and keeps what he typed, and he saves both texts. Ann confirms the other
// sections and sets a target. The preview, the PDF, the statement and submitting are in
// reports-statement-steps.ts.

/** The values of a page's summary list (dt → dd), as read out. */
async function summary(page: Page): Promise<Map<string, string>> {
  const rows = await page
    .getByRole('main')
    .locator('.summary-list__row')
    .evaluateAll((els) =>
      els.map((el): [string, string] => [
        el.querySelector('dt')?.textContent ?? '',
        el.querySelector('dd')?.textContent ?? '',
      ]),
    );
  return new Map(rows.map(([k, v]) => [norm(k), norm(v)]));
}

async function visible(page: Page, text: string, what: string): Promise<void> {
  assert.ok(await page.getByText(text, { exact: true }).first().isVisible(), what);
}

/**
 * The secretariat signs in (password, then the code of its app), opens "reporting cycles" from
 * its page and opens the cycle for last year: it opens today, the deadline in thirty days, the
 * grace period thirty more. The cycle's page counts two organisations that must report.
 */
export async function secretariatOpensTheCycle(run: ReportsRun): Promise<void> {
  const t = run.tr;
  const page = await run.person('nl', 'secretariat');
  await run.signInFromHome(page, run.secretariat, 'nl');
  await run.open(page, '/nl/secretariat');
  await run.followLink(page, t('reports.cycles.link'));
  assert.equal(pathOf(page), '/nl/secretariat/reports');
  await visible(page, t('reports.cycles.list.none'), 'no cycle yet');
  await page.getByLabel(t('reports.cycles.form.year'), { exact: true }).fill(String(YEAR));
  await page.getByLabel(t('reports.cycles.form.opensOn'), { exact: true }).fill(run.typed(run.days.opensOn));
  await page.getByLabel(t('reports.cycles.form.dueOn'), { exact: true }).fill(run.typed(run.days.dueOn));
  await page.getByLabel(t('reports.cycles.form.graceUntil'), { exact: true }).fill(run.typed(run.days.graceUntil));
  await run.pressButton(page, t('reports.cycles.open.button'));
  assert.equal(pathOf(page), `/nl/secretariat/reports/${YEAR}`, 'the new cycle’s page');
  await visible(page, t('reports.cycles.flash.opened'), 'opened');
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), t('reports.dashboard.title', { year: YEAR }));
  await visible(page, t('reports.dashboard.counts', { count: 2 }), 'both signatories must report');
  const main = norm(await page.getByRole('main').innerText());
  for (const name of [ORG, SILENT_ORG]) assert.ok(main.includes(name), `${name} is on the cycle’s page`);
}

/** From any page: "my organisation" in the menu, the organisation, then commitment 9's link to the report. */
async function openReport(run: ReportsRun, page: Page): Promise<void> {
  const t = run.tr;
  const menu = page.getByRole('navigation', exact(t('layout.mainNav')));
  await run.follow(page, menu.getByRole('link', exact(t('layout.nav.myOrganisations'))));
  await run.followLink(page, ORG);
  assert.equal(pathOf(page), `/nl/organisations/${run.org.id}`, 'the organisation’s space');
  await run.followLink(page, t('reports.space.more'));
  assert.equal(pathOf(page), run.reportPath(), 'the year’s report');
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), t('reports.report.title', { year: YEAR }));
}

/** An administrator signed in, on the report's overview. */
export async function adminOpensTheReport(run: ReportsRun, who: 'ann' | 'bart'): Promise<Page> {
  const page = await run.person('nl', who);
  await run.signInFromHome(page, run[who], 'nl');
  await openReport(run, page);
  return page;
}

/**
 * Ann starts the report in Dutch. The headline figures come from the year's activity (20 people
 * reached, 30 training hours), and commitment 4's section lists it.
 */
export async function annStartsThePrefilledReport(run: ReportsRun, page: Page): Promise<void> {
  const t = run.tr;
  await visible(page, t('reports.report.start.lead', { year: YEAR }), 'not started yet');
  assert.equal(await page.getByLabel(t('reports.report.start.lang')).inputValue(), 'nl', 'Dutch, the page’s language');
  await run.pressButton(page, t('reports.report.start.button'));
  assert.equal(pathOf(page), run.reportPath());
  await visible(page, t('reports.report.flash.started'), 'started');
  const figures = await summary(page);
  assert.equal(figures.get(norm(t('reports.headline.peopleReached'))), run.fmt.number(20), 'people reached, from the log');
  assert.equal(figures.get(norm(t('reports.headline.trainingHours'))), run.fmt.number(30), 'training hours, from the log');
  assert.equal(figures.get(norm(t('reports.headline.devices'))), norm(t('reports.headline.notGiven')), 'devices: not in the log');

  await openSection(run, page, 4);
  const facts = norm(await page.locator('#section-facts').locator('xpath=..').innerText());
  const entries = norm(t('activities.commitments.entries', { count: 1, people: 20 }));
  assert.ok(facts.includes(entries), `section 4 lists the year’s activity (“${entries}”); it says: ${facts}`);
}

/** From the overview, the section's own link ("edit" and its name). */
async function openSection(run: ReportsRun, page: Page, n: number): Promise<void> {
  const link = page.getByRole('main').locator(`a[href$="/reports/${YEAR}/sections/${n}"]`);
  assert.equal(norm(await link.innerText()).split(' ')[0], norm(run.tr('reports.report.edit')), `section ${n} may be edited`);
  await run.follow(page, link);
  assert.match(await page.getByRole('heading', { level: 1 }).innerText(), new RegExp(`\\b${n}\\b`), `section ${n}’s page`);
}

interface SectionInput {
  confirm?: boolean;
  worked?: string;
  hard?: string;
}

/** Types into a section's form (only the parts given). */
async function typeSection(run: ReportsRun, page: Page, input: SectionInput): Promise<void> {
  const t = run.tr;
  if (input.confirm) await page.getByRole('checkbox', exact(t('reports.section.confirm.label'))).check();
  if (input.worked !== undefined) await page.getByLabel(run.optional(t('reports.section.worked')), { exact: true }).fill(input.worked);
  if (input.hard !== undefined) await page.getByLabel(run.optional(t('reports.section.hard')), { exact: true }).fill(input.hard);
}

/** What a section's form holds now. */
async function shownSection(run: ReportsRun, page: Page): Promise<Required<SectionInput>> {
  const t = run.tr;
  return {
    confirm: await page.getByRole('checkbox', exact(t('reports.section.confirm.label'))).isChecked(),
    worked: await page.getByLabel(run.optional(t('reports.section.worked')), { exact: true }).inputValue(),
    hard: await page.getByLabel(run.optional(t('reports.section.hard')), { exact: true }).inputValue(),
  };
}

/** Types and saves; back on the overview, which says it is saved. */
async function saveSection(run: ReportsRun, page: Page, input: SectionInput): Promise<void> {
  await typeSection(run, page, input);
  await run.pressButton(page, run.tr('reports.section.save'));
  assert.equal(pathOf(page), run.reportPath(), 'back on the overview');
  await visible(page, run.tr('reports.section.flash.saved'), 'saved');
}

/** Ann writes section 4 (she is on it); Bart, in his own browser, section 5. Neither meets the other. */
export async function eachWritesOwnSection(run: ReportsRun, ann: Page, bart: Page): Promise<void> {
  await saveSection(run, ann, { confirm: true, worked: TEXTS.annWorked4 });
  await openSection(run, bart, 5);
  await saveSection(run, bart, { confirm: true, worked: TEXTS.bartWorked5 });
  // Each finds the other's section as saved.
  await openSection(run, ann, 5);
  assert.deepEqual(await shownSection(run, ann), { confirm: true, worked: TEXTS.bartWorked5, hard: '' }, 'Bart’s section 5');
  await run.followLink(ann, run.tr('reports.report.title', { year: YEAR }));
  await openSection(run, bart, 4);
  assert.deepEqual(await shownSection(run, bart), { confirm: true, worked: TEXTS.annWorked4, hard: '' }, 'Ann’s section 4');
  await run.followLink(bart, run.tr('reports.report.title', { year: YEAR }));
}

/**
 * Both open section 6. Ann saves what worked; Bart, who opened it before, saves what was hard:
 * refused (409) with Ann's version above his form, which still holds what he typed. He copies
 * her text into his version and saves it: the section holds both.
 */
export async function bothWriteTheSameSection(run: ReportsRun, ann: Page, bart: Page): Promise<void> {
  const t = run.tr;
  await openSection(run, ann, 6);
  await openSection(run, bart, 6);
  await saveSection(run, ann, { confirm: true, worked: TEXTS.annWorked6 });

  await typeSection(run, bart, { confirm: true, hard: TEXTS.bartHard6 });
  await run.pressButton(bart, t('reports.section.save'), 409);
  assert.match(pathOf(bart), /\/sections\/6$/, 'still on section 6');
  await visible(bart, t('reports.section.conflict.title'), 'the conflict is said');
  const theirs = bart.getByRole('region', exact(t('reports.section.conflict.theirs', { name: run.ann.name })));
  const panel = (await theirs.count()) > 0 ? theirs : bart.locator('section[aria-labelledby="conflict-theirs"]');
  assert.ok(norm(await panel.innerText()).includes(norm(TEXTS.annWorked6)), 'Ann’s saved version is shown, with her name');
  assert.ok(norm(await panel.innerText()).includes(run.ann.name), 'and who saved it');
  assert.deepEqual(
    await shownSection(run, bart),
    { confirm: true, worked: '', hard: TEXTS.bartHard6 },
    'Bart’s form keeps what he typed',
  );
  await typeSection(run, bart, { worked: TEXTS.annWorked6 });
  await run.pressButton(bart, t('reports.section.saveMine'));
  assert.equal(pathOf(bart), run.reportPath(), 'saved, back on the overview');
  await visible(bart, t('reports.section.flash.saved'), 'saved');

  await openSection(run, ann, 6);
  assert.deepEqual(
    await shownSection(run, ann),
    { confirm: true, worked: TEXTS.annWorked6, hard: TEXTS.bartHard6 },
    'section 6 holds both texts: nothing lost',
  );
  await run.followLink(ann, t('reports.report.title', { year: YEAR }));
}

/** Ann confirms the figures of every section nobody has looked at yet. */
export async function annConfirmsTheOthers(run: ReportsRun, ann: Page): Promise<void> {
  for (const n of [1, 2, 3, 7, 8, 9]) {
    await openSection(run, ann, n);
    await saveSection(run, ann, { confirm: true });
  }
  const states = await summary(ann);
  const unlooked = [...states.values()].filter((v) => v.includes(norm(run.tr('reports.section.state.notLooked'))));
  assert.deepEqual(unlooked, [], 'every section is looked at');
}

/** Ann sets a target for two years on: people trained, from 20 to 60. Ends on the overview. */
export async function annSetsATarget(run: ReportsRun, ann: Page): Promise<void> {
  const t = run.tr;
  const { target } = TEXTS;
  await run.followLink(ann, t('reports.report.targetsLink'));
  assert.equal(pathOf(ann), `${run.reportPath()}/targets`);
  await visible(ann, t('reports.targets.set.none'), 'no target yet');
  await ann.getByLabel(t('reports.targets.field.indicator'), { exact: true }).fill(target.indicator);
  await ann.getByLabel(run.optional(t('reports.targets.field.unit')), { exact: true }).fill(target.unit);
  await ann
    .getByRole('group', exact(t('reports.targets.field.direction')))
    .getByRole('radio', exact(t('reports.targets.direction.increase')))
    .check();
  await ann.getByLabel(t('reports.targets.field.baseYear'), { exact: true }).fill(String(YEAR));
  await ann.getByLabel(t('reports.targets.field.baseValue'), { exact: true }).fill(target.base);
  await ann.getByLabel(t('reports.targets.field.targetYear'), { exact: true }).fill(String(YEAR + 2));
  await ann.getByLabel(t('reports.targets.field.targetValue'), { exact: true }).fill(target.target);
  await run.pressButton(ann, t('reports.targets.add.submit'));
  await visible(ann, t('reports.targets.flash.added'), 'added');
  const table = ann.getByRole('table', exact(t('reports.targets.set.caption', { year: YEAR })));
  const row = norm(await table.innerText());
  for (const part of [
    target.indicator,
    t('reports.targets.direction.increase'),
    t('reports.targets.valueIn', { value: `${run.fmt.number(60)} ${target.unit}`, year: YEAR + 2 }),
  ])
    assert.ok(row.includes(norm(part)), `the targets list “${part}”; it says ${row}`);
  await run.followLink(ann, t('reports.submit.backToReport', { year: YEAR }));
  assert.equal(pathOf(ann), run.reportPath());
}
