import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { translator, type Lang } from '../../src/platform/i18n/i18n.ts';
import { SESSION_COOKIE } from '../../src/features/accounts/sessions.ts';
import { normaliseEnterpriseNumber } from '../../src/features/organisations/enterprise-number.ts';
import { engines } from '../support/engines.ts';
import { clearRateLimits, createUser, sessionFor } from '../support/accounts.ts';
import { newContext } from './support/browser.ts';
import { describeWithBrowser, type RunningApp } from './support/server.ts';
import { freshEnterpriseNumber, linkInMail, navigate, onServer } from './support/journey.ts';

/**
 * The signing journey with the keyboard only (no mouse, no clicks): Tab, Shift+Tab, Enter,
 * Space and the arrow keys. Proves that the skip link is the first stop and works, that every
 * control on the way can be reached in an order that follows the page, that each focused
 * control shows a visible focus indicator, and that the forms can be filled and sent —
 * in French without JavaScript and in Dutch with it, on SQLite and PostgreSQL.
 * (The pages themselves are checked with axe by signing-journey.test.ts.)
 */

const PASSWORD = 'vier woorden op een rij';

interface Stop {
  label: string;
  matches: boolean;
  indicator: boolean;
  inOrder: boolean;
}

/**
 * Presses Tab until the focused element matches `selector`. At every stop: is the focus
 * visible (outline, box shadow, or the custom box of a radio or checkbox), and does the new
 * stop come after the previous one in the page? Problems are added to `problems`.
 */
async function tabTo(page: Page, selector: string, problems: string[], max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop: Stop = await page.evaluate((sel) => {
      const el = document.activeElement as HTMLElement | null;
      const w = window as unknown as { kbPrevious?: Element };
      if (!el || el === document.body) return { label: 'body', matches: false, indicator: true, inOrder: true };
      const style = getComputedStyle(el);
      // (No named helper functions in here: the bundler would wrap them in a helper the page lacks.)
      const opaqueOutline = style.outlineColor !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(style.outlineColor);
      let indicator =
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && opaqueOutline) ||
        (style.boxShadow !== '' && style.boxShadow !== 'none');
      if (!indicator && el.classList.contains('choice__input')) {
        const label = document.querySelector(`label[for="${el.id}"]`);
        indicator = !!label && getComputedStyle(label, '::before').boxShadow !== 'none';
      }
      const previous = w.kbPrevious;
      const inOrder =
        !previous ||
        !previous.isConnected ||
        !!(previous.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
      w.kbPrevious = el;
      const name = el.id ? `#${el.id}` : (el.textContent ?? '').trim().slice(0, 40);
      return { label: `${el.tagName.toLowerCase()} ${name}`, matches: el.matches(sel), indicator, inOrder };
    }, selector);
    if (!stop.indicator) problems.push(`${page.url()}: no visible focus on ${stop.label}`);
    if (!stop.inOrder) problems.push(`${page.url()}: focus went back up the page to ${stop.label}`);
    if (stop.matches) return;
  }
  throw new Error(`${page.url()}: ${max} presses of Tab never reached ${selector}`);
}

async function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

async function checked(page: Page, id: string): Promise<boolean> {
  return page.locator(`#${id}`).isChecked();
}

describeWithBrowser('signing the charter with the keyboard only', (ctx) => {
  if (ctx.engine === engines()[0])
    test('the focus check can fail: a control without a focus style is reported', async () => {
      // (The page's CSP refuses inline styles; this test needs one to remove the focus style.)
      const context = await ctx.browser.newContext({
        javaScriptEnabled: false,
        bypassCSP: true,
        viewport: { width: 1280, height: 900 },
      });
      try {
        const page = await context.newPage();
        await page.goto(`${ctx.server.baseUrl}/fr`);
        // (Not addStyleTag: it waits for a load event that never comes with JavaScript off.)
        await page.evaluate(() => {
          const style = document.createElement('style');
          style.textContent = '.button:focus-visible { outline: none !important; box-shadow: none !important; }';
          document.head.append(style);
        });
        const problems: string[] = [];
        await tabTo(page, 'main .button', problems);
        assert.equal(problems.length, 1, problems.join('\n'));
        assert.match(problems[0]!, /no visible focus on a /);
      } finally {
        await context.close();
      }
    });

  for (const [lang, javaScript] of [
    ['fr', false],
    ['nl', true],
  ] as const) {
    test(`${lang}, JavaScript ${javaScript ? 'on' : 'off'}: skip link, sign-up, application and signature by keyboard`, async () => {
      await clearRateLimits(ctx.server.db);
      await keyboardJourney(ctx.server, ctx.browser, lang, javaScript);
    });
  }
});

