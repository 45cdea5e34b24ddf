import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser } from 'playwright-core';
import { translator } from '../../src/platform/i18n/i18n.ts';
import { announceSetupLink } from '../../src/features/accounts/setup.ts';
import { engines } from '../support/engines.ts';
import { clearRateLimits } from '../support/accounts.ts';
import { describeWithBrowser, type RunningApp } from './support/server.ts';
import { CheckedJourney, navigate, onServer } from './support/journey.ts';
import { exact, searchDirectory, SECRETARIAT, SigningRun, type JourneyLang } from './support/signing-run.ts';
import {
  applicantApplies,
  applicantConfirmsAndSignsIn,
  applicantSignsUp,
  executiveSigns,
} from './support/signing-steps.ts';
import {
  secretariatApproves,
  secretariatCannotApproveYet,
  secretariatSignsIn,
  visitorCannotFindIt,
  visitorFindsTheSignatory,
} from './support/approval-steps.ts';
import { applicationErrors } from './support/application-errors.ts';

/**
 * The whole signing journey in a real browser (Chromium through playwright-core), on SQLite and
 * PostgreSQL, in French and in Dutch, with JavaScript off and on:
 *
 *   a new person opens the home page, follows "sign the charter", creates an account, confirms
 *   their address from the mail, signs in and sends the application; the organisation is not
 *   public and the secretariat cannot approve it while the executive has not signed; the
 *   executive opens their own link, reads the charter and signs; the secretariat approves;
 *   an anonymous visitor finds the organisation in the directory and sees its signing date.
 *
 * Every page visited is checked with axe (WCAG 2.2 AA tags) and the page basics (lang, one h1,
 * skip link, landmarks, hreflang alternates); all problems are collected and asserted at the end
 * of each run. Locators are by role and label, so the test also proves the names exist.
 */

describeWithBrowser('signing the charter in a real browser', (ctx) => {
  test('the first secretariat account is made through the one-time set-up link', async () => {
    const link = await announceSetupLink(ctx.server.db, ctx.server.config, () => {});
    assert.ok(link, 'a set-up link while no secretariat account exists');
    const journey = new CheckedJourney(ctx.browser, { javaScript: true, locale: 'en-BE' });
    try {
      const t = translator('en');
      const page = await journey.person('set-up');
      const url = onServer(link, ctx.server.baseUrl);
      await journey.check(page, 'en', await page.goto(url));
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), t('accounts.setup.title'));
      await page.getByLabel(t('accounts.field.name.label'), { exact: true }).fill(SECRETARIAT.name);
      await page.getByLabel(t('accounts.field.email.label'), { exact: true }).fill(SECRETARIAT.email);
      await page.getByLabel(t('accounts.field.choosePassword.label'), { exact: true }).fill(SECRETARIAT.password);
      const created = await navigate(page, () => page.getByRole('button', exact(t('accounts.setup.submit'))).click());
      await journey.check(page, 'en', created);
      assert.equal(new URL(page.url()).pathname, '/en/account');
      assert.ok(await page.getByText(t('accounts.flash.secretariatCreated')).isVisible(), 'the success banner');

      // The link worked once: it is spent, and no new one is printed.
      await journey.check(page, 'en', await page.goto(url), 410);
      assert.equal(await announceSetupLink(ctx.server.db, ctx.server.config, () => {}), null);
      const row = await ctx.server.db
        .selectFrom('users')
        .select(['is_secretariat', 'email_verified_at'])
        .where('email', '=', SECRETARIAT.email)
        .executeTakeFirstOrThrow();
      assert.equal(row.is_secretariat, 1);
    } finally {
      await journey.close();
    }
    assert.deepEqual(journey.problems, []);
  });

  if (ctx.engine === engines()[0])
    test('the page checks can fail: a field without a label is reported, with and without JavaScript', async () => {
      for (const javaScript of [true, false]) {
        const journey = new CheckedJourney(ctx.browser, { javaScript, locale: 'fr-BE' });
        try {
          const page = await journey.person('checker');
          const response = await page.goto(`${ctx.server.baseUrl}/fr/sign-in`);
          await page.locator('label[for="field-email"]').evaluate((label) => label.remove());
          await page.locator('h1').evaluate((h1) => h1.after(document.createElement('h1')));
          await journey.check(page, 'fr', response, 200);
        } finally {
          await journey.close();
        }
        const seen = journey.problems.join('\n');
        assert.match(seen, /label: Form elements must have labels \(#field-email\)/, `axe, JavaScript ${javaScript}`);
        assert.match(seen, /2 h1 elements/, `page basics, JavaScript ${javaScript}`);
      }
    });

  for (const lang of ['fr', 'nl'] as const) {
    for (const javaScript of [false, true]) {
      test(`${lang}, JavaScript ${javaScript ? 'on' : 'off'}: from the home page to a listed signatory, only after the executive signs`, async () => {
        await clearRateLimits(ctx.server.db);
        await signingJourney(ctx.server, ctx.browser, lang, javaScript);
      });
    }
  }

  test('fr, JavaScript off: a failed application shows the error summary with links to the fields and keeps what was typed', async () => {
    await applicationErrors(ctx.server, ctx.browser);
  });
});

/** One run, told step by step (support/signing-steps.ts, support/approval-steps.ts); each step checks every page it visits. */
async function signingJourney(server: RunningApp, browser: Browser, lang: JourneyLang, javaScript: boolean) {
  const run = new SigningRun(server, browser, lang, javaScript);
  try {
    const applicant = await applicantSignsUp(run);
    await applicantConfirmsAndSignsIn(run, applicant);
    const application = await applicantApplies(run, applicant);

    const visitor = await visitorCannotFindIt(run, application);
    const secretariat = await secretariatSignsIn(run);
    await secretariatCannotApproveYet(run, secretariat, application);

    await executiveSigns(run, application);
    // Signed, but still not public: the secretariat has not approved it. (The visitor is still on
    // the search results; the search form keeps the name, so the same search runs again.)
    assert.equal(
      await searchDirectory(run, visitor, run.organisation.name),
      false,
      'not listed before the secretariat approves',
    );

    await secretariatApproves(run, secretariat, application);
    await visitorFindsTheSignatory(run, visitor, application);
  } finally {
    await run.journey.close();
  }
  assert.deepEqual(run.journey.problems, [], `problems on ${run.journey.visited.length} pages`);
}
