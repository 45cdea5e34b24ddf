import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { exact, pathOf } from './bilingual-run.ts';
import { navigate } from './journey.ts';
import {
  AssessmentRun,
  byCell,
  FIRST,
  norm,
  SCOPE,
  SECOND,
  type Answer,
  type Aud,
  type Dim,
  type Shown,
} from './assessment-run.ts';

// Issue 9's story, step by step, as the administrator lives it in French: she starts a run with
// two dimensions for two audiences, answers the first page and half of the second, leaves; the
// next day (a new browser) she finds every answer, finishes by keyboard, checks and submits; the
// results show the chart and the table; a second run starts from the first, she changes two
// levels and the results say what changed. The PDF is read in assessment-pdf.ts.

const answered = (a: Answer): Shown => ({ ...a });
const empty: Shown = { level: null, evidence: '', links: [], plan: '' };

/** Day one: she signs in, opens the self-assessment from her space and starts a run. Ends on its first page. */
export async function adminStartsARun(run: AssessmentRun): Promise<Page> {
  const t = run.tr;
  const page = await run.person('fr', 'admin, day one');
  await run.signInFromHome(page, run.admin, 'fr');
  await run.openAssessment(page);
  assert.ok(await page.getByText(t('assessment.overview.runs.none'), { exact: true }).isVisible(), 'no run yet');
  assert.equal(
    await page.getByText(t('assessment.overview.start.prefilled')).count(),
    0,
    'nothing to prefill from on a first run',
  );
  for (const [d, a] of SCOPE)
    await page
      .getByRole('group', exact(run.dimension(d)))
      .getByRole('checkbox', exact(run.audience(a)))
      .check();
  await run.follow(page, page.getByRole('button', exact(t('assessment.overview.start.submit'))));
  await run.onDimension(page, 'leadership');
  for (const a of ['employees', 'customers'] as const)
    assert.deepEqual(await run.shownAnswer(page, a), empty, `leadership·${a} starts empty`);
  return page;
}

/**
 * Day one, going on: the first page answered in full (level, evidence, a link, a plan), the
 * second in part (access·employees: its level and evidence), then "save and come back later".
 * Ends on the overview, which says three of four answers have a level; the browser is closed.
 */
export async function adminLeavesHalfWay(run: AssessmentRun, page: Page): Promise<void> {
  const t = run.tr;
  for (const a of ['employees', 'customers'] as const) await run.typeAnswer(page, a, FIRST.leadership[a]);
  await run.press(page, 'assessment.run.answers.continue');
  await run.onDimension(page, 'access');
  assert.ok(await page.getByText(t('assessment.run.flash.saved'), { exact: true }).isVisible(), 'saved');
  const { level, evidence } = FIRST.access.employees;
  await run.typeAnswer(page, 'employees', { level, evidence });
  await run.press(page, 'assessment.run.answers.later');

  assert.equal(pathOf(page), `/fr/organisations/${run.orgId}/assessment`, 'back on the overview');
  assert.ok(await page.getByText(t('assessment.run.flash.saved'), { exact: true }).isVisible(), 'saved');
  assert.ok(
    await page
      .getByText(t('assessment.overview.draft.progress', { answered: 3, inScope: 4 }), { exact: true })
      .isVisible(),
    'three of the four answers have a level',
  );
  await page.context().close();
}

/** Presses Tab until `target` has focus; fails when `max` presses do not reach it. */
async function tabTo(page: Page, target: Locator, max: number, what: string): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200) ?? 'nothing');
  assert.fail(`${what}: not reached with ${max} press(es) of Tab (focus is on ${at})`);
}

/**
 * Day two, in a new browser: she signs in again, opens the overview and continues: the second
 * page opens with what she typed. She answers access·customers with the keyboard only (Tab to
 * the level, Space, arrows; Tab to each field; Enter on "save and continue"). Ends on the check page.
 */
