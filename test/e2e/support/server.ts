import { after, before, describe } from 'node:test';
import type { Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../../support/harness.ts';
import { engines, type EngineName } from '../../support/engines.ts';
import { browserAvailable, launchBrowser } from './browser.ts';

export interface RunningApp extends TestApp {
  baseUrl: string;
}

/** The real app on a loopback port, with its own fresh database. */
export async function startServer(engine: EngineName): Promise<RunningApp> {
  const t = await startTestApp(engine);
  const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
  return Object.assign(t, { baseUrl: address });
}

export interface BrowserSuite {
  engine: EngineName;
  /** One Chromium for the whole suite; set before the first test. */
  browser: Browser;
  /** The app on this engine, on a fresh database; set before the first test. */
  server: RunningApp;
}

/**
 * A browser suite run once per engine: one Chromium for all, and per engine the real app on a
 * loopback port. Skipped with one line when Chromium is missing (a failure under CI=true).
 */
export function describeWithBrowser(title: string, suite: (ctx: BrowserSuite) => void): void {
  if (!browserAvailable()) return;
  describe(title, () => {
    let browser: Browser | undefined;
    before(async () => {
      browser = await launchBrowser();
    });
    after(async () => {
      await browser?.close();
    });
    for (const engine of engines()) {
      describe(`[${engine}]`, () => {
        const ctx = { engine } as BrowserSuite;
        before(async () => {
          ctx.browser = browser!;
          ctx.server = await startServer(engine);
        });
        after(async () => {
          await ctx.server?.close();
        });
        suite(ctx);
      });
    }
  });
}
