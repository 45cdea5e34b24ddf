import assert from 'node:assert/strict';
import type { Page, Response } from 'playwright-core';
import type { Kysely } from 'kysely';
import type { Translate } from '../../../src/platform/i18n/i18n.ts';
import type { DB } from '../../../src/platform/db/schema.ts';
import { nextTotpCode } from '../../support/accounts.ts';
import { navigate } from './journey.ts';

// Two-step sign-in as a person does it in the browser: set it up from the page the app sends
// them to (scan or type the key, confirm with a code), and type a code after the password.
// Codes are computed with otplib from the key the page shows, as an authenticator app would.

type Check = (page: Page, response: Response | null, status?: number) => Promise<void>;
const exact = (name: string) => ({ name, exact: true });

/** The key as the setup page shows it (in groups of four), without the spaces. */
export async function keyOnPage(page: Page): Promise<string> {
  return (await page.locator('.secret-key code').innerText()).replace(/\s+/g, '');
}

/**
 * From the two-step sign-in page (where a secretariat account without it is sent): start the
 * setup, read the key, confirm with a code. Ends on the page with the recovery codes; returns
 * the key and the codes.
 */
export async function setUpSecondFactor(
  page: Page,
  t: Translate,
  check: Check,
  db: Kysely<DB>,
  email: string,
): Promise<{ secret: string; recoveryCodes: string[] }> {
  await check(page, await navigate(page, () => page.getByRole('button', exact(t('accounts.secondFactor.start'))).click()));
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), t('accounts.secondFactorSetup.title'));
  assert.equal(
    await page.getByRole('img', exact(t('accounts.secondFactorSetup.scan.qrLabel'))).count(),
    1,
    'the QR code is an image with a name',
  );
  const secret = await keyOnPage(page);
  const user = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
  await page.getByLabel(t('accounts.secondFactor.field.code.label'), { exact: true }).fill(await nextTotpCode(db, user.id, secret));
  await check(
    page,
    await navigate(page, () => page.getByRole('button', exact(t('accounts.secondFactorSetup.confirm.submit'))).click()),
  );
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), t('accounts.recoveryCodes.title'));
  const recoveryCodes = await page.locator('.recovery-codes code').allInnerTexts();
  assert.equal(recoveryCodes.length, 10, 'ten recovery codes');
  return { secret, recoveryCodes };
}

/** On the code step after the password: types `code` and continues. */
export async function typeCode(page: Page, t: Translate, check: Check, code: string): Promise<void> {
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), t('accounts.signInCode.title'));
  await page.getByLabel(t('accounts.secondFactor.field.code.label'), { exact: true }).fill(code);
  await check(page, await navigate(page, () => page.getByRole('button', exact(t('accounts.signInCode.submit'))).click()));
}

/** A code from `secret` the app has not accepted yet for the account with this address. */
export async function codeFor(db: Kysely<DB>, email: string, secret: string): Promise<string> {
  const user = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
  return nextTotpCode(db, user.id, secret);
}
