import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { NEED_LABEL } from '../../../src/features/actions/vocabulary.ts';
import { exact, pathOf, type RunLang } from './bilingual-run.ts';
import { ACTION, OBSTACLE, ORG_A, ORG_B, type ObstacleActionRun } from './obstacle-action-run.ts';

// The action's side of the story: B (in French) proposes an action against the obstacle and
// adds three milestones weighted 1, 2 and 1; A (in Dutch) asks to join and B accepts; A, now a
// partner, moves the milestones on. What everybody sees of its progress is in progress-steps.ts.

type Milestone = (typeof ACTION.milestones)[number];

/** A section of the action's page, by its heading. */
export const section = (page: Page, heading: string) => page.getByRole('region', exact(heading));

/** From the menu: the list of joint actions. */
export async function openActions(run: ObstacleActionRun, page: Page, lang: RunLang): Promise<void> {
  const t = run.t[lang];
  await run.follow(
    page,
    page.getByRole('navigation', exact(t('layout.mainNav'))).getByRole('link', exact(t('actions.nav'))),
  );
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), t('actions.list.title'));
}

/** From the menu, the list, then the action's card. */
export async function openTheAction(run: ObstacleActionRun, page: Page, lang: RunLang): Promise<void> {
  await openActions(run, page, lang);
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', exact(ACTION.title)) });
  await run.follow(page, card.getByRole('link', exact(ACTION.title)));
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), ACTION.title);
}

/**
 * B, on the obstacle's page, proposes an action against it: the form comes with the obstacle
 * filled in. Ends on the action's page.
 */
export async function bProposesTheAction(run: ObstacleActionRun, page: Page): Promise<void> {
  const t = run.t.fr;
  const obstacleSlug = decodeURIComponent(pathOf(page).split('/').pop()!);
  await run.follow(page, page.getByRole('link', exact(t('obstacles.page.propose', { org: ORG_B }))));
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), t('actions.propose.title'));
  assert.equal(await page.getByLabel(t('actions.form.lang'), { exact: true }).inputValue(), 'fr');
  assert.equal(
    await page.getByLabel(t('actions.form.obstacles'), { exact: true }).inputValue(),
    obstacleSlug,
    'against the obstacle it came from',
  );

  await page.getByLabel(t('actions.form.title'), { exact: true }).fill(ACTION.title);
  await page.getByLabel(t('actions.form.goal'), { exact: true }).fill(ACTION.goal);
  await page.getByLabel(t('actions.form.description'), { exact: true }).fill(ACTION.description);
  await page.getByLabel(t('actions.form.startsOn'), { exact: true }).fill(ACTION.startsOn);
  const needs = page.getByRole('group', exact(t('actions.form.needs')));
  for (const need of ['volunteers', 'venue'] as const)
    await needs.getByLabel(t(NEED_LABEL[need]), { exact: true }).check();
  await run.follow(page, page.getByRole('button', exact(t('actions.propose.submit'))));

  assert.match(pathOf(page), /^\/fr\/actions\/[^/]+$/, 'on the action’s page');
  assert.ok(await page.getByText(t('actions.propose.flash')).isVisible(), 'the thanks');
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), ACTION.title);
  const obstacles = section(page, t('actions.page.obstacles'));
  assert.ok(await obstacles.getByRole('link', exact(OBSTACLE.title)).isVisible(), 'against A’s obstacle');

  for (const milestone of ACTION.milestones) await addMilestone(run, page, milestone);
  const rows = section(page, t('actions.milestone.title')).getByRole('row');
  const weights = await rows.evaluateAll((trs) => trs.slice(1).map((tr) => tr.children[2]?.textContent?.trim()));
  assert.deepEqual(weights, ['1', '2', '1'], 'three milestones weighted 1, 2 and 1');
}

