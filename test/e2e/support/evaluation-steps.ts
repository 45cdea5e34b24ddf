import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { addDays, belgianToday } from '../../../src/features/evaluation/clock.ts';
import { MAJORITY_NAME, QUORUM_NAME } from '../../../src/features/evaluation/components.tsx';
import { submitProposal } from '../../../src/features/evaluation/service-proposals.ts';
import { castVotes } from '../../../src/features/evaluation/service-vote.ts';
import { norm } from './assessment-run.ts';
import { linkInMail, onServer } from './journey.ts';
import { EvaluationRun, exact, pathOf, PROPOSALS, SIGNATORIES } from './evaluation-run.ts';

// Issue 10's evaluation story, step by step, in Dutch with JavaScript off: the secretariat sets
// up the evaluation (half the signatories as quorum, a two-thirds majority); in the proposals
// phase signatory 1 proposes new wording for commitment 4 through the form, signatory 2 one for
// commitment 6 (through the service); in the vote phase signatory 1 votes on its page, three
// more through the service: commitment 4 gets 3 yes and 1 no of 6, commitment 6 only 2 votes.
// The result says accepted and "no quorum"; the secretariat publishes version 2; signatory 1's
// executive signs it through the personal link, and its profile shows version 2.

const today = () => belgianToday();

/** The secretariat signs in (password, code) and opens its page. */
export async function secretariatSignsIn(run: EvaluationRun): Promise<Page> {
  const page = await run.person('nl', 'secretariat');
  await run.signInFromHome(page, run.secretariat, 'nl');
  await run.open(page, '/nl/secretariat');
  return page;
}

/** From its page, the evaluation's settings: four days from today, half as quorum, two thirds as majority. */
export async function secretariatSetsUpTheEvaluation(run: EvaluationRun, page: Page): Promise<void> {
  const t = run.tr;
  await run.followLink(page, t('evaluation.setup.link'));
  assert.equal(pathOf(page), '/nl/secretariat/evaluation');
  const days = { consultation: 0, proposals: 7, vote: 14, result: 21 } as const;
  for (const [field, offset] of Object.entries(days))
    await page
      .getByLabel(t(`evaluation.setup.day.${field}`), { exact: true })
      .fill(run.typed(addDays(today(), offset)));
  await page
    .getByRole('group', exact(t('evaluation.setup.quorum')))
    .getByRole('radio', exact(t(QUORUM_NAME.half)))
    .check();
  await page
    .getByRole('group', exact(t('evaluation.setup.majority')))
    .getByRole('radio', exact(t(MAJORITY_NAME.twoThirds)))
    .check();
  await run.pressButton(page, t('evaluation.setup.create'));
  assert.equal(pathOf(page), '/nl/secretariat/evaluation');
  assert.ok(await page.getByText(t('evaluation.setup.created'), { exact: true }).isVisible(), 'created');
  const row = await run.server.db.selectFrom('evaluations').selectAll().executeTakeFirstOrThrow();
  assert.deepEqual(
    [row.quorum, row.majority, row.consultation_opens_on, row.result_on],
    ['half', 'twoThirds', today(), addDays(today(), 21)],
    'the settings as typed',
  );
  run.evaluationId = row.id;
}

/**
 * The proposals phase: signatory 1's administrator proposes commitment 4's new wording through
 * the form; signatory 2's proposal on commitment 6 goes in through the service.
 */
