import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { XLSX_TYPE } from '../../../src/features/activities/bulk-files.ts';
import { ActivitiesWorkbook, ROWS, type Figures } from './activities-workbook.ts';
import { exact, pathOf } from './bilingual-run.ts';
import type { CommitmentsRun } from './commitments-run.ts';

// The activity log's side of issue 8's story, in Dutch: the organisation admin signs in, finds
// her organisation's log, downloads the XLSX template, imports fifty rows of which three are
// wrong, reads what to fix, imports the corrected file, and the totals per commitment on her
// space and on her public profile are what her rows add to what the log already held.

/** The commitments the activity log counts on the space and the profile. */
const COUNTED = [4, 5, 6, 8] as const;

/** Totals per commitment (0: all) for the run's year, as the log held them before the story. */
export type Before = { all: Map<number, Figures>; public: Map<number, Figures> };

/** The totals her organisation had for the year before the import (read from the database). */
export async function totalsBefore(run: CommitmentsRun): Promise<Before> {
  const rows = await run.server.db
    .selectFrom('activity_totals')
    .select(['commitment', 'visibility', 'entries', 'people', 'training_minutes'])
    .where('org_id', '=', run.org.id)
    .where('year', '=', run.year)
    .execute();
  const before: Before = { all: new Map(), public: new Map() };
  for (const r of rows)
    for (const map of r.visibility === 'public' ? [before.all, before.public] : [before.all]) {
      const sum = map.get(Number(r.commitment)) ?? { entries: 0, people: 0, trainingMinutes: 0 };
      sum.entries += Number(r.entries);
      sum.people += Number(r.people);
      sum.trainingMinutes += Number(r.training_minutes);
      map.set(Number(r.commitment), sum);
    }
  return before;
}

const activitiesOf = async (run: CommitmentsRun) =>
  Number(
    (
      await run.server.db
        .selectFrom('activities')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('org_id', '=', run.org.id)
        .executeTakeFirstOrThrow()
    ).n,
  );

/** She signs in, opens her organisation's space from the menu, then its activity log and the import page. */
export async function adminOpensTheImport(run: CommitmentsRun): Promise<Page> {
  const t = run.t.nl;
  const page = await run.person('nl', 'admin');
  await run.signInFromHome(page, run.admin);
  await run.openSpace(page);
  await run.follow(page, page.getByRole('main').getByRole('link', exact(t('organisations.space.task.activities'))));
  assert.equal(pathOf(page), `/nl/organisations/${run.org.id}/activities`);
  await run.follow(page, page.getByRole('link', exact(t('activities.log.import'))));
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), t('activities.import.title'));
  return page;
}

/** The XLSX template, through the page's own link; the workbook she fills from it. */
export async function adminDownloadsTheTemplate(run: CommitmentsRun, page: Page): Promise<ActivitiesWorkbook> {
  const t = run.t.nl;
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', exact(t('activities.import.template.xlsx'))).click(),
  ]);
  assert.equal(download.suggestedFilename(), `${t('activities.bulk.file.template')}.xlsx`);
  const template = await fs.readFile(await download.path());
  return ActivitiesWorkbook.fromTemplate(template, t, run.year);
}

/** Chooses the workbook as it is now in the file field and presses "import"; `status` is the answer expected. */
async function upload(run: CommitmentsRun, page: Page, book: ActivitiesWorkbook, status: number): Promise<void> {
  const t = run.t.nl;
  await page.getByLabel(t('activities.import.file'), { exact: true }).setInputFiles({
    name: 'activiteiten-2026.xlsx',
    mimeType: XLSX_TYPE,
    buffer: await book.xlsx(),
  });
  await run.follow(page, page.getByRole('button', exact(t('activities.import.submit'))), status);
}

