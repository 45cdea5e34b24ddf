import assert from 'node:assert/strict';
import type { Browser, Page, Response } from 'playwright-core';
import { translator, type Translate } from '../../../src/platform/i18n/i18n.ts';
import type { RunningApp } from './server.ts';
import { CheckedJourney, navigate } from './journey.ts';
import { codeFor, typeCode } from './second-factor.ts';

// What a story told by several people in Dutch and French browsers shares (the practices'
// story, the obstacles' and actions' story): a browser per person in the language of its
// side, the checker every page goes through, and signing in and out through the forms.

/** The two languages these stories are told in; each person browses in one of them. */
export type RunLang = 'nl' | 'fr';

/** Someone who signs in. */
export interface Person {
  email: string;
  password: string;
  name: string;
  /** The key of their authenticator app, for accounts that sign in in two steps. */
  totpSecret?: string;
}

export const exact = (name: string) => ({ name, exact: true });
export const pathOf = (page: Page) => new URL(page.url()).pathname;
/** A label in a regular expression, as typed (tags such as "1. Goede praktijken delen" have dots). */
export const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The language of the page now showing, from its URL. */
const langOf = (page: Page) => pathOf(page).split('/')[1] as RunLang;

/** One run of a story on one engine, with JavaScript off in every browser. */
export class BilingualRun {
  readonly t: Record<RunLang, Translate> = { nl: translator('nl'), fr: translator('fr') };
  /** Dutch-speaking browsers for one side of the story, French-speaking ones for the other. */
  private journeys: Record<RunLang, CheckedJourney>;

  constructor(
    readonly server: RunningApp,
    browser: Browser,
  ) {
    this.journeys = {
      nl: new CheckedJourney(browser, { javaScript: false, locale: 'nl-BE' }),
      fr: new CheckedJourney(browser, { javaScript: false, locale: 'fr-BE' }),
    };
  }

  person(lang: RunLang, who: string): Promise<Page> {
    return this.journeys[lang].person(who);
  }

  /** Checks the page now showing (status, axe, lang, one h1, landmarks), in the language of its URL. */
  check = (page: Page, response: Response | null, status?: number): Promise<void> => {
    const lang = langOf(page);
    return this.journeys[lang].check(page, lang, response, status);
  };

  /** Opens `url`, checks it. */
  async open(page: Page, url: string, status?: number): Promise<void> {
    await this.check(page, await page.goto(`${this.server.baseUrl}${url}`), status);
  }

  /** Clicks `target` (a link or button), waits for the page it leads to, checks it. */
  async follow(page: Page, target: ReturnType<Page['getByRole']>, status?: number): Promise<void> {
    await this.check(page, await navigate(page, () => target.click()), status);
  }

  /**
   * On the sign-in form: the address, the password, Enter; then, for an account with two-step
   * sign-in, a code from its authenticator app.
   */
  async signIn(page: Page, lang: RunLang, who: Person): Promise<void> {
    const t = this.t[lang];
    assert.equal(pathOf(page), `/${lang}/sign-in`);
    await page.getByLabel(t('accounts.field.email.label'), { exact: true }).fill(who.email);
    const password = page.getByLabel(t('accounts.field.password.label'), { exact: true });
    await password.fill(who.password);
    await this.check(page, await navigate(page, () => password.press('Enter')));
    if (who.totpSecret) {
      assert.equal(pathOf(page), `/${lang}/sign-in/code`, 'then the code from the app');
      await typeCode(page, t, this.check, await codeFor(this.server.db, who.email, who.totpSecret));
    }
  }

  /** From the home page (where signing out leaves a person): "sign in" in the header, then the form. */
  async signInFromHome(page: Page, who: Person, lang: RunLang = 'nl'): Promise<void> {
    if (page.url() === 'about:blank') await this.open(page, `/${lang}`);
    assert.equal(pathOf(page), `/${lang}`);
    await this.follow(page, page.getByRole('banner').getByRole('link', exact(this.t[lang]('layout.signIn'))));
    await this.signIn(page, lang, who);
  }

  async signOut(page: Page): Promise<void> {
    const t = this.t[langOf(page)];
    await this.follow(page, page.getByRole('button', exact(t('layout.signOut'))));
    assert.ok(await page.getByRole('link', exact(t('layout.signIn'))).isVisible(), 'signed out');
  }

  /** Every page's problems, from both languages' browsers. */
  get problems(): string[] {
    return [...this.journeys.nl.problems, ...this.journeys.fr.problems];
  }

  get visited(): number {
    return this.journeys.nl.visited.length + this.journeys.fr.visited.length;
  }

  async close(): Promise<void> {
    await this.journeys.nl.close();
    await this.journeys.fr.close();
  }
}
