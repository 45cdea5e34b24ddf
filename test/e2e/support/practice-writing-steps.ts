import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { tagLabel } from '../../../src/features/practices/components.tsx';
import { TAG_LEGEND, type TagName, type TagValue } from '../../../src/features/practices/vocabulary.ts';
import { navigate } from './journey.ts';
import { AUTHOR_ORG, exact, literal, pathOf, PRACTICE, type PracticeRun } from './practice-run.ts';

// The writing side of the practice's story, in Dutch: the member writes over two sittings and
// fixes what the secretariat asked, the admin submits, the secretariat returns it once and then
// publishes it. Each step starts where the one before left that person's browser.

/** A message with one placeholder, as a pattern: "Klad bewaard op {at}." matches any date. */
function withAny(run: PracticeRun, key: string, name: string): RegExp {
  const [before, after] = run.t.nl(key, { [name]: '\u0000' }).split('\u0000');
  return new RegExp(`^${literal(before!)}.+${literal(after!)}$`);
}

/** A checkbox of the practice form's tag fieldset (found by its legend). */
function tagBox<T extends TagName>(run: PracticeRun, page: Page, tag: T, value: TagValue<T>) {
  const t = run.t.nl;
  return page.getByRole('group', exact(t(TAG_LEGEND[tag]))).getByLabel(t(tagLabel(tag, value)), { exact: true });
}

const optional = (run: PracticeRun, key: string) => `${run.t.nl(key)} (${run.t.nl('form.optional')})`;

/** From any page, signed in as a member: "Mijn organisatie" → the organisation → its practices. */
async function openOrgPractices(run: PracticeRun, page: Page): Promise<void> {
  const t = run.t.nl;
  await run.follow(page, page.getByRole('link', exact(t('layout.nav.myOrganisations'))));
  await run.follow(page, page.getByRole('main').getByRole('link', exact(AUTHOR_ORG)));
  await run.follow(page, page.getByRole('main').getByRole('link', exact(t('organisations.space.task.practices'))));
  assert.match(pathOf(page), /^\/nl\/organisations\/[^/]+\/practices$/);
}

/** The practice's row in the organisation's list, then its page. */
async function openPractice(run: PracticeRun, page: Page, expectInRow: string): Promise<void> {
  const row = page.getByRole('row').filter({ has: page.getByRole('link', exact(PRACTICE.title)) });
  assert.ok((await row.innerText()).includes(expectInRow), `the list says "${expectInRow}"`);
  await run.follow(page, row.getByRole('link', exact(PRACTICE.title)));
}

/** Sitting one: a new practice, a title, a summary and one cause, kept with "Klad bewaren"; then sign out. */
export async function firstSitting(run: PracticeRun): Promise<Page> {
  const t = run.t.nl;
  const page = await run.person('nl', 'member');
  await run.signInFromHome(page, run.member);
  await openOrgPractices(run, page);
  await run.follow(page, page.getByRole('link', exact(t('practices.org.new'))));
  assert.equal(await page.getByLabel(t('practices.form.lang.label'), { exact: true }).inputValue(), 'nl');
  await page.getByLabel(t('practices.form.title.label'), { exact: true }).fill(PRACTICE.title);
  await page.getByLabel(t('practices.form.summary.label'), { exact: true }).fill(PRACTICE.summary);
  await tagBox(run, page, 'cause', 'non_digital').check();
  // The body is still empty: "Opslaan" would refuse it, "Klad bewaren" keeps it as it is (by keyboard).
  await page.getByRole('button', exact(t('practices.form.saveDraft'))).focus();
  await run.check(page, await navigate(page, () => page.keyboard.press('Enter')));
  assert.match(pathOf(page), /\/practices\/[^/]+\/edit$/, 'back on the form');
  assert.ok(await page.getByText(t('practices.flash.draftSaved')).isVisible());
  await run.signOut(page);
  return page;
}

/** Sitting two: signed in again, the draft has what was typed; the rest filled in and saved (checked). */
export async function secondSitting(run: PracticeRun, page: Page): Promise<void> {
  const t = run.t.nl;
  await run.signInFromHome(page, run.member);
  await openOrgPractices(run, page);
  await openPractice(run, page, t('practices.status.draft'));
  assert.ok(await page.getByText(t('practices.practice.unsavedDraft')).isVisible(), 'the page says a draft waits');
  await run.follow(page, page.getByRole('link', exact(t('practices.practice.edit'))));
  assert.ok(await page.getByText(withAny(run, 'practices.form.draftSavedAt', 'at')).isVisible(), 'when it was kept');
  assert.equal(await page.getByLabel(t('practices.form.title.label'), { exact: true }).inputValue(), PRACTICE.title);
  assert.equal(
    await page.getByLabel(t('practices.form.summary.label'), { exact: true }).inputValue(),
    PRACTICE.summary,
  );
  assert.ok(await tagBox(run, page, 'cause', 'non_digital').isChecked(), 'the cause ticked last time');
  assert.ok(!(await tagBox(run, page, 'cause', 'skills').isChecked()));
  assert.equal(
    await page.getByLabel(t('practices.form.contactName.label'), { exact: true }).inputValue(),
    run.member.name,
  );

  await page.getByLabel(t('practices.form.body.label'), { exact: true }).fill(PRACTICE.body);
  for (const box of [
    tagBox(run, page, 'group', 'older'),
    tagBox(run, page, 'group', 'language_migration'),
    tagBox(run, page, 'commitment', '1'),
    tagBox(run, page, 'audience', 'customers'),
    tagBox(run, page, 'region', 'flanders'),
    tagBox(run, page, 'region', 'brussels'),
    tagBox(run, page, 'language', 'nl'),
    tagBox(run, page, 'language', 'fr'),
  ])
    await box.check();
  await page.getByLabel(t('practices.form.periodStart.label'), { exact: true }).fill(PRACTICE.periodStart);
  await run.follow(page, page.getByRole('button', exact(t('practices.form.save'))));
  assert.match(pathOf(page), /\/practices\/[^/]+$/, 'on the practice page');
  assert.ok(await page.getByText(t('practices.flash.saved')).isVisible());
  assert.equal(
    await page.getByRole('button', exact(t('practices.practice.submit'))).count(),
    0,
    'only an admin submits',
  );
  await run.signOut(page);
}