/** "Ajouter un jalon" (a disclosure on the action's page): its fields, planned, the button. */
async function addMilestone(run: ObstacleActionRun, page: Page, milestone: Milestone): Promise<void> {
  const t = run.t.fr;
  const milestones = section(page, t('actions.milestone.title'));
  await milestones.locator('summary', { hasText: t('actions.milestone.add') }).click();
  await milestones.getByLabel(t('actions.milestone.field.title'), { exact: true }).fill(milestone.title);
  await milestones.getByLabel(t('actions.milestone.field.dueOn'), { exact: true }).fill(milestone.dueOn);
  await milestones.getByLabel(t('actions.milestone.field.weight'), { exact: true }).fill(milestone.weight);
  assert.ok(
    await milestones.getByLabel(t('actions.milestone.status.planned'), { exact: true }).isChecked(),
    'planned unless told otherwise',
  );
  await run.follow(page, milestones.getByRole('button', exact(t('actions.milestone.add'))));
  assert.ok(await page.getByText(t('actions.milestone.added')).isVisible(), `${milestone.title} added`);
  assert.ok(
    await section(page, t('actions.milestone.title')).getByRole('rowheader', exact(milestone.title)).isVisible(),
  );
}

/** A, from the list of actions, opens it and asks to join. */
export async function aAsksToJoin(run: ObstacleActionRun, page: Page): Promise<void> {
  const t = run.t.nl;
  await openTheAction(run, page, 'nl');
  const partners = section(page, t('actions.partner.title'));
  assert.ok(await partners.getByText(t('actions.partner.none')).isVisible(), 'no partners yet');
  await run.follow(page, partners.getByRole('button', exact(t('actions.partner.ask', { org: ORG_A }))));
  assert.ok(await page.getByText(t('actions.partner.asked')).isVisible(), 'the request is sent');
  assert.equal(
    await section(page, t('actions.partner.title')).getByRole('listitem').innerText(),
    `${ORG_A} (${t('actions.partner.state.asked')})`,
  );
}

/** B opens the action again and accepts A: A is a partner. */
export async function bAccepts(run: ObstacleActionRun, page: Page): Promise<void> {
  const t = run.t.fr;
  await openTheAction(run, page, 'fr');
  const partners = section(page, t('actions.partner.title'));
  await run.follow(page, partners.getByRole('button', exact(t('actions.partner.accept', { org: ORG_A }))));
  assert.ok(await page.getByText(t('actions.partner.decided')).isVisible(), 'the answer is kept');
  const listed = section(page, t('actions.partner.title')).getByRole('listitem');
  assert.equal(await listed.innerText(), ORG_A, 'A is a partner, with no request pending');
  assert.ok(await listed.getByRole('link', exact(ORG_A)).isVisible());
}

/**
 * A, now a partner, opens the action, follows "Bijwerken" beside the milestone and saves it
 * with a new status (and a percentage while under way). Ends on the action's page.
 */
export async function aMovesOn(
  run: ObstacleActionRun,
  page: Page,
  milestone: Milestone,
  status: { done: true } | { underWay: string },
): Promise<void> {
  const t = run.t.nl;
  await openTheAction(run, page, 'nl');
  const milestones = section(page, t('actions.milestone.title'));
  await run.follow(page, milestones.getByRole('link', exact(`${t('actions.milestone.change')} ${milestone.title}`)));
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), t('actions.milestone.edit.title'));
  assert.equal(
    await page.getByLabel(t('actions.milestone.field.title'), { exact: true }).inputValue(),
    milestone.title,
  );
  assert.equal(
    await page.getByLabel(t('actions.milestone.field.weight'), { exact: true }).inputValue(),
    milestone.weight,
  );
  if ('done' in status) {
    await page.getByLabel(t('actions.milestone.status.done'), { exact: true }).check();
  } else {
    await page.getByLabel(t('actions.milestone.status.under_way'), { exact: true }).check();
    await page
      .getByLabel(`${t('actions.milestone.field.percent')} (${t('form.optional')})`, { exact: true })
      .fill(status.underWay);
  }
  await run.follow(page, page.getByRole('button', exact(t('actions.milestone.edit.submit'))));
  assert.match(pathOf(page), /^\/nl\/actions\/[^/]+$/, 'back on the action’s page');
  assert.ok(await page.getByText(t('actions.milestone.saved')).isVisible(), 'saved');
}
