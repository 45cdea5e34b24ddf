import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { nativeName, tagLabel } from '../../../src/features/practices/components.tsx';
import { ADOPTER_ORG, AUTHOR_ORG, exact, literal, pathOf, PRACTICE, type PracticeRun } from './practice-run.ts';

// The reading side of the practice's story, in French: a reader finds the Dutch-only practice
// by its filters and reads it with the notice; a member of another signatory marks it adopted;
// both organisations' public profiles list it.

/** A facet's checkbox in the library's form: its label ends with the count, "(3)". */
function facetBox(page: Page, legend: string, label: string) {
  return page.getByRole('group', exact(legend)).getByLabel(new RegExp(`^${literal(label)} \\(`));
}

/** The reader: the menu → the library, a cause and a language ticked, the button, the result, the practice. */
export async function readerFindsIt(run: PracticeRun): Promise<{ reader: Page; practicePath: string }> {
  const t = run.t.fr;
  const reader = await run.person('fr', 'reader');
  await run.open(reader, '/fr');
  await run.follow(reader, reader.getByRole('link', exact(t('practices.library.nav'))).first());
  assert.equal(pathOf(reader), '/fr/practices');
  await facetBox(reader, t('practices.tag.cause'), t(tagLabel('cause', 'non_digital'))).check();
  await facetBox(reader, t('practices.library.facet.language'), t(tagLabel('language', 'fr'))).check();
  await run.follow(reader, reader.getByRole('button', exact(t('practices.library.submit'))));
  const query = new URL(reader.url()).searchParams;
  assert.deepEqual([query.getAll('cause'), query.getAll('language')], [['non_digital'], ['fr']]);

  const result = reader.getByRole('listitem').filter({ has: reader.getByRole('link', exact(PRACTICE.title)) });
  const shown = await result.innerText();
  assert.ok(shown.includes(t('practices.library.result.by', { org: AUTHOR_ORG })), 'the result names the organisation');
  assert.ok(shown.includes(`${t('practices.library.result.languages')} ${nativeName('nl')}`), 'and its one language');
  await run.follow(reader, result.getByRole('link', exact(PRACTICE.title)));

  assert.ok(
    await reader.getByText(t('practices.page.onlyIn', { language: t('practices.page.language.nl') })).isVisible(),
    'the "only in Dutch" notice',
  );
  const h1 = reader.getByRole('heading', { level: 1 });
  assert.equal(await h1.innerText(), PRACTICE.title);
  assert.equal(await h1.evaluate((h) => h.closest('[lang]')?.getAttribute('lang')), 'nl', 'the text keeps its lang');
  return { reader, practicePath: pathOf(reader) };
}

/** A member of another signatory signs in from the practice, comes back to it and marks it adopted. */
export async function otherSignatoryAdopts(run: PracticeRun, practicePath: string): Promise<void> {
  const t = run.t.fr;
  const page = await run.person('fr', 'adopter');
  await run.open(page, practicePath);
  await run.follow(page, page.getByRole('link', exact(t('practices.page.adopt.signIn'))));
  await run.signIn(page, 'fr', run.adopter);
  assert.equal(pathOf(page), practicePath, 'back on the practice');
  await page.getByLabel(t('practices.page.adopt.note', { org: ADOPTER_ORG })).fill(PRACTICE.adoptionNote);
  await run.follow(page, page.getByRole('button', exact(t('practices.page.adopt.button', { org: ADOPTER_ORG }))));
  assert.ok(await page.getByText(t('practices.page.adopt.flash')).isVisible());
  assert.ok(await page.getByText(t('practices.page.adopt.count', { count: 1 })).isVisible());
}

/** The reader comes back to the practice: the adopter is listed; each organisation's profile lists it. */
export async function bothProfilesShowIt(run: PracticeRun, reader: Page, practicePath: string): Promise<void> {
  const t = run.t.fr;
  await run.open(reader, practicePath);
  const adoptions = reader.getByRole('region', exact(t('practices.page.adopt.title')));
  assert.ok(await adoptions.getByText(t('practices.page.adopt.count', { count: 1 })).isVisible());
  assert.ok(await adoptions.getByText(PRACTICE.adoptionNote).isVisible(), 'with how it went');

  await run.follow(reader, adoptions.getByRole('link', exact(ADOPTER_ORG)));
  assert.equal(await reader.getByRole('heading', { level: 1 }).innerText(), ADOPTER_ORG);
  const adopted = reader
    .getByRole('region', exact(t('signatories.profile.practices')))
    .getByRole('heading', exact(t('signatories.profile.adopted')))
    .locator('xpath=following-sibling::ul[1]');
  assert.equal(
    await adopted.getByRole('link', exact(PRACTICE.title)).count(),
    1,
    "in the adopter's profile, as adopted",
  );

  await run.check(reader, await reader.goBack());
  await run.follow(
    reader,
    reader.getByRole('region', exact(t('practices.page.facts'))).getByRole('link', exact(AUTHOR_ORG)),
  );
  assert.equal(await reader.getByRole('heading', { level: 1 }).innerText(), AUTHOR_ORG);
  const own = reader
    .getByRole('region', exact(t('signatories.profile.practices')))
    .locator('ul')
    .first();
  assert.equal(await own.getByRole('link', exact(PRACTICE.title)).count(), 1, "in the author's profile, as its own");
}