export async function adminComesBackTheNextDay(run: AssessmentRun): Promise<Page> {
  const t = run.tr;
  const page = await run.person('fr', 'admin, day two');
  await run.signInFromHome(page, run.admin, 'fr');
  await run.openAssessment(page);
  assert.ok(
    await page
      .getByText(t('assessment.overview.draft.progress', { answered: 3, inScope: 4 }), { exact: true })
      .isVisible(),
    'the draft is waiting with three of four levels',
  );
  await run.follow(page, page.getByRole('link', exact(t('assessment.overview.draft.continue'))));
  await run.onDimension(page, 'access');
  const { level, evidence } = FIRST.access.employees;
  assert.deepEqual(await run.shownAnswer(page, 'employees'), { ...empty, level, evidence }, 'yesterday’s half answer');
  assert.deepEqual(await run.shownAnswer(page, 'customers'), empty, 'the cell not started yet');

  // The keyboard only, from the top of the page.
  const answer = FIRST.access.customers;
  const first = run.levelRadio(page, 'customers', 0);
  await tabTo(page, first, 80, 'the first level of access·customers');
  await page.keyboard.press('Space');
  assert.ok(await first.isChecked(), 'Space chooses the focused level');
  for (let i = 0; i < answer.level; i++) await page.keyboard.press('ArrowDown');
  assert.equal(await run.chosenLevel(page, 'customers'), answer.level, 'the arrows move the choice');
  await tabTo(page, run.textField(page, 'customers', 'evidence'), 1, 'the evidence, right after the levels');
  await page.keyboard.type(answer.evidence);
  await tabTo(page, run.textField(page, 'customers', 'links'), 1, 'the links, after the evidence');
  await tabTo(page, run.textField(page, 'customers', 'plan'), 1, 'the plan, after the links');
  await page.keyboard.type(answer.plan);
  const next = page.getByRole('button', exact(t('assessment.run.answers.continue')));
  // The other cell's fields may come after this one (see the audiences' order): a few more Tabs.
  await tabTo(page, next, 12, '“save and continue”, after the fields');
  await run.check(page, await navigate(page, () => page.keyboard.press('Enter')));
  assert.match(pathOf(page), /\/check$/, 'the last page leads to “check your answers”');
  return page;
}

/** The check page, cell by cell: each summary's terms and values as read out (`dimension · audience` → term → value). */
async function checkPageAnswers(page: Page): Promise<Map<string, Map<string, string>>> {
  const cells = await page
    .getByRole('main')
    .getByRole('heading', { level: 3 })
    .evaluateAll((headings) =>
      headings.map((h) => {
        const dimension = h.closest('section')?.querySelector('h2')?.textContent ?? '';
        const list = h.parentElement?.querySelector('dl');
        const rows = Array.from(list?.querySelectorAll('dt') ?? [], (dt): [string, string] => [
          dt.textContent ?? '',
          (dt.nextElementSibling as HTMLElement | null)?.innerText ?? '',
        ]);
        return [`${dimension} · ${h.textContent ?? ''}`, rows] as const;
      }),
    );
  return new Map(cells.map(([cell, rows]) => [norm(cell), new Map(rows.map(([k, v]) => [norm(k), v]))]));
}

/** Every cell on the check page shows what was typed for it: the level first, then evidence, links, plan. */
async function checkShows(run: AssessmentRun, page: Page, expected: Record<Dim, Record<Aud, Answer>>): Promise<void> {
  const t = run.tr;
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), t('assessment.run.check.title'));
  const shown = await checkPageAnswers(page);
  const inOrder = SCOPE.map(([d, a]) => norm(run.cellName(d, a)));
  assert.deepEqual([...shown.keys()].sort(), [...inOrder].sort(), 'the four cells');
  if (
    [...shown.keys()].join(' | ') !== inOrder.join(' | ') &&
    !run.findings.some((f) => f.startsWith('the check page'))
  )
    run.findings.push(
      `the check page lists the cells as ${[...shown.keys()].join(', ')}, not in the framework's order (${inOrder.join(', ')}) as the results do`,
    );
  const none = t('assessment.run.check.none');
  for (const [d, a] of SCOPE) {
    const cell = shown.get(norm(run.cellName(d, a)))!;
    const want = expected[d][a];
    const value = (key: string) => cell.get(norm(t(key))) ?? `(no ${key})`;
    const where = `${d}·${a} on the check page`;
    assert.equal(norm(value('assessment.run.check.level').split('\n')[0]!), norm(run.levelName(want.level)), where);
    assert.equal(norm(value('assessment.run.check.evidence')), norm(want.evidence || none), where);
    assert.deepEqual(
      value('assessment.run.check.links').split('\n').map(norm).filter(Boolean),
      want.links.length > 0 ? want.links : [none],
      where,
    );
    assert.equal(norm(value('assessment.run.check.plan')), norm(want.plan || none), where);
  }
}

