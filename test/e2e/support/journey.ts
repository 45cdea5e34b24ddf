import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { checkDigits, formatEnterpriseNumber } from '../../../src/features/organisations/enterprise-number.ts';
import type { SentMail } from '../../support/outbox.ts';
import { newContext, pageBasics } from './browser.ts';
import { axeViolationsWithoutScript, quickAxeViolations } from './axe.ts';

// Helpers for browser journeys: every page visited is checked (axe with the WCAG 2.2 AA tags,
// the page basics, the HTTP status, script errors) and the problems are collected, so one run
// reports everything it saw instead of stopping at the first.

/**
 * Runs `action` (a click, a submit) and waits for the page it leads to to load; returns the
 * final response (after redirects) so its status can be checked.
 */
export async function navigate(page: Page, action: () => Promise<unknown>): Promise<Response | null> {
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), action()]);
  return response;
}

/** A link from a mail or the set-up announcement points at config.baseUrl; the test server listens elsewhere. */
export function onServer(link: string, baseUrl: string): string {
  const url = new URL(link);
  return `${baseUrl}${url.pathname}${url.search}${url.hash}`;
}

/** The newest link in the mails to `to` whose path contains `part`. */
export function linkInMail(mails: SentMail[], to: string, part: string): string {
  for (let i = mails.length - 1; i >= 0; i--) {
    const mail = mails[i]!;
    if (!mail.to.toLowerCase().includes(to.toLowerCase())) continue;
    const link = mail.links.find((l) => l.includes(part));
    if (link) return link;
  }
  throw new Error(
    `no mail to ${to} with a link containing ${part} (mails: ${mails.map((m) => `${m.to}: ${m.subject}`).join('; ')})`,
  );
}

let enterpriseCounter = 0;
const enterpriseBase = 1_000_000 + Math.floor(Math.random() * 8_000_000);

/** A fresh valid enterprise number, written the way people write it (0xxx.xxx.xxx). */
export function freshEnterpriseNumber(): string {
  const firstEight = `0${String(enterpriseBase + ++enterpriseCounter).padStart(7, '0')}`;
  return formatEnterpriseNumber(`${firstEight}${String(checkDigits(Number(firstEight))).padStart(2, '0')}`);
}

/**
 * The pages one journey visits, each checked, and the browser contexts it opened (closed by
 * `close()`). `problems` is what the test asserts empty at the end.
 */
export class CheckedJourney {
  readonly problems: string[] = [];
  readonly visited: string[] = [];
  private contexts: BrowserContext[] = [];
  private mirror: Page | null = null;

  constructor(
    private browser: Browser,
    private opts: { javaScript: boolean; locale: string },
  ) {}

  /** A fresh browser (its own cookies) for one person; script errors on its pages are problems. */
  async person(who: string): Promise<Page> {
    const context = await newContext(this.browser, { javaScript: this.opts.javaScript, locale: this.opts.locale });
    this.contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (err) => this.problems.push(`${who} ${page.url()}: script error: ${err.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      // The browser logs every 4xx document it shows; the status is checked on its own below.
      if (
        /^Failed to load resource: the server responded with a status of 4\d\d/.test(message.text()) &&
        message.location().url === page.url()
      )
        return;
      this.problems.push(`${who} ${page.url()}: console error: ${message.text()}`);
    });
    return page;
  }

  /** Checks the page now showing: status, axe, lang, one h1, skip link, landmarks, alternates. */
  async check(page: Page, lang: string, response: Response | null, expectedStatus = 200): Promise<void> {
    const url = page.url();
    this.visited.push(url);
    const started = Date.now();
    const status = response?.status();
    if (status !== expectedStatus) this.problems.push(`${url}: HTTP ${status}, expected ${expectedStatus}`);
    this.problems.push(...(await pageBasics(page, lang)));
    const basics = Date.now();
    this.problems.push(
      ...(this.opts.javaScript
        ? await quickAxeViolations(page)
        : await axeViolationsWithoutScript(page, await this.mirrorPage())),
    );
    // JOURNEY_TIMING=1 prints how long each page's checks took.
    if (process.env.JOURNEY_TIMING) console.log(`# ${Date.now() - started} ms (basics ${basics - started}) ${url}`);
  }

  private async mirrorPage(): Promise<Page> {
    if (!this.mirror) {
      const context = await newContext(this.browser, { javaScript: true, locale: this.opts.locale });
      this.contexts.push(context);
      this.mirror = await context.newPage();
    }
    return this.mirror;
  }

  async close(): Promise<void> {
    for (const context of this.contexts) await context.close();
    this.contexts = [];
    this.mirror = null;
  }
}

/** The element that has focus, described well enough for an assertion message. */
export function focused(page: Page): Promise<{ id: string; className: string; tag: string }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return { id: el?.id ?? '', className: el?.className ?? '', tag: el?.tagName.toLowerCase() ?? '' };
  });
}

/** The accessible description of a field: the text of the elements its aria-describedby names. */
export function describedByText(page: Page, selector: string): Promise<string> {
  return page.locator(selector).evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}
