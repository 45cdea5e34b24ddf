import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { parseCsv } from '../../../src/features/signatories/test-fixtures.ts';
import { exact, pathOf } from './bilingual-run.ts';
import { openTheAction } from './action-steps.ts';
import { ACTION, ORG_A, ORG_B, type ObstacleActionRun } from './obstacle-action-run.ts';

// What anybody sees of the action's progress, without signing in: the number and the bar on
// the action's page, then the open data through the links on the list of actions (the JSON of
// the API and the CSV file), fetched by the visitor's own browser.

/** The progress on the action's page: the number as read, and the bar's filled share in %. */
async function progressShown(page: Page): Promise<{ text: string; bar: number }> {
  const progress = page.getByRole('main').locator('#action-progress');
  const text = ((await progress.textContent()) ?? '').trim();
  const [frame, filled] = await progress
    .locator('svg rect')
    .evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('width'))));
  return { text, bar: Math.round((filled! / frame!) * 100) };
}

/** The file behind the list page's link named `key`, fetched as the browser would open it. */
async function fetchLinked(run: ObstacleActionRun, page: Page, key: string): Promise<string> {
  const link = page.getByRole('main').getByRole('link', exact(run.t.nl(key)));
  const url = new URL((await link.getAttribute('href'))!, page.url());
  const response = await page.request.get(url.toString());
  assert.equal(response.status(), 200, `${url.pathname} answers`);
  return response.text();
}

/**
 * A visitor (no account, in Dutch) opens the action from the menu and reads its progress, then
 * goes back to the list and opens its JSON and CSV links: `percent` everywhere, A a partner.
 */
export async function everybodySees(run: ObstacleActionRun, visitor: Page, percent: number): Promise<void> {
  const t = run.t.nl;
  if (visitor.url() === 'about:blank') await run.open(visitor, '/nl');
  await openTheAction(run, visitor, 'nl');
  const slug = decodeURIComponent(pathOf(visitor).split('/').pop()!);
  assert.deepEqual(
    await progressShown(visitor),
    { text: t('actions.progress.label', { percent: String(percent) }), bar: percent },
    `the page shows ${percent}%`,
  );
  assert.ok(await visitor.getByRole('main').getByRole('link', exact(ORG_B)).isVisible(), 'led by B');
  const partners = visitor.getByRole('region', exact(t('actions.partner.title'))).getByRole('listitem');
  assert.equal(await partners.innerText(), ORG_A, 'A is its partner');

  await run.follow(visitor, visitor.getByRole('main').getByRole('link', exact(t('actions.list.title'))));
  const api = JSON.parse(await fetchLinked(run, visitor, 'actions.list.api')) as {
    items: { slug: string; progress: number; partners: { name: string }[]; milestones: { weight: number }[] }[];
  };
  const item = api.items.find((i) => i.slug === slug);
  assert.ok(item, 'the action is on the API’s first page');
  assert.equal(item.progress, percent, `the API says ${percent}`);
  assert.deepEqual(
    item.partners.map((p) => p.name),
    [ORG_A],
    'A is its partner',
  );
  assert.deepEqual(
    item.milestones.map((m) => m.weight),
    ACTION.milestones.map((m) => Number(m.weight)),
  );

  const [header, ...rows] = parseCsv((await fetchLinked(run, visitor, 'actions.list.csv')).replace(/^\uFEFF/, ''));
  const row = rows.find((r) => r[header!.indexOf('slug')] === slug);
  assert.ok(row, 'the action has a line in the CSV');
  assert.equal(row[header!.indexOf('progress')], String(percent), `the CSV says ${percent}`);
  assert.equal(row[header!.indexOf('partners')], ORG_A);
}
