import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, Page, Response } from 'playwright-core';
import { LANGS, LOCALE_TAG, translator, type Lang, type Translate } from '../../src/platform/i18n/i18n.ts';
import { addMs, now } from '../../src/platform/db/sql.ts';
import { SETTINGS_FIELDS } from '../../src/features/legal/service.ts';
import { clearRateLimits, createUser, TEST_PASSWORD } from '../support/accounts.ts';
import { describeWithBrowser, type RunningApp } from './support/server.ts';
import { CheckedJourney, navigate } from './support/journey.ts';
import { codeFor, setUpSecondFactor, typeCode } from './support/second-factor.ts';

/**
 * Two-step sign-in in a browser without JavaScript, in each language, for a new secretariat
 * account: the secretariat page sends it to set up the app first (QR code and key, a first
 * code, ten recovery codes shown once); then it signs in with a code from the app, then with a
 * recovery code (which works once only); and 15 minutes after the last code, saving the
 * settings asks for the code in place and then saves what was typed. Codes are computed with
 * otplib from the key the page shows. Every page is checked with axe and the page basics.
 */

const exact = (name: string) => ({ name, exact: true });
const pathOf = (page: Page) => new URL(page.url()).pathname;

describeWithBrowser('two-step sign-in in a real browser, without JavaScript', (ctx) => {
  for (const lang of LANGS) {
    test(`${lang}: set up, sign in with a code, then with a recovery code; asked again after 15 minutes`, async () => {
      await clearRateLimits(ctx.server.db);
      await journey(ctx.server, ctx.browser, lang);
    });
  }
});

async function journey(server: RunningApp, browser: Browser, lang: Lang) {
  const t = translator(lang);
  const checked = new CheckedJourney(browser, { javaScript: false, locale: LOCALE_TAG[lang] });
  const check = (page: Page, response: Response | null, status?: number) =>
    checked.check(page, lang, response, status);
  const email = `secretariat-2fa-${lang}@example.be`;
  await createUser(server.db, { secretariat: true, secondFactor: false, locale: lang, email });
  try {
    const page = await checked.person('secretariat');

    // ---- The password is not enough: the secretariat page sends the account to set up the app.
    await signInWithPassword(page, server, t, lang, email, check);
    assert.equal(pathOf(page), `/${lang}/account/second-factor`, 'sent to set it up first');
    assert.ok(await page.getByText(t('accounts.secondFactor.required.title')).isVisible());
    const { secret, recoveryCodes } = await setUpSecondFactor(page, t, check, server.db, email);
    assert.ok(await page.getByText(t('accounts.recoveryCodes.onlyOnce')).isVisible());
    await check(page, await navigate(page, () => page.getByRole('link', exact(t('accounts.recoveryCodes.done'))).click()));
    assert.equal(pathOf(page), `/${lang}/secretariat`, 'and back to the secretariat');
    await signOut(page, t, check);

    // ---- Signing in: password, then the code from the app.
    await signInWithPassword(page, server, t, lang, email, check);
    assert.equal(pathOf(page), `/${lang}/sign-in/code`);
    await typeCode(page, t, check, await codeFor(server.db, email, secret));
    assert.equal(pathOf(page), `/${lang}/secretariat`);
    await signOut(page, t, check);

    // ---- Phone lost: a recovery code signs in once.
    await signInWithPassword(page, server, t, lang, email, check);
    await typeCode(page, t, check, recoveryCodes[0]!);
    assert.equal(pathOf(page), `/${lang}/secretariat`);
    assert.ok(await page.getByText(t('accounts.flash.recoveryCodeUsed')).isVisible());
    await signOut(page, t, check);
    await signInWithPassword(page, server, t, lang, email, check);
    await page.getByLabel(t('accounts.secondFactor.field.code.label'), { exact: true }).fill(recoveryCodes[0]!);
    await check(page, await navigate(page, () => page.getByRole('button', exact(t('accounts.signInCode.submit'))).click()), 400);
    assert.equal(pathOf(page), `/${lang}/sign-in/code`, 'the same recovery code works once only');
    assert.ok(await page.getByRole('link', exact(t('accounts.secondFactor.error.wrongCode'))).isVisible(), 'the error summary says why');
    await typeCode(page, t, check, await codeFor(server.db, email, secret));
    assert.equal(pathOf(page), `/${lang}/secretariat`);

    // ---- 15 minutes later (the stored time moves back), saving the settings asks for the code in place.
    const user = await server.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
    await server.db.updateTable('sessions').set({ second_factor_at: addMs(now(), -16 * 60_000) }).where('user_id', '=', user.id).execute();
    await check(page, await page.goto(`${server.baseUrl}/${lang}/secretariat/settings`));
    const phone = `+32 2 555 0${LANGS.indexOf(lang)} 1${LANGS.indexOf(lang)}`;
    // The label reads "Phone number (optional)": the field by its id.
    await page.locator('#field-phone').fill(phone);
    await check(page, await navigate(page, () => page.getByRole('button', exact(t('legal.settings.save'))).click()), 403);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), t('accounts.secondFactorCheck.title'));
    assert.ok(await page.getByText(t('accounts.secondFactorCheck.kept')).isVisible(), 'says the typed values are kept');
    await page.getByLabel(t('accounts.secondFactor.field.code.label'), { exact: true }).fill(await codeFor(server.db, email, secret));
    await check(page, await navigate(page, () => page.getByRole('button', exact(t('accounts.secondFactorCheck.submit'))).click()));
    assert.equal(pathOf(page), `/${lang}/secretariat/settings`);
    const stored = await server.db.selectFrom('settings').select('value').where('key', '=', SETTINGS_FIELDS.phone).executeTakeFirst();
    assert.equal(stored?.value, phone, 'what was typed before the code is saved');
  } finally {
    await checked.close();
  }
  assert.deepEqual(checked.problems, [], `problems on ${checked.visited.length} pages`);
}

type Check = (page: Page, response: Response | null, status?: number) => Promise<void>;

async function signInWithPassword(page: Page, server: RunningApp, t: Translate, lang: Lang, email: string, check: Check) {
  await check(page, await page.goto(`${server.baseUrl}/${lang}/secretariat`));
  assert.equal(pathOf(page), `/${lang}/sign-in`);
  await page.getByLabel(t('accounts.field.email.label'), { exact: true }).fill(email);
  await page.getByLabel(t('accounts.field.password.label'), { exact: true }).fill(TEST_PASSWORD);
  await check(page, await navigate(page, () => page.getByRole('button', exact(t('accounts.signIn.submit'))).click()));
}

async function signOut(page: Page, t: Translate, check: Check) {
  await check(page, await navigate(page, () => page.getByRole('button', exact(t('layout.signOut'))).click()));
}
