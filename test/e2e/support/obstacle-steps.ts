import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { tagLabel, TAG_TITLE, type TagName } from '../../../src/features/obstacles/vocabulary.ts';
import { exact, pathOf } from './bilingual-run.ts';
import { OBSTACLE, ORG_A, ORG_B, type ObstacleActionRun } from './obstacle-action-run.ts';

// The obstacle's side of the story: A (in Dutch) reports it from the register; B (in French)
// finds it with the register's search and says it sees it too. Each step starts where the one
// before left that person's browser.

/** A tag's checkbox on the report form (found by its fieldset's legend). */
function tagBox(run: ObstacleActionRun, page: Page, tag: TagName, value: string) {
  const t = run.t.nl;
  return page.getByRole('group', exact(t(TAG_TITLE[tag]))).getByLabel(t(tagLabel(tag, value)), { exact: true });
}

/** The "we see this too" section of an obstacle's page. */
const endorsements = (run: ObstacleActionRun, page: Page, lang: 'nl' | 'fr') =>
  page.getByRole('region', exact(run.t[lang]('obstacles.endorse.title')));

/** A signs in, opens the register from the menu, reports the obstacle; returns A's browser on its page. */
export async function aReportsTheObstacle(run: ObstacleActionRun): Promise<Page> {
  const t = run.t.nl;
  const page = await run.person('nl', 'A');
  await run.signInFromHome(page, run.a);
  await run.follow(
    page,
    page.getByRole('navigation', exact(t('layout.mainNav'))).getByRole('link', exact(t('obstacles.nav'))),
  );
  assert.equal(pathOf(page), '/nl/obstacles');
  await run.follow(page, page.getByRole('link', exact(t('obstacles.list.report', { org: ORG_A }))));
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), t('obstacles.report.title'));
  assert.equal(await page.getByLabel(t('obstacles.report.lang'), { exact: true }).inputValue(), 'nl');

  await page.getByLabel(t('obstacles.report.field.title'), { exact: true }).fill(OBSTACLE.title);
  await page.getByLabel(t('obstacles.report.field.description'), { exact: true }).fill(OBSTACLE.description);
  for (const [tag, value] of [
    ['cause', 'skills'],
    ['cause', 'stress'],
    ['group', 'older'],
    ['region', 'flanders'],
    ['audience', 'customers'],
  ] as const)
    await tagBox(run, page, tag, value).check();
  await page.getByLabel(`${t('obstacles.report.field.figure')} (${t('form.optional')})`).fill(OBSTACLE.figure);
  await run.follow(page, page.getByRole('button', exact(t('obstacles.report.submit'))));

  assert.match(pathOf(page), /^\/nl\/obstacles\/[^/]+$/, 'on the obstacle’s page');
  assert.ok(await page.getByText(t('obstacles.report.flash')).isVisible(), 'the thanks');
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), OBSTACLE.title);
  assert.ok(await page.getByRole('main').getByRole('link', exact(ORG_A)).isVisible(), 'reported by A');
  assert.ok(await page.getByText(OBSTACLE.figure).isVisible(), 'the figure as evidence');
  assert.equal(
    await endorsements(run, page, 'nl')
      .getByText(t('obstacles.endorse.count', { count: 0 }))
      .count(),
    1,
    'nobody else sees it yet',
  );
  return page;
}

/**
 * B signs in (in French), searches the register, opens the obstacle and says B sees it too,
 * with a line of evidence. Returns B's browser, still on the obstacle's page.
 */
export async function bSeesItToo(run: ObstacleActionRun): Promise<Page> {
  const t = run.t.fr;
  const page = await run.person('fr', 'B');
  await run.signInFromHome(page, run.b, 'fr');
  await run.follow(
    page,
    page.getByRole('navigation', exact(t('layout.mainNav'))).getByRole('link', exact(t('obstacles.nav'))),
  );
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), t('obstacles.list.title'));
  await page.getByLabel(t('obstacles.list.q'), { exact: true }).fill(OBSTACLE.search);
  await run.follow(page, page.getByRole('button', exact(t('obstacles.list.submit'))));
  assert.equal(new URL(page.url()).searchParams.get('q'), OBSTACLE.search);

  const result = page.getByRole('listitem').filter({ has: page.getByRole('link', exact(OBSTACLE.title)) });
  const shown = await result.innerText();
  assert.ok(shown.includes(t('obstacles.item.reportedBy', { org: ORG_A })), 'the result names A');
  assert.ok(shown.includes(t('obstacles.item.seenBy', { count: 0 })), 'nobody else sees it yet');
  await run.follow(page, result.getByRole('link', exact(OBSTACLE.title)));
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), OBSTACLE.title);

  const section = endorsements(run, page, 'fr');
  await section
    .getByLabel(`${t('obstacles.endorse.evidence', { org: ORG_B })} (${t('form.optional')})`)
    .fill(OBSTACLE.endorsement);
  await run.follow(page, section.getByRole('button', exact(t('obstacles.endorse.button', { org: ORG_B }))));
  assert.ok(await page.getByText(t('obstacles.endorse.flash')).isVisible(), 'the thanks');
  assert.equal(await section.getByText(t('obstacles.endorse.count', { count: 1 })).count(), 1, 'one other sees it');
  assert.ok(await section.getByRole('link', exact(ORG_B)).isVisible(), 'B in the list');
  assert.ok(await section.getByRole('blockquote').getByText(OBSTACLE.endorsement).isVisible(), 'with what B sees');
  assert.ok(await section.getByText(t('obstacles.endorse.done', { org: ORG_B })).isVisible());
  return page;
}

/** A, back on the register, sees that one other organisation sees the obstacle too. */
export async function aSeesTheCount(run: ObstacleActionRun, page: Page): Promise<void> {
  const t = run.t.nl;
  await run.follow(page, page.getByRole('main').getByRole('link', exact(t('obstacles.list.title'))));
  const result = page.getByRole('listitem').filter({ has: page.getByRole('link', exact(OBSTACLE.title)) });
  assert.ok((await result.innerText()).includes(t('obstacles.item.seenBy', { count: 1 })), 'seen by one other');
}