/**
 * On the check page: every answer of both days is there. She opens the first page again from
 * its "change" link: its fields hold what she typed yesterday. Through both pages back to the
 * check page, and she submits. Ends on the results.
 */
export async function adminChecksAndSubmits(run: AssessmentRun, page: Page): Promise<void> {
  const t = run.tr;
  await checkShows(run, page, FIRST);
  const change = `${t('assessment.run.check.change')} ${t('assessment.run.check.level')} (${run.dimension('leadership')}, ${run.audience('employees')})`;
  await run.follow(page, page.getByRole('link', exact(change)));
  await run.onDimension(page, 'leadership');
  for (const a of ['employees', 'customers'] as const)
    assert.deepEqual(
      await run.shownAnswer(page, a),
      answered(FIRST.leadership[a]),
      `leadership·${a} as typed yesterday`,
    );
  await run.press(page, 'assessment.run.answers.continue');
  await run.onDimension(page, 'access');
  for (const a of ['employees', 'customers'] as const)
    assert.deepEqual(await run.shownAnswer(page, a), answered(FIRST.access[a]), `access·${a} as typed`);
  await run.press(page, 'assessment.run.answers.continue');
  await checkShows(run, page, FIRST);
  await run.follow(page, page.getByRole('button', exact(t('assessment.run.check.submit'))));
}

/** What the results should say of one cell. */
interface Expected {
  level: number;
  previous: number | null;
  change: 'up' | 'down' | 'same' | 'new';
}

/** The results: the flash, the chart (named, with each cell's level), the table with the same levels and the change. */
export async function resultsShow(
  run: AssessmentRun,
  page: Page,
  expected: Record<Dim, Record<Aud, Expected>>,
): Promise<void> {
  const t = run.tr;
  assert.match(pathOf(page), new RegExp(`^/fr/organisations/${run.orgId}/assessment/runs/[^/]+$`), 'the run’s results');
  assert.ok(await page.getByText(t('assessment.run.flash.submitted'), { exact: true }).isVisible(), 'submitted');
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), t('assessment.results.title'));
  const first = SCOPE.every(([d, a]) => expected[d][a].previous === null);
  const compared = first
    ? t('assessment.results.firstRun')
    : t('assessment.results.comparedWith', { date: run.fmt.date(new Date().toISOString()) });
  assert.ok(
    await page.getByText(compared, { exact: true }).isVisible(),
    first ? 'a first run' : 'compared with the last',
  );
  assert.ok(
    await page.getByText(t('assessment.results.noTotal'), { exact: true }).isVisible(),
    'no total score, and why',
  );

  // The chart: an image whose accessible name is its title and its description.
  const chart = page.getByRole('img', { name: t('assessment.results.chart.title') });
  assert.equal(await chart.count(), 1, 'one chart named by its title');
  assert.equal(
    await page.getByRole('img', { name: t('assessment.results.chart.description') }).count(),
    1,
    'its description is part of its name',
  );
  // Its words are drawn in order: per cell its name, "maintenant n", and "avant n" after a previous run.
  const drawn = norm((await chart.locator('text').allTextContents()).join(' '));
  for (const [d, a] of SCOPE) {
    const cell = expected[d][a];
    const words = [run.cellName(d, a), t('assessment.results.chart.now', { level: cell.level })];
    if (cell.previous !== null) words.push(t('assessment.results.chart.before', { level: cell.previous }));
    assert.ok(drawn.includes(norm(words.join(' '))), `the chart draws “${words.join(' ')}”; it says: ${drawn}`);
  }

  // The table: the same levels, the previous one and the change.
  const table = page.getByRole('table', exact(t('assessment.results.levels.caption')));
  const rows = await table
    .getByRole('row')
    .evaluateAll((trs) => trs.slice(1).map((tr) => Array.from(tr.children, (c) => (c.textContent ?? '').trim())));
  assert.deepEqual(
    rows.map((r) => r.map(norm)),
    SCOPE.map(([d, a]) => {
      const cell = expected[d][a];
      return [
        run.cellName(d, a),
        run.levelNamed(cell.level),
        cell.previous === null ? t('assessment.results.none') : run.levelNamed(cell.previous),
        t(`assessment.results.change.${cell.change}`),
      ].map(norm);
    }),
    'the table: cell, level, previous level, change',
  );
}