async function keyboardJourney(server: RunningApp, browser: Browser, lang: Lang, javaScript: boolean) {
  const t = translator(lang);
  const problems: string[] = [];
  const email = `clavier-${lang}-${javaScript ? 'js' : 'nojs'}@example.be`;
  const executiveEmail = `toetsenbord-${lang}-${javaScript ? 'js' : 'nojs'}@example.be`;
  const orgName = `Clavier et Toetsenbord ${lang.toUpperCase()}`;
  const enterpriseNumber = freshEnterpriseNumber();
  const contexts: BrowserContext[] = [];
  const open = async () => {
    const context = await newContext(browser, { javaScript, locale: lang === 'fr' ? 'fr-BE' : 'nl-BE' });
    contexts.push(context);
    return context.newPage();
  };
  const path = (page: Page) => new URL(page.url()).pathname;
  const enter = (page: Page) => navigate(page, () => page.keyboard.press('Enter'));

  try {
    // ---- The home page: the skip link is the first stop, shows itself, and leads to the content.
    const page = await open();
    await page.goto(`${server.baseUrl}/${lang}`);
    await tabTo(page, 'a.skip-link', problems, 1);
    assert.equal(await page.locator('a.skip-link').innerText(), t('layout.skipLink'));
    const box = await page.locator('a.skip-link').boundingBox();
    assert.ok(box && box.y >= 0 && box.height > 0, 'the focused skip link is on screen');
    await page.keyboard.press('Enter');
    assert.equal(await focusedId(page), 'main', 'the skip link moves focus to the main content');
    await page.keyboard.press('Tab');
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent?.trim()),
      t('home.sign'),
      'after the skip link, the next stop is the first action of the page',
    );
    await enter(page);
    assert.equal(path(page), `/${lang}/sign`);

    // ---- Create an account: Tab from field to field, Enter sends.
    await tabTo(page, `a[href^="/${lang}/sign-up"]`, problems);
    await enter(page);
    assert.equal(path(page), `/${lang}/sign-up`);
    await tabTo(page, '#field-name', problems);
    await page.keyboard.type('Noor Claes');
    await page.keyboard.press('Tab');
    assert.equal(await focusedId(page), 'field-email', 'name, then e-mail');
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    assert.equal(await focusedId(page), 'field-password', 'e-mail, then password');
    await page.keyboard.type(PASSWORD);
    await enter(page);
    assert.equal(path(page), `/${lang}/sign-up/sent`);

    // ---- Confirm the address: signed in since sign-up, so straight on to the form.
    await page.goto(onServer(linkInMail(await server.mails(), email, '/verify-email/'), server.baseUrl));
    await tabTo(page, 'main button[type="submit"], main button:not([type])', problems);
    await enter(page);
    assert.equal(path(page), `/${lang}/sign/apply`, 'signed in, on the application form');

    // ---- The application: every control by keyboard, radios with the arrow keys, boxes with Space.
    await tabTo(page, '#field-enterpriseNumber', problems);
    await page.keyboard.type(enterpriseNumber);
    await page.keyboard.press('Tab');
    assert.equal(await focusedId(page), 'field-legalName');
    await page.keyboard.type(orgName);
    await page.keyboard.press('Tab'); // into the sector radios: the first one
    assert.equal(await focusedId(page), 'field-sector');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.ok(await checked(page, 'field-sector-nonprofit'), 'arrow keys choose a sector');
    await page.keyboard.press('Tab'); // one stop per radio group
    assert.equal(await focusedId(page), 'field-sizeBand');
    await page.keyboard.press('ArrowDown');
    assert.ok(await checked(page, 'field-sizeBand-small'));
    await page.keyboard.press('Tab');
    assert.equal(await focusedId(page), 'field-regions', 'the first region box');
    await page.keyboard.press('Space');
    assert.ok(await checked(page, 'field-regions'), 'Space ticks a box');
    await tabTo(page, `#field-languages${lang === 'nl' ? '' : `-${lang}`}`, problems);
    await page.keyboard.press('Space');
    await tabTo(page, `#field-description_${lang}`, problems);
    await page.keyboard.type(
      lang === 'fr' ? 'Nous formons au numérique, au clavier.' : 'Wij leren mensen digitaal werken.',
    );
    await tabTo(page, '#field-executiveName', problems);
    await page.keyboard.type('Robin Lambert');
    await page.keyboard.press('Tab');
    await page.keyboard.type(lang === 'fr' ? 'Président' : 'Voorzitter');
    await page.keyboard.press('Tab');
    assert.equal(await focusedId(page), 'field-executiveEmail');
    await page.keyboard.type(executiveEmail);
    await tabTo(page, 'button[value="send"]', problems);
    await enter(page);
    assert.match(path(page), new RegExp(`^/${lang}/sign/applications/[0-9a-f-]{36}$`), 'the application is sent');
    const digits = normaliseEnterpriseNumber(enterpriseNumber)!;
    const org = await server.db
      .selectFrom('organisations')
      .select(['id', 'status'])
      .where('enterprise_number', '=', digits)
      .executeTakeFirstOrThrow();
    assert.equal(org.status, 'applicant');

    // ---- The executive signs with the keyboard.
    const boss = await open();
    await boss.goto(onServer(linkInMail(await server.mails(), executiveEmail, '/sign/confirm/'), server.baseUrl));
    if (javaScript) {
      // Sending without the commitment: the summary takes focus, Tab reaches its link, Enter the box.
      await tabTo(boss, 'button[value="sign"]', problems, 200);
      await enter(boss);
      assert.match(await boss.evaluate(() => document.activeElement?.className ?? ''), /error-summary/);
      await boss.keyboard.press('Tab');
      assert.equal(await boss.evaluate(() => document.activeElement?.getAttribute('href')), '#field-commit');
      await boss.keyboard.press('Enter');
      assert.equal(await focusedId(boss), 'field-commit', 'the summary link puts focus on the box');
      await boss.evaluate(
        () => ((window as unknown as { kbPrevious?: Element }).kbPrevious = document.activeElement ?? undefined),
      );
    } else {
      await tabTo(boss, '#field-commit', problems, 200);
    }
    await boss.keyboard.press('Space');
    assert.ok(await checked(boss, 'field-commit'));
    await tabTo(boss, 'button[value="sign"]', problems);
    await enter(boss);
    assert.equal(await boss.getByRole('heading', { level: 1 }).innerText(), t('signing.done.signed.title'));

    // ---- The secretariat approves with the keyboard.
    const secretary = await createUser(server.db, {
      secretariat: true,
      locale: lang,
      email: `secretariat-${lang}-${javaScript ? 'js' : 'nojs'}@example.be`,
    });
    const desk = await open();
    await desk
      .context()
      .addCookies([{ name: SESSION_COOKIE, value: await sessionFor(server.db, secretary.id), url: server.baseUrl }]);
    const application = await server.db
      .selectFrom('applications')
      .select('id')
      .where('org_id', '=', org.id)
      .executeTakeFirstOrThrow();
    await desk.goto(`${server.baseUrl}/${lang}/secretariat/applications/${application.id}`);
    await tabTo(desk, `form[action$="/approve"] button`, problems);
    await enter(desk);
    assert.ok(await desk.getByText(t('signing.flash.approved')).isVisible());
    const after = await server.db
      .selectFrom('organisations')
      .select('status')
      .where('id', '=', org.id)
      .executeTakeFirstOrThrow();
    assert.equal(after.status, 'signatory');
  } finally {
    for (const context of contexts) await context.close();
  }
  assert.deepEqual(problems, []);
}
