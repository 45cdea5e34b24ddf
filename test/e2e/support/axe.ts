import { createRequire } from 'node:module';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { WCAG_TAGS } from './browser.ts';

// axe for journeys that check many pages. Same axe-core, same WCAG 2.2 AA tags and the same
// one-line-per-violation report as `axeViolations` in browser.ts, but about four times faster:
// the minified axe is injected once per document and only violations come back (AxeBuilder
// injects the full source twice and opens a blank page for every run).

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  help: string;
  nodes: { target: unknown[] }[];
}

/** axe with the WCAG 2.2 AA tags on a page with JavaScript on; one line per violation. */
export async function quickAxeViolations(page: Page, url = page.url()): Promise<string[]> {
  if (await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'undefined'))
    await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: Violation[] }> } })
      .axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  }, WCAG_TAGS);
  return violations.map(
    (v) =>
      `${url} ${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
}

/**
 * axe on a page shown with JavaScript off. axe cannot run in such a page itself: with script
 * execution disabled the page's timers and MutationObserver callbacks never fire, so axe's
 * promises never settle (`axeViolations` in browser.ts waits forever). So the page's HTML as the
 * browser parsed it (no script ran, so the DOM is the server's HTML) is written into `mirror`, a
 * page with JavaScript on at the same origin, minus its <script> elements (they did not run
 * either). Styles, images and fonts load from the server as usual, so contrast and layout are
 * the real ones; axe stays injected in the mirror from one page to the next.
 */
export async function axeViolationsWithoutScript(page: Page, mirror: Page): Promise<string[]> {
  const url = page.url();
  const origin = new URL(url).origin;
  if (new URL(mirror.url()).origin !== origin) await mirror.goto(`${origin}/`);
  const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
  await mirror.setContent(html, { waitUntil: 'load' });
  return quickAxeViolations(mirror, url);
}