export async function signatoriesPropose(run: EvaluationRun): Promise<void> {
  const t = run.tr;
  await run.moveTo('proposals');
  const page = await run.person('nl', 'admin of signatory 1');
  await run.signInFromHome(page, run.admin(1), 'nl');
  await run.open(page, `/nl/organisations/${run.signatory(1).id}/evaluation/proposals/new`);
  const p = PROPOSALS.four;
  await page.getByLabel(t('evaluation.proposals.commitment'), { exact: true }).selectOption(String(p.commitment));
  await page.getByLabel(t('evaluation.proposals.quoted'), { exact: true }).fill(p.quoted);
  await page.getByLabel(t('evaluation.proposals.proposed'), { exact: true }).fill(p.proposed);
  await page.getByLabel(t('evaluation.proposals.reason'), { exact: true }).fill(p.reason);
  await run.pressButton(page, t('evaluation.proposals.new.submit'));
  assert.match(pathOf(page), /^\/nl\/evaluation\/proposals\/[0-9a-f-]{36}$/, 'the proposal’s page');
  assert.ok(await page.getByText(t('evaluation.proposals.flash.submitted'), { exact: true }).isVisible(), 'submitted');
  const shown = norm(await page.getByRole('main').innerText());
  for (const text of [p.quoted, p.proposed]) assert.ok(shown.includes(norm(text)), `the proposal shows “${text}”`);
  await page.context().close();

  const six = PROPOSALS.six;
  const other = await submitProposal(run.server.db, run.signatory(2).admin.id, run.signatory(2).id, {
    commitment: six.commitment,
    lang: 'nl',
    quoted: six.quoted,
    proposed: six.proposed,
    reason: six.reason,
  });
  assert.ok(other.ok, `the second proposal is taken: ${JSON.stringify(other)}`);
}

/** The proposals' ids by commitment. */
async function proposalIds(run: EvaluationRun): Promise<{ four: string; six: string }> {
  const rows = await run.server.db.selectFrom('evaluation_proposals').select(['id', 'commitment']).execute();
  const of = (n: number) => rows.find((r) => Number(r.commitment) === n)!.id;
  return { four: of(4), six: of(6) };
}

/**
 * The vote: signatory 1's administrator votes yes on both on the vote page; signatories 2 (yes
 * on both), 3 (yes on 4) and 4 (no on 4) through the service. 5 and 6 do not vote.
 */
export async function signatoriesVote(run: EvaluationRun): Promise<void> {
  const t = run.tr;
  await run.moveTo('vote');
  const page = await run.person('nl', 'admin of signatory 1, voting');
  await run.signInFromHome(page, run.admin(1), 'nl');
  const votePath = `/nl/organisations/${run.signatory(1).id}/evaluation/vote`;
  await run.open(page, votePath);
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), t('evaluation.vote.title'));
  for (const n of [4, 6])
    await page
      .getByRole('group', exact(t('evaluation.vote.legend', { number: n })))
      .getByRole('radio', exact(t('evaluation.vote.choice.yes')))
      .check();
  await run.pressButton(page, t('evaluation.vote.submit'));
  assert.equal(pathOf(page), votePath);
  assert.ok(await page.getByText(t('evaluation.vote.flash.saved'), { exact: true }).isVisible(), 'saved');
  for (const n of [4, 6])
    assert.equal(
      await page
        .getByRole('group', exact(t('evaluation.vote.legend', { number: n })))
        .getByRole('radio', exact(t('evaluation.vote.choice.yes')))
        .isChecked(),
      true,
      `the page shows the yes on ${n}`,
    );

  const ids = await proposalIds(run);
  const vote = async (n: number, choices: Record<string, 'yes' | 'no'>) => {
    const s = run.signatory(n);
    const out = await castVotes(run.server.db, s.admin.id, s.id, choices);
    assert.ok(out.ok, `signatory ${n}'s vote is taken`);
  };
  await vote(2, { [ids.four]: 'yes', [ids.six]: 'yes' });
  await vote(3, { [ids.four]: 'yes' });
  await vote(4, { [ids.four]: 'no' });
}

/** The public result: commitment 4 accepted (3 yes, 1 no, 4 of 6 voted), commitment 6 without quorum (2 of 6). */
export async function resultIsShown(run: EvaluationRun): Promise<void> {
  const t = run.tr;
  await run.moveTo('result');
  const visitor = await run.person('nl', 'visitor, result');
  await run.open(visitor, '/nl/evaluation/result');
  const table = visitor.getByRole('table', exact(t('evaluation.result.table')));
  const rows = await table
    .getByRole('row')
    .evaluateAll((trs) => trs.slice(1).map((tr) => Array.from(tr.children, (c) => (c.textContent ?? '').trim())));
  const n = (x: number) => run.fmt.number(x);
  const expected = (commitment: number, yes: number, no: number, cast: number, yesNeeded: number, outcome: string) =>
    [t('evaluation.vote.commitment', { number: commitment }), n(yes), n(no), n(0), n(cast), n(SIGNATORIES), n(3), n(yesNeeded), t(outcome)].map(norm);
  assert.deepEqual(
    rows.map((r) => r.map(norm)).sort(),
    [
      expected(4, 3, 1, 4, 3, 'evaluation.result.outcome.accepted'),
      expected(6, 2, 0, 2, 2, 'evaluation.result.outcome.noQuorum'),
    ].sort(),
    'proposal, yes, no, abstain, cast, eligible, quorum, yes needed, outcome',
  );
}

