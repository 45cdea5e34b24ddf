import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { translator } from '../../../src/platform/i18n/i18n.ts';
import { createSession, SESSION_COOKIE } from '../../../src/features/accounts/sessions.ts';
import { createUser } from '../../support/accounts.ts';
import type { RunningApp } from './server.ts';
import { CheckedJourney, describedByText, focused, navigate } from './journey.ts';
import { exact, group } from './signing-run.ts';

// A detour from the signing journey: the application form sent with mistakes. It starts from a
// session made in the database rather than a new account, because only the form is under test.

/** The application form sent with mistakes, in French without JavaScript. */
export async function applicationErrors(server: RunningApp, browser: Browser) {
  const t = translator('fr');
  const journey = new CheckedJourney(browser, { javaScript: false, locale: 'fr-BE' });
  try {
    const user = await createUser(server.db, { locale: 'fr', name: 'Lucie Martin' });
    const page = await journey.person('applicant');
    await page
      .context()
      .addCookies([{ name: SESSION_COOKIE, value: await createSession(server.db, user.id), url: server.baseUrl }]);
    await journey.check(page, 'fr', await page.goto(`${server.baseUrl}/fr/sign/apply`));

    const typed = {
      enterpriseNumber: '0403.227.516', // one digit off: the check digits do not match
      legalName: 'Atelier Numérique Solidaire',
      description: 'Des ateliers gratuits pour apprendre à utiliser un smartphone.',
      executiveEmail: 'direction-at-atelier.be',
    };
    await page.getByLabel(t('signing.apply.enterpriseNumber.label'), { exact: true }).fill(typed.enterpriseNumber);
    await page.getByLabel(t('signing.profile.legalName.label'), { exact: true }).fill(typed.legalName);
    await group(page, t('signing.profile.regions.label'))
      .getByLabel(t('organisations.region.wallonia'), { exact: true })
      .check();
    await page
      .getByLabel(`${t('signing.profile.description.fr')} (${t('form.optional')})`, { exact: true })
      .fill(typed.description);
    await page.getByLabel(t('signing.apply.executiveEmail.label'), { exact: true }).fill(typed.executiveEmail);
    await journey.check(
      page,
      'fr',
      await navigate(page, () => page.getByRole('button', exact(t('signing.apply.send'))).click()),
      400,
    );

    // The summary comes first, says how many problems, and links each message to its field.
    // The title says so first: without JavaScript nothing moves focus to the summary.
    assert.equal(await page.title(), `${t('form.errorPrefix')} ${t('signing.apply.title')} – Inclusio`);
    const summary = page.locator('.error-summary');
    assert.equal(await summary.getAttribute('role'), 'alert');
    const expected = [
      ['enterpriseNumber', 'signing.error.enterpriseNumberCheck'],
      ['sector', 'signing.profile.error.sector'],
      ['sizeBand', 'signing.profile.error.sizeBand'],
      ['languages', 'signing.profile.error.languages'],
      ['executiveName', 'form.error.required'],
      ['executiveTitle', 'form.error.required'],
      ['executiveEmail', 'form.error.email'],
    ] as const;
    assert.equal(
      await summary.getByRole('heading').innerText(),
      t('form.errorSummaryTitle', { count: expected.length }),
    );
    const links = await summary
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent?.trim()]));
    assert.deepEqual(
      links,
      expected.map(([field, key]) => [`#field-${field}`, t(key)]),
    );
    // Each linked field exists, is marked invalid and carries the same message next to it.
    for (const [field, key] of expected) {
      const input = page.locator(`#field-${field}`);
      assert.equal(await input.count(), 1, `#field-${field} exists`);
      const box = ['sector', 'sizeBand', 'languages'].includes(field)
        ? `#field-${field} >> xpath=ancestor::fieldset`
        : `#field-${field}`;
      if (box === `#field-${field}`)
        assert.equal(await input.getAttribute('aria-invalid'), 'true', `${field} is marked invalid`);
      assert.ok((await describedByText(page, box)).includes(t(key)), `${field}: the message is read with the field`);
    }

    // What was typed is still there.
    assert.equal(
      await page.getByLabel(t('signing.apply.enterpriseNumber.label'), { exact: true }).inputValue(),
      typed.enterpriseNumber,
    );
    assert.equal(
      await page.getByLabel(t('signing.profile.legalName.label'), { exact: true }).inputValue(),
      typed.legalName,
    );
    assert.ok(
      await group(page, t('signing.profile.regions.label'))
        .getByLabel(t('organisations.region.wallonia'), { exact: true })
        .isChecked(),
    );
    assert.equal(
      await page
        .getByLabel(`${t('signing.profile.description.fr')} (${t('form.optional')})`, { exact: true })
        .inputValue(),
      typed.description,
    );
    assert.equal(
      await page.getByLabel(t('signing.apply.executiveEmail.label'), { exact: true }).inputValue(),
      typed.executiveEmail,
    );
    assert.ok(
      await group(page, t('signing.apply.executiveLang.label'))
        .getByLabel(t('organisations.language.fr'), { exact: true })
        .isChecked(),
    );

    // Without JavaScript the summary's link is a plain anchor: it leads to the field.
    await summary.getByRole('link', exact(t('signing.error.enterpriseNumberCheck'))).click();
    assert.equal(new URL(page.url()).hash, '#field-enterpriseNumber');
    assert.equal((await focused(page)).id, 'field-enterpriseNumber', 'following the link puts focus on the field');

    const rows = await server.db
      .selectFrom('applications')
      .select('id')
      .where('applicant_user_id', '=', user.id)
      .execute();
    assert.equal(rows.length, 0, 'nothing was sent');
  } finally {
    await journey.close();
  }
  assert.deepEqual(journey.problems, []);
}