/** The first run's results: every cell new. */
export const firstResults = () =>
  byCell((d, a): Expected => ({ level: FIRST[d][a].level, previous: null, change: 'new' }));

/** The second run's results: each cell against the first run. */
export const secondResults = () =>
  byCell((d, a): Expected => {
    const [level, previous] = [SECOND[d][a], FIRST[d][a].level];
    return { level, previous, change: level > previous ? 'up' : level < previous ? 'down' : 'same' };
  });

/**
 * From the results, back to the overview: the last scope is ticked, and the new run opens with
 * the last answers. She raises leadership·employees by keyboard (Tab to its level, arrow down),
 * lowers access·customers with a click, checks and submits. Ends on the second results.
 */
export async function adminRunsAgain(run: AssessmentRun, page: Page): Promise<void> {
  const t = run.tr;
  await run.follow(page, page.getByRole('link', exact(t('assessment.results.back'))));
  assert.equal(pathOf(page), `/fr/organisations/${run.orgId}/assessment`);
  const today = run.fmt.date(new Date().toISOString());
  const listed = page.getByRole('main').getByRole('link', exact(t('assessment.overview.runs.item', { date: today })));
  assert.equal(await listed.count(), 1, 'the submitted run is listed');
  assert.ok(await page.getByText(t('assessment.overview.start.prefilled'), { exact: true }).isVisible(), 'prefilled');
  for (const d of ['leadership', 'access'] as const)
    for (const a of ['employees', 'customers', 'community'] as const) {
      const box = page
        .getByRole('group', exact(run.dimension(d)))
        .getByRole('checkbox', exact(run.tr(`assessment.audience.${a}`)));
      assert.equal(await box.isChecked(), a !== 'community', `${d}·${a} ticked as last time`);
    }
  await run.follow(page, page.getByRole('button', exact(t('assessment.overview.start.submit'))));

  await run.onDimension(page, 'leadership');
  assert.equal(
    await page.getByText(t('assessment.run.answers.copied'), { exact: true }).count(),
    2,
    'both cells copied',
  );
  for (const a of ['employees', 'customers'] as const)
    assert.deepEqual(
      await run.shownAnswer(page, a),
      answered(FIRST.leadership[a]),
      `leadership·${a} from the last run`,
    );
  const chosen = run.levelRadio(page, 'employees', FIRST.leadership.employees.level);
  await tabTo(page, chosen, 80, 'the chosen level of leadership·employees');
  await page.keyboard.press('ArrowDown');
  assert.equal(await run.chosenLevel(page, 'employees'), SECOND.leadership.employees, 'one level up by keyboard');
  await run.press(page, 'assessment.run.answers.continue');

  await run.onDimension(page, 'access');
  for (const a of ['employees', 'customers'] as const)
    assert.deepEqual(await run.shownAnswer(page, a), answered(FIRST.access[a]), `access·${a} from the last run`);
  await run.levelRadio(page, 'customers', SECOND.access.customers).check();
  await run.press(page, 'assessment.run.answers.continue');

  await checkShows(
    run,
    page,
    byCell((d, a): Answer => ({ ...FIRST[d][a], level: SECOND[d][a] })),
  );
  await run.follow(page, page.getByRole('button', exact(t('assessment.run.check.submit'))));
}
