import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Whether browser tests can run here. Without Chromium they are skipped with one line saying
 * why — except under CI=true, where a missing browser is a failure.
 */
export function browserAvailable(): boolean {
  if (fs.existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI === 'true') throw new Error(`CI=true but Chromium was not found at ${CHROMIUM_PATH}`);
  if (!warned) {
    warned = true;
    console.log(`# skipping browser tests: Chromium not found at ${CHROMIUM_PATH} (set CHROMIUM_PATH)`);
  }
  return false;
}
let warned = false;

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function newContext(browser: Browser, opts: { javaScript: boolean; width?: number; locale?: string }): Promise<BrowserContext> {
  return browser.newContext({
    javaScriptEnabled: opts.javaScript,
    viewport: { width: opts.width ?? 1280, height: 900 },
    locale: opts.locale ?? 'nl-BE',
  });
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe with the WCAG 2.2 AA tags; returns one line per violation (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return result.violations.map(
    (v) => `${page.url()} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`,
  );
}

/** The basics every page must have: lang, one h1, a skip link to main, landmarks. */
export async function pageBasics(page: Page, lang: string): Promise<string[]> {
  const problems: string[] = [];
  const url = page.url();
  if ((await page.getAttribute('html', 'lang')) !== lang) problems.push(`${url}: html lang is not ${lang}`);
  const h1 = await page.locator('h1').count();
  if (h1 !== 1) problems.push(`${url}: ${h1} h1 elements`);
  if ((await page.locator('a.skip-link[href="#main"]').count()) !== 1) problems.push(`${url}: no skip link`);
  for (const sel of ['header', 'main#main', 'footer', 'nav']) {
    if ((await page.locator(sel).count()) < 1) problems.push(`${url}: no ${sel}`);
  }
  const alternates = await page.locator('link[rel="alternate"][hreflang]').count();
  if (alternates < 4) problems.push(`${url}: ${alternates} hreflang alternates`);
  return problems;
}

/** True when the page is wider than the viewport (fails 320 px reflow). */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}