/** The file with three wrong rows: refused, the page lists exactly those rows, nothing is added. */
export async function adminReadsTheMistakes(run: CommitmentsRun, page: Page, book: ActivitiesWorkbook): Promise<void> {
  const t = run.t.nl;
  const before = await activitiesOf(run);
  await upload(run, page, book, 400);
  assert.equal(pathOf(page), `/nl/organisations/${run.org.id}/activities/import`);
  assert.ok(
    await page
      .getByRole('alert')
      .getByText(t('activities.import.error.rows', { rows: 3 }))
      .isVisible(),
    'the error summary says three rows are wrong',
  );
  const table = page.getByRole('table', exact(t('activities.import.errors.caption', { count: 3 })));
  const shown = await table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((tr) => Array.from(tr.querySelectorAll('td, th'), (c) => (c.textContent ?? '').trim())),
    );
  assert.deepEqual(
    shown,
    book.mistakes.map((m) => [String(m.row), m.column, m.reason]),
    'every wrong row, its column and what to fix',
  );
  assert.equal(await activitiesOf(run), before, 'nothing was added');
}

/** She corrects the three rows and imports again: back on the log, fifty added, the year's total with them. */
export async function adminImportsTheCorrectedFile(
  run: CommitmentsRun,
  page: Page,
  book: ActivitiesWorkbook,
  before: Before,
): Promise<void> {
  const t = run.t.nl;
  const count = await activitiesOf(run);
  book.fix();
  await upload(run, page, book, 200);
  assert.equal(pathOf(page), `/nl/organisations/${run.org.id}/activities`);
  assert.ok(await page.getByText(t('activities.flash.imported', { count: ROWS })).isVisible(), 'fifty added');
  assert.equal(await activitiesOf(run), count + ROWS);
  const all = page
    .getByRole('table', exact(t('activities.totals.caption', { year: run.year })))
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', exact(t('activities.totals.all'))) });
  const expected = (before.all.get(0)?.entries ?? 0) + ROWS;
  assert.equal(
    (await all.getByRole('cell').first().innerText()).trim(),
    run.fmt.number(expected),
    'the log’s “all activities” total',
  );
}

/** What a commitment's card should say the log holds: the activities and people, and for 4 the training hours. */
function expectedLines(run: CommitmentsRun, figures: Figures | undefined, commitment: number): string[] {
  const t = run.t.nl;
  if (!figures || figures.entries === 0) return [];
  const lines = [t('activities.commitments.entries', { count: figures.entries, people: figures.people })];
  if (commitment === 4 && figures.trainingMinutes > 0)
    lines.push(t('activities.commitments.training', { hours: Math.round(figures.trainingMinutes / 6) / 10 }));
  return lines;
}

const plus = (a: Figures | undefined, b: Figures | undefined): Figures => ({
  entries: (a?.entries ?? 0) + (b?.entries ?? 0),
  people: (a?.people ?? 0) + (b?.people ?? 0),
  trainingMinutes: (a?.trainingMinutes ?? 0) + (b?.trainingMinutes ?? 0),
});

/** Checks the glance on the page now showing: for each counted commitment, the log's lines are there. */
async function glanceShows(run: CommitmentsRun, page: Page, before: Map<number, Figures>, added: Map<number, Figures>) {
  for (const commitment of COUNTED) {
    const lines = await run.glanceLines(page, 'nl', commitment);
    for (const line of expectedLines(run, plus(before.get(commitment), added.get(commitment)), commitment))
      assert.ok(
        lines.includes(line),
        `commitment ${commitment} on ${pathOf(page)}: “${line}” in ${JSON.stringify(lines)}`,
      );
  }
}

/** From the log back to her space (this year's nine commitments), then on to her public profile (public entries only). */
export async function totalsAreRight(
  run: CommitmentsRun,
  page: Page,
  book: ActivitiesWorkbook,
  before: Before,
): Promise<void> {
  const t = run.t.nl;
  await run.follow(page, page.getByRole('main').getByRole('link', exact(run.org.name)).first());
  assert.equal(pathOf(page), `/nl/organisations/${run.org.id}`);
  assert.equal(
    await page
      .getByRole('heading', { level: 2, ...exact(t('organisations.space.commitments.title', { year: run.year })) })
      .count(),
    1,
    'the space counts this year',
  );
  await glanceShows(run, page, before.all, book.added(false));

  await run.follow(page, page.getByRole('link', exact(t('organisations.space.publicProfile'))));
  assert.equal(pathOf(page), `/nl/signatories/${run.org.slug}`);
  await glanceShows(run, page, before.public, book.added(true));
}
