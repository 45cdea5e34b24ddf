import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { brusselsToday } from '../../../src/features/campaigns/routes-public.tsx';
import { exact, pathOf } from './bilingual-run.ts';
import type { CommitmentsRun } from './commitments-run.ts';

// The campaigns' side of issue 8's story, in Dutch: from commitment 6 on her space the
// organisation admin opens the campaigns, chooses one her organisation does not support yet
// (the running one when there is such, else an upcoming one), supports it in one step and logs
// what her organisation did for it with the people it reached. The campaign's page then lists
// her organisation among its supporters and its reach grows by exactly that number; her space
// counts one campaign more and the people reached.

/** The people her organisation's participation reached. */
export const REACH = 240;

/** The campaign she supports, as the database knows it before she does. */
interface Chosen {
  slug: string;
  title: string;
  period: 'running' | 'upcoming';
  reach: number;
  supporters: number;
}

/** A running (else upcoming) campaign of the demo her organisation does not support yet. */
async function campaignToSupport(run: CommitmentsRun): Promise<Chosen> {
  const day = brusselsToday();
  const rows = await run.server.db
    .selectFrom('campaigns')
    .innerJoin('campaign_texts', 'campaign_texts.campaign_id', 'campaigns.id')
    .select([
      'campaigns.id',
      'campaigns.slug',
      'campaigns.starts_on',
      'campaigns.ends_on',
      'campaigns.reach_public',
      'campaigns.supporter_count',
      'campaign_texts.title',
    ])
    .where('campaign_texts.lang', '=', 'nl')
    .where('campaigns.ends_on', '>=', day)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('campaign_supporters')
            .select('campaign_supporters.org_id')
            .whereRef('campaign_supporters.campaign_id', '=', 'campaigns.id')
            .where('campaign_supporters.org_id', '=', run.org.id),
        ),
      ),
    )
    .orderBy('campaigns.starts_on')
    .execute();
  const row = rows[0];
  assert.ok(row, 'the demo has a running or upcoming campaign her organisation does not support yet');
  return {
    slug: row.slug,
    title: row.title,
    period: row.starts_on <= day ? 'running' : 'upcoming',
    reach: Number(row.reach_public),
    supporters: Number(row.supporter_count),
  };
}

/** What her space counted for commitment 6 this year before: campaigns supported, people reached with them. */
async function campaignsBefore(run: CommitmentsRun): Promise<{ supported: number; reach: number }> {
  const db = run.server.db;
  const supported = await db
    .selectFrom('campaign_supporters')
    .select('campaign_id')
    .where('org_id', '=', run.org.id)
    .where('year', '=', run.year)
    .execute();
  const reach = await db
    .selectFrom('campaign_reach')
    .select('people')
    .where('org_id', '=', run.org.id)
    .where('year', '=', run.year)
    .execute();
  return { supported: supported.length, reach: reach.reduce((sum, r) => sum + Number(r.people), 0) };
}

/** The campaign page's total reach, as its summary writes it. */
const reachText = (run: CommitmentsRun, people: number) =>
  run.t.nl('campaigns.reach.count', { count: people, people: run.fmt.number(people) });

async function summaryValue(run: CommitmentsRun, page: Page, key: string): Promise<string> {
  const row = page.locator('.summary-list__row').filter({ has: page.locator('dt', { hasText: run.t.nl(key) }) });
  return (await row.locator('dd').innerText()).trim();
}

/** From her space to the campaigns, support one, log the participation; the page and her space count it. */
export async function adminSupportsACampaign(run: CommitmentsRun, page: Page): Promise<void> {
  const t = run.t.nl;
  const chosen = await campaignToSupport(run);
  const before = await campaignsBefore(run);
  await run.openSpace(page);
  await run.follow(page, run.glanceCard(page, 'nl', 6).getByRole('link', exact(t('campaigns.commitment.more'))));
  assert.equal(pathOf(page), '/nl/campaigns');
  const section = page.getByRole('region', exact(t(`campaigns.list.${chosen.period}`)));
  await run.follow(page, section.getByRole('link', exact(chosen.title)));
  assert.equal(pathOf(page), `/nl/campaigns/${chosen.slug}`);
  assert.equal(
    await summaryValue(run, page, 'campaigns.table.reach'),
    reachText(run, chosen.reach),
    'the reach before',
  );

  await run.follow(page, page.getByRole('button', exact(t('campaigns.support.buttonFor', { org: run.org.name }))));
  assert.equal(pathOf(page), `/nl/campaigns/${chosen.slug}`);
  assert.ok(await page.getByText(t('campaigns.flash.supported')).isVisible(), 'supported');
  assert.ok(await page.getByText(t('campaigns.support.already', { org: run.org.name })).isVisible());
  assert.equal(await summaryValue(run, page, 'campaigns.table.supporters'), run.fmt.number(chosen.supporters + 1));
  const supporters = page.getByRole('region', exact(t('campaigns.supporters.title')));
  assert.equal(await supporters.getByRole('link', exact(run.org.name)).count(), 1, 'among the supporters');

  const form = page.getByRole('region', exact(t('campaigns.participate.title')));
  await form.getByLabel(t('campaigns.participate.people'), { exact: true }).fill(String(REACH));
  await form
    .getByLabel(`${t('campaigns.participate.note')} (${t('form.optional')})`, { exact: true })
    .fill('Affiches in onze drie kantoren en een bericht in de nieuwsbrief.');
  await run.follow(page, form.getByRole('button', exact(t('campaigns.participate.button'))));
  assert.ok(await page.getByText(t('campaigns.flash.participated')).isVisible(), 'participation logged');
  assert.equal(
    await summaryValue(run, page, 'campaigns.table.reach'),
    reachText(run, chosen.reach + REACH),
    'the reach grew by hers',
  );

  await run.openSpace(page);
  const lines = await run.glanceLines(page, 'nl', 6);
  for (const line of [
    t('campaigns.commitment.supported', { count: before.supported + 1 }),
    t('campaigns.commitment.reach', { count: before.reach + REACH }),
  ])
    assert.ok(lines.includes(line), `“${line}” in ${JSON.stringify(lines)}`);
}
