// The gallery and the home page in a real browser: axe finds no WCAG 2.2 AA violation at 320 px
// and 1280 px, in light and dark colour schemes, nothing scrolls sideways at 320 px, and the
// enhancement script does what it promises (and nothing breaks without it).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { startTestApp, type TestApp } from '../../../test/support/harness.ts';
import { createUser, sessionFor, SESSION_COOKIE } from '../../../test/support/accounts.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SHOTS = process.env.SCREENSHOT_DIR ?? path.join(os.tmpdir(), 'inclusio-screenshots');

const found = fs.existsSync(CHROMIUM);
if (!found && process.env.CI === 'true')
  throw new Error(`CI=true but Chromium is not at ${CHROMIUM} (set CHROMIUM_PATH)`);
if (!found) console.log(`# skipping browser checks: Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH)`);

describe('design system in a browser', { skip: !found }, () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let session: string;

  before(async () => {
    t = await startTestApp('sqlite');
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    const user = await createUser(t.db, { secretariat: true, name: 'Sam Secretariaat' });
    // A secretariat session that has proven its second factor, as after the code step.
    session = await sessionFor(t.db, user.id);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    fs.mkdirSync(SHOTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });

  async function open(url: string, opts: BrowserContextOptions & { signedIn?: boolean } = {}): Promise<Page> {
    const { signedIn, ...contextOptions } = opts;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
    if (signedIn) await context.addCookies([{ name: SESSION_COOKIE, value: session, url: base }]);
    const page = await context.newPage();
    const res = await page.goto(base + url);
    assert.equal(res?.status(), 200, `${url} answers 200`);
    return page;
  }

  const PAGES = [
    { name: 'gallery', url: '/nl/secretariat/gallery', signedIn: true },
    { name: 'home', url: '/fr', signedIn: false },
  ];
  for (const p of PAGES) {
    for (const width of [320, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        test(`${p.name} at ${width}px, ${colorScheme}: no axe violations${width === 320 ? ', no sideways scroll' : ''}`, async () => {
          const page = await open(p.url, { signedIn: p.signedIn, colorScheme, viewport: { width, height: 800 } });
          try {
            const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
            const summary = result.violations.map(
              (v) =>
                `${v.id}: ${v.help}\n    ${v.nodes
                  .map((n) => n.target.join(' '))
                  .slice(0, 5)
                  .join('\n    ')}`,
            );
            assert.deepEqual(summary, [], `axe violations on ${p.url}`);
            if (width === 320) {
              const { scrollWidth, clientWidth } = await page.evaluate(() => ({
                scrollWidth: document.documentElement.scrollWidth,
                clientWidth: document.documentElement.clientWidth,
              }));
              assert.ok(scrollWidth <= clientWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px window`);
            }
            await page.screenshot({ path: path.join(SHOTS, `${p.name}-${width}-${colorScheme}.png`), fullPage: true });
          } finally {
            await page.context().close();
          }
        });
      }
    }
  }

  test('every id on the gallery is unique', async () => {
    const page = await open('/en/secretariat/gallery', { signedIn: true });
    try {
      const duplicates = await page.evaluate(() => {
        const seen = new Map<string, number>();
        document.querySelectorAll('[id]').forEach((el) => seen.set(el.id, (seen.get(el.id) ?? 0) + 1));
        return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
      });
      assert.deepEqual(duplicates, []);
    } finally {
      await page.context().close();
    }
  });

  test('forced colours and 200 % text keep the gallery usable', async () => {
    const page = await open('/en/secretariat/gallery', {
      signedIn: true,
      forcedColors: 'active',
      viewport: { width: 640, height: 900 },
    });
    try {
      await page.screenshot({ path: path.join(SHOTS, 'gallery-forced-colors.png'), fullPage: true });
      // Text at 200 %: the root font size doubles; nothing may scroll sideways at 640 px.
      await page.evaluate(() => {
        document.documentElement.style.setProperty('font-size', '200%', 'important');
      });
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      assert.ok(scrollWidth <= clientWidth, `at 200 % text the page is ${scrollWidth}px wide in ${clientWidth}px`);
      await page.screenshot({ path: path.join(SHOTS, 'gallery-text-200.png') });
    } finally {
      await page.context().close();
    }
  });

  test('keyboard: the skip link appears first and the focus is drawn yellow and black', async () => {
    const page = await open('/en', {});
    try {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return { cls: el.className, bg: style.backgroundColor, top: box.top, height: box.height };
      });
      assert.equal(focused.cls, 'skip-link');
      assert.equal(focused.bg, 'rgb(255, 214, 10)');
      assert.ok(focused.top >= 0 && focused.height >= 24, 'the skip link is on screen and large enough');
      await page.screenshot({
        path: path.join(SHOTS, 'home-skip-link.png'),
        clip: { x: 0, y: 0, width: 1280, height: 200 },
      });
    } finally {
      await page.context().close();
    }
  });

  test('script: the error summary takes focus, and its links focus the field', async () => {
    const page = await open('/en/secretariat/gallery', { signedIn: true });
    try {
      assert.equal(await page.evaluate(() => document.activeElement?.className), 'error-summary');
      await page.click('.error-summary a[href="#field-contact"]');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'field-contact');
      // The legend above the radios is in view, not hidden above the top of the window.
      const legendTop = await page.evaluate(
        () => document.activeElement!.closest('fieldset')!.querySelector('legend')!.getBoundingClientRect().top,
      );
      assert.ok(legendTop >= 0, `legend is in view (top ${legendTop})`);
    } finally {
      await page.context().close();
    }
  });

  test('script: the copy button appears, copies, and says so politely', async () => {
    const page = await open('/de/secretariat/gallery', {
      signedIn: true,
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    try {
      const button = page.locator('button[data-copy]');
      assert.equal(await button.isVisible(), true);
      await button.click();
      const status = page.locator('.copy-status[role="status"]');
      await status.filter({ hasText: /./ }).waitFor({ timeout: 5000 });
      const text = (await status.textContent()) ?? '';
      assert.ok(
        text === 'Der Code ist kopiert.' || text.startsWith('Das Kopieren hat nicht funktioniert'),
        `status says "${text}"`,
      );
      if (text === 'Der Code ist kopiert.') {
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        assert.match(copied, /^<a href="https:\/\/inclusio\.be\/de\/signatories\/example"><img /);
      }
    } finally {
      await page.context().close();
    }
  });

  test('script: the character count follows typing, counted as the server counts', async () => {
    const page = await open('/en/secretariat/gallery', { signedIn: true });
    try {
      const field = page.locator('[data-character-count]').first();
      assert.ok(await field.getAttribute('data-count-left'), 'TextArea renders data-count-left for the script');
      assert.ok(await field.getAttribute('data-count-over'), 'TextArea renders data-count-over for the script');
      const count = field.locator('.character-count');
      await field.locator('textarea').fill('Hello\nworld');
      // 5 + CRLF + 5 = 12 of 500
      assert.equal((await count.textContent())?.trim(), '488 characters left.');
      await field.locator('textarea').fill('x'.repeat(503));
      assert.equal((await count.textContent())?.trim(), '3 characters too many.');
      assert.equal(await count.evaluate((el) => el.classList.contains('character-count--over')), true);
    } finally {
      await page.context().close();
    }
  });

  test('script: a second click while the form is on its way sends nothing, and the button’s value arrives', async () => {
    const page = await open('/en/secretariat/gallery', { signedIn: true });
    try {
      let posts = 0;
      // A slow connection: the answer to the POST takes a second and a half.
      await page.route('**/secretariat/gallery', async (route) => {
        if (route.request().method() === 'POST') {
          posts += 1;
          await new Promise((resolve) => setTimeout(resolve, 1500));
        }
        await route.continue();
      });
      await page.fill('#field-email', 'amira@example.be');
      // Both clicks from inside the page (Playwright waits for a pending navigation before it acts):
      // a first click, then, while the answer is on its way, an impatient edit (Chromium itself
      // drops a second submit of identical data) and a second click.
      await page.evaluate(() => {
        const button = document.querySelector<HTMLButtonElement>('button[name="form"][value="errors"]')!;
        button.click();
        setTimeout(() => {
          document.querySelector<HTMLTextAreaElement>('#field-description')!.value +=
            ' Nothing happens, so I click again.';
          button.click();
        }, 400);
      });
      await page.waitForTimeout(2500);
      await page.waitForURL('**/secretariat/gallery');
      await page.waitForLoadState('load');
      assert.equal(posts, 1, 'one POST for two clicks');
      // The server saw form=errors (the button's own name=value): that form shows its errors and
      // keeps what was typed, while form A has none.
      assert.equal(await page.inputValue('#field-email'), 'amira@example.be');
      assert.equal(await page.locator('#field-fullName').getAttribute('aria-invalid'), null);
      assert.equal(await page.evaluate(() => document.activeElement?.className), 'error-summary');
    } finally {
      await page.context().close();
    }
  });

  test('without JavaScript the gallery works and the copy button stays hidden', async () => {
    const page = await open('/fr/secretariat/gallery', { signedIn: true, javaScriptEnabled: false });
    try {
      assert.equal(await page.locator('button[data-copy]').isVisible(), false);
      await page.fill('#field-fullName', 'Luc Dubois');
      await page.check('#field-size');
      await Promise.all([page.waitForNavigation(), page.click('button[name="form"][value="fields"]')]);
      assert.equal(await page.inputValue('#field-fullName'), 'Luc Dubois');
      assert.equal(await page.isChecked('#field-size'), true);
      assert.match((await page.locator('.error-summary').first().textContent()) ?? '', /problème/);
    } finally {
      await page.context().close();
    }
  });
});