/** The secretariat opens the draft of version 2 (commitment 4's new wording in it) and publishes it. */
export async function secretariatPublishes(run: EvaluationRun, page: Page): Promise<void> {
  const t = run.tr;
  await run.open(page, '/nl/secretariat');
  await run.followLink(page, t('evaluation.draft.link'));
  assert.equal(pathOf(page), '/nl/secretariat/evaluation/charter');
  const dutch = await page.locator('textarea[name="body_nl"]').inputValue();
  assert.ok(norm(dutch).includes(PROPOSALS.four.proposed), 'the Dutch draft has commitment 4’s new wording');
  assert.ok(!norm(dutch).includes(PROPOSALS.six.proposed), 'and not the proposal without quorum');
  await run.pressButton(page, t('evaluation.draft.publish'));
  assert.ok(await page.getByText(t('evaluation.draft.flash.published'), { exact: true }).isVisible(), 'published');
}

/** The version a profile states, as read out ("Versie 2"). */
export async function versionOnProfile(run: EvaluationRun, visitor: Page, slug: string): Promise<string> {
  await run.open(visitor, `/nl/signatories/${slug}`);
  const term = visitor.getByRole('main').locator('dt', { hasText: run.tr('signatories.profile.charterVersion') });
  if ((await term.count()) === 0) return '(no version on the profile)';
  return norm(await term.first().locator('xpath=following-sibling::dd[1]').innerText());
}

/**
 * Signatory 1's executive opens the personal link from the mail in her own browser: a renewal
 * from version 1 to 2, with the new wording; she signs. Its profile, read before and after by
 * an anonymous visitor, moves from version 1 to 2; signatory 2, which has not signed, stays at 1.
 */
export async function executiveSignsVersionTwo(run: EvaluationRun): Promise<void> {
  const t = run.tr;
  const visitor = await run.person('nl', 'visitor, profiles');
  const [one, two] = [await run.slugOf(1), await run.slugOf(2)];
  const v = (version: number) => norm(t('signatories.profile.version', { version }));
  assert.equal(await versionOnProfile(run, visitor, one), v(1), 'version 1 before the signature');

  const s = run.signatory(1);
  const org = s.name;
  const link = linkInMail(await run.server.mails(), s.executiveEmail, '/sign/confirm/');
  const boss = await run.person('nl', 'executive of signatory 1');
  await run.check(boss, await boss.goto(onServer(link, run.server.baseUrl)));
  assert.equal(await boss.getByRole('heading', { level: 1 }).innerText(), t('signing.confirm.title', { org }));
  assert.ok(
    await boss.getByText(t('signing.renewal.confirm.lead', { org, from: 1, to: 2 }), { exact: true }).isVisible(),
    'a renewal from version 1 to 2',
  );
  assert.ok(norm(await boss.getByRole('main').innerText()).includes(PROPOSALS.four.proposed), 'the new wording is in the text');
  await boss.getByRole('checkbox', exact(t('signing.confirm.commitLabel', { org }))).check();
  await run.pressButton(boss, t('signing.confirm.sign'));
  assert.equal(await boss.getByRole('heading', { level: 1 }).innerText(), t('signing.done.signed.title'));

  assert.equal(await versionOnProfile(run, visitor, one), v(2), 'version 2 once signed');
  assert.equal(await versionOnProfile(run, visitor, two), v(1), 'the other signatory, not signed yet, stays at 1');
}

