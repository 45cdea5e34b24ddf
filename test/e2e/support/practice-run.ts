import assert from 'node:assert/strict';
import type { Browser, Page, Response } from 'playwright-core';
import { translator, type Lang, type Translate } from '../../../src/platform/i18n/i18n.ts';
import { DEMO_ACCOUNTS } from '../../../src/cli/seed.ts';
import { now } from '../../../src/platform/db/sql.ts';
import { createUser, TEST_PASSWORD } from '../../support/accounts.ts';
import type { RunningApp } from './server.ts';
import { CheckedJourney, navigate } from './journey.ts';
import { codeFor, typeCode } from './second-factor.ts';

// What the steps of the practice's story (practice-steps.ts) share: the people, the practice as
// they write it, the checker every page goes through, and signing in and out through the forms.
// The writing side is in Dutch, the reading side in French, each in a browser of its language.

/** Someone who signs in: a demo account (README) or the adopter made for the story. */
export interface Person {
  email: string;
  password: string;
  name: string;
  /** The key of their authenticator app, for accounts that sign in in two steps. */
  totpSecret?: string;
}

const demo = (role: (typeof DEMO_ACCOUNTS)[number]['role']): Person => {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role)!;
  return { ...account, totpSecret: 'totpSecret' in account ? account.totpSecret : undefined };
};

/** The demo organisation the admin and the member belong to. */
export const AUTHOR_ORG = 'Digitaal Samen vzw';
/** A French-speaking demo signatory; the story gives it a member who adopts the practice. */
export const ADOPTER_ORG = 'Atelier Clic & Déclic asbl';

/** The practice as the member writes it: a first sitting, a second one, and the fix asked for. */
export const PRACTICE = {
  title: 'Een loket zonder afspraak voor wie niet online wil',
  summary:
    'Wie liever niet online werkt, kan elke werkdag zonder afspraak aan ons loket terecht. Een medewerker vult de aanvraag samen met de klant in.',
  body: '## Hoe het werkt\n\nElke werkdag van 9 tot 12 uur zit er een medewerker aan het loket.\n\n- geen afspraak nodig\n- formulieren ook op papier\n- in het Nederlands en het Frans',
  periodStart: '2025-02-03',
  results: 'In het eerste halfjaar kwamen 620 mensen langs; een op de drie had nooit een online account.',
  peopleReached: '620',
  comment: 'Vermeld nog wat het loket opleverde en hoeveel mensen er langskwamen, dan publiceren we het graag.',
  adoptionNote: 'Nous avons ouvert le même guichet le mardi matin : il est plein chaque semaine.',
};

export const exact = (name: string) => ({ name, exact: true });
export const pathOf = (page: Page) => new URL(page.url()).pathname;
/** A label in a regular expression, as typed (tags such as "1. Goede praktijken delen" have dots). */
export const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One run of the story on one engine. */
export class PracticeRun {
  readonly t: Record<'nl' | 'fr', Translate> = { nl: translator('nl'), fr: translator('fr') };
  readonly member = demo('org-member');
  readonly admin = demo('org-admin');
  readonly secretariat = demo('secretariat');
  readonly adopter: Person = {
    email: 'lea.dubois@atelier-clic-declic.example',
    password: TEST_PASSWORD,
    name: 'Léa Dubois',
  };
  /** Dutch-speaking browsers for the writers and the secretariat, French-speaking ones for the readers. */
  private journeys: Record<'nl' | 'fr', CheckedJourney>;

  constructor(
    readonly server: RunningApp,
    browser: Browser,
  ) {
    this.journeys = {
      nl: new CheckedJourney(browser, { javaScript: false, locale: 'nl-BE' }),
      fr: new CheckedJourney(browser, { javaScript: false, locale: 'fr-BE' }),
    };
  }

  /** The adopter's account, a member of ADOPTER_ORG: the demo has no sign-in for a second signatory. */
  async addAdopter(): Promise<void> {
    const org = await this.server.db
      .selectFrom('organisations')
      .select('id')
      .where('legal_name', '=', ADOPTER_ORG)
      .executeTakeFirstOrThrow();
    const user = await createUser(this.server.db, { email: this.adopter.email, name: this.adopter.name, locale: 'fr' });
    await this.server.db
      .insertInto('memberships')
      .values({ org_id: org.id, user_id: user.id, role: 'member', created_at: now() })
      .execute();
  }

  person(lang: 'nl' | 'fr', who: string): Promise<Page> {
    return this.journeys[lang].person(who);
  }

  /** Checks the page now showing (status, axe, lang, one h1, landmarks), in the language of its URL. */
  check = (page: Page, response: Response | null, status?: number): Promise<void> => {
    const lang = pathOf(page).split('/')[1] as 'nl' | 'fr';
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
  async signIn(page: Page, lang: Lang, who: Person): Promise<void> {
    const t = translator(lang);
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

  /** From the home page (where signing out leaves a person): "Aanmelden" in the header, then the form. */
  async signInFromHome(page: Page, who: Person): Promise<void> {
    if (page.url() === 'about:blank') await this.open(page, '/nl');
    assert.equal(pathOf(page), '/nl');
    await this.follow(page, page.getByRole('banner').getByRole('link', exact(this.t.nl('layout.signIn'))));
    await this.signIn(page, 'nl', who);
  }

  async signOut(page: Page): Promise<void> {
    await this.follow(page, page.getByRole('button', exact(this.t.nl('layout.signOut'))));
    assert.ok(await page.getByRole('link', exact(this.t.nl('layout.signIn'))).isVisible(), 'signed out');
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