/** The admin (signed in on `page`) opens the practice and submits it to the secretariat. */
export async function adminSubmits(run: PracticeRun, page: Page, expectInRow: string): Promise<void> {
  const t = run.t.nl;
  await openOrgPractices(run, page);
  await openPractice(run, page, expectInRow);
  await run.follow(page, page.getByRole('button', exact(t('practices.practice.submit'))));
  assert.ok(await page.getByText(t('practices.flash.submitted')).isVisible());
  assert.ok(await page.getByText(t('practices.practice.inReview')).isVisible());
}

/** The secretariat, from its overview: the practices to review → this one. */
async function openForReview(run: PracticeRun, page: Page): Promise<void> {
  const t = run.t.nl;
  await run.follow(page, page.getByRole('link', exact(t('layout.nav.secretariat'))));
  await run.follow(page, page.getByRole('main').getByRole('link', exact(t('practices.secretariat.link'))));
  await run.follow(page, page.getByRole('link', exact(PRACTICE.title)));
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), PRACTICE.title);
}

/** The secretariat returns it with a comment: the queue no longer lists it. */
export async function secretariatReturns(run: PracticeRun, page: Page): Promise<void> {
  const t = run.t.nl;
  await openForReview(run, page);
  await page.getByLabel(t('practices.review.comment.label'), { exact: true }).fill(PRACTICE.comment);
  await run.follow(page, page.getByRole('button', exact(t('practices.review.return'))));
  assert.equal(pathOf(page), '/nl/secretariat/practices');
  assert.ok(await page.getByText(t('practices.flash.returned')).isVisible());
  assert.equal(await page.getByRole('link', exact(PRACTICE.title)).count(), 0, 'not waiting any more');
}

/** The member sees the comment in the list, on the practice and on the form, and adds what was asked. */
export async function writerFixes(run: PracticeRun, page: Page): Promise<void> {
  const t = run.t.nl;
  await run.signInFromHome(page, run.member);
  await openOrgPractices(run, page);
  await openPractice(run, page, t('practices.org.comment', { comment: PRACTICE.comment }));
  // The banner "returned with this comment", on the practice (its history quotes it too) and above the form.
  const returned = () => page.getByRole('status').filter({ hasText: t('practices.form.returned') });
  assert.ok(await returned().getByText(PRACTICE.comment, { exact: true }).isVisible(), 'the comment on the practice');
  await run.follow(page, page.getByRole('link', exact(t('practices.practice.edit'))));
  assert.ok(await returned().getByText(PRACTICE.comment, { exact: true }).isVisible(), 'and above the form');
  await page.getByLabel(optional(run, 'practices.form.results.label'), { exact: true }).fill(PRACTICE.results);
  await page
    .getByLabel(optional(run, 'practices.form.peopleReached.label'), { exact: true })
    .fill(PRACTICE.peopleReached);
  await run.follow(page, page.getByRole('button', exact(t('practices.form.save'))));
  assert.ok(await page.getByText(t('practices.flash.saved')).isVisible());
  await run.signOut(page);
}

/** The secretariat publishes the fixed version; the history shows the return before it. */
export async function secretariatPublishes(run: PracticeRun, page: Page): Promise<void> {
  const t = run.t.nl;
  await openForReview(run, page);
  assert.ok(await page.getByText(t('practices.event.returned')).isVisible(), 'the history shows the return');
  assert.ok(await page.getByText(PRACTICE.results).isVisible(), 'the fix is what it reviews');
  await run.follow(page, page.getByRole('button', exact(t('practices.review.publish'))));
  assert.ok(await page.getByText(t('practices.flash.published')).isVisible());
}

/** The admin heard of both decisions by mail (in Dutch, her language), the return with the comment. */
export async function adminWasMailed(run: PracticeRun): Promise<void> {
  const t = run.t.nl;
  const mails = (await run.server.mails()).filter((m) => m.to.includes(run.admin.email));
  const returned = mails.find((m) => m.subject === t('practices.mail.returned.subject'));
  assert.ok(returned?.text.replace(/\s+/g, ' ').includes(PRACTICE.comment), 'the return, with the comment');
  assert.ok(
    mails.some((m) => m.subject === t('practices.mail.published.subject')),
    'the publication',
  );
}
