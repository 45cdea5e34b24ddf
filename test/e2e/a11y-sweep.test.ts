import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { LANGS } from '../../src/platform/i18n/i18n.ts';
import { engines } from '../support/engines.ts';
import { demoSite, type DemoSite } from '../support/demo-pages.ts';
import { browserAvailable, launchBrowser, newContext, pageBasics, scrollsSideways } from './support/browser.ts';
import { axeViolationsWithoutScript, quickAxeViolations } from './support/axe.ts';
import { startServer, type RunningApp } from './support/server.ts';

/**
 * Opens every page the app has, in all four languages, as a person allowed to see it, with and
 * without JavaScript, and at 320 px: zero axe violations (WCAG 2.2 AA tags), the right lang,
 * one h1, a skip link, landmarks, hreflang alternates, no sideways scrolling.
 */
if (browserAvailable()) {
  // One engine is enough for what a page looks like; the journeys run on both.
  const engine = engines()[engines().length - 1]!;
  describe(`every page is accessible [${engine}]`, () => {
    let server: RunningApp;
    let browser: Browser;
    let site: DemoSite;

    before(async () => {
      server = await startServer(engine);
      browser = await launchBrowser();
      site = await demoSite(server);
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    // Every page in all four languages with JavaScript; without JavaScript in French (axe on a
    // copy, see support/axe.ts); at 320 px without JavaScript in Dutch (reflow and basics).
    const RUNS = [
      { javaScript: true, width: 1280, langs: LANGS, axe: true },
      { javaScript: false, width: 1280, langs: ['fr'] as const, axe: true },
      { javaScript: false, width: 320, langs: ['nl'] as const, axe: false },
    ];

    test('all pages, four languages, with and without JavaScript, at 320 px', async () => {
      const problems = site.unreachable.map((route) => `${route}: no demo account can open it`);
      for (const run of RUNS) {
        const context = await newContext(browser, { javaScript: run.javaScript, width: run.width });
        const mirrorContext =
          run.axe && !run.javaScript ? await newContext(browser, { javaScript: true, width: run.width }) : null;
        const mirror = mirrorContext ? await mirrorContext.newPage() : null;
        for (const { who, path, status, cookies } of site.pages) {
          await context.clearCookies();
          if (who !== 'anonymous')
            await context.addCookies([{ name: site.cookieName, value: site.sessions[who], url: server.baseUrl }]);
          for (const [name, value] of Object.entries(cookies ?? {}))
            await context.addCookies([{ name, value, url: server.baseUrl }]);
          for (const lang of run.langs) {
            const page = await context.newPage();
            const res = await page.goto(server.baseUrl + path(lang));
            if (res?.status() !== status)
              problems.push(`${path(lang)} as ${who}: HTTP ${res?.status()}, not ${status}`);
            problems.push(...(await pageBasics(page, lang)));
            if (run.axe)
              problems.push(
                ...(mirror ? await axeViolationsWithoutScript(page, mirror) : await quickAxeViolations(page)),
              );
            if (run.width === 320 && (await scrollsSideways(page)))
              problems.push(`${path(lang)}: scrolls sideways at 320 px`);
            await page.close();
          }
        }
        await context.close();
        await mirrorContext?.close();
      }
      assert.ok(site.pages.length >= 30, `the walk found only ${site.pages.length} pages`);
      assert.deepEqual(problems, []);
    });
  });
}
