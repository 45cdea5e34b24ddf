import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import type { Lang } from '../../src/platform/i18n/i18n.ts';
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
interface Run {
  lang: Lang;
  javaScript: boolean;
  width: number;
}

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

    // Each language once, axe every time, so every page is checked in all four languages and
    // in both modes: with JavaScript in Dutch and English; without it in French (axe on a
    // copy, see support/axe.ts) and in German at 320 px, German because its long compound
    // words are the likeliest to overflow. Two lanes of two runs go side by side: axe runs in
    // the page's renderer process, so two pages use both cores while the app mostly waits.
    // (Four languages with JavaScript plus two runs without it took 9.5 minutes of CI.)
    const LANES: Run[][] = [
      [
        { lang: 'nl', javaScript: true, width: 1280 },
        { lang: 'fr', javaScript: false, width: 1280 },
      ],
      [
        { lang: 'en', javaScript: true, width: 1280 },
        { lang: 'de', javaScript: false, width: 320 },
      ],
    ];

    async function sweep(run: Run): Promise<string[]> {
      const problems: string[] = [];
      const context = await newContext(browser, { javaScript: run.javaScript, width: run.width });
      const mirrorContext = run.javaScript ? null : await newContext(browser, { javaScript: true, width: run.width });
      const mirror = mirrorContext ? await mirrorContext.newPage() : null;
      const page = await context.newPage();
      for (const { who, path, status, cookies } of site.pages) {
        await context.clearCookies();
        if (who !== 'anonymous')
          await context.addCookies([{ name: site.cookieName, value: site.sessions[who], url: server.baseUrl }]);
        for (const [name, value] of Object.entries(cookies ?? {}))
          await context.addCookies([{ name, value, url: server.baseUrl }]);
        const url = path(run.lang);
        const res = await page.goto(server.baseUrl + url);
        if (res?.status() !== status) problems.push(`${url} as ${who}: HTTP ${res?.status()}, not ${status}`);
        problems.push(...(await pageBasics(page, run.lang)));
        problems.push(...(mirror ? await axeViolationsWithoutScript(page, mirror) : await quickAxeViolations(page)));
        if (run.width === 320 && (await scrollsSideways(page))) problems.push(`${url}: scrolls sideways at 320 px`);
      }
      await context.close();
      await mirrorContext?.close();
      return problems;
    }

    test('all pages, four languages, with and without JavaScript, at 320 px', async () => {
      const problems = site.unreachable.map((route) => `${route}: no demo account can open it`);
      const lanes = await Promise.all(
        LANES.map(async (runs) => {
          const found: string[] = [];
          for (const run of runs) found.push(...(await sweep(run)));
          return found;
        }),
      );
      problems.push(...lanes.flat());
      assert.ok(site.pages.length >= 30, `the walk found only ${site.pages.length} pages`);
      assert.deepEqual(problems, []);
    });
  });
}
