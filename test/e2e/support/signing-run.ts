import assert from 'node:assert/strict';
import type { Browser, Page, Response } from 'playwright-core';
import { LOCALE_TAG, translator, type Translate } from '../../../src/platform/i18n/i18n.ts';
import { formatters, type Formatters } from '../../../src/platform/i18n/format.ts';
import type { RunningApp } from './server.ts';
import { CheckedJourney, freshEnterpriseNumber, navigate } from './journey.ts';

// What every step of the signing journey (signing-steps.ts, approval-steps.ts) shares: the run's
// language and people, the checker every page goes through, and the few look-ups several steps
// make. The steps pass this object along instead of closing over one long function's variables.

/** The languages the whole journey runs in: French and Dutch, the two largest communities. */
export type JourneyLang = 'fr' | 'nl';

/** The applicant's password, the same in every run: each run has its own address. */
export const PASSWORD = 'drie lange woorden achter elkaar';

/** The secretariat account: the first test makes it through the set-up link; each journey signs in with it. */
export const SECRETARIAT = {
  name: 'Sam Secretariaat',
  email: 'secretariaat@example.be',
  password: 'le secrétariat garde la clé',
};

/** Names written the way people of each language community write them (accents and all). */
const PEOPLE = {
  fr: {
    applicant: 'Camille Lefèvre',
    executive: 'Jeanne Dupont',
    title: 'Directrice générale',
    org: 'Lire et Écrire Numérique',
    description: 'Nous aidons les personnes à faire leurs premiers pas en ligne, près de chez elles.',
  },
  nl: {
    applicant: 'Pieter Janssens',
    executive: 'Els Wouters',
    title: 'Algemeen directeur',
    org: 'Digitaal Buurthuis',
    description: 'Wij helpen mensen in de buurt met hun eerste stappen online.',
  },
} as const;

/** An application once sent: the ids later steps look it up by, and the slug of its public profile. */
export interface SentApplication {
  id: string;
  orgId: string;
  slug: string;
}

/** One run of the journey: one engine, one language, JavaScript on or off. */
export class SigningRun {
  readonly t: Translate;
  readonly fmt: Formatters;
  readonly journey: CheckedJourney;
  readonly applicant: { name: string; email: string };
  readonly executive: { name: string; title: string; email: string };
  readonly organisation: { name: string; enterpriseNumber: string; description: string };

  constructor(
    readonly server: RunningApp,
    browser: Browser,
    readonly lang: JourneyLang,
    readonly javaScript: boolean,
  ) {
    this.t = translator(lang);
    this.fmt = formatters(lang);
    this.journey = new CheckedJourney(browser, { javaScript, locale: LOCALE_TAG[lang] });
    // The four runs share one database per engine: addresses and names must not collide.
    const who = PEOPLE[lang];
    const tag = `${lang}-${javaScript ? 'js' : 'nojs'}`;
    this.applicant = { name: who.applicant, email: `contact-${tag}@example.be` };
    this.executive = { name: who.executive, title: who.title, email: `direction-${tag}@example.be` };
    this.organisation = {
      name: `${who.org} ${javaScript ? 'Plus' : 'Basis'}`,
      enterpriseNumber: freshEnterpriseNumber(),
      description: who.description,
    };
  }

  /** Checks the page now showing, in the run's language (see CheckedJourney.check). */
  readonly check = (page: Page, response: Response | null, status?: number): Promise<void> =>
    this.journey.check(page, this.lang, response, status);
}

/** Options for a locator that must match the accessible name exactly, not as a substring. */
export const exact = (name: string) => ({ name, exact: true });

/** The path of the page now showing. */
export const pathOf = (page: Page) => new URL(page.url()).pathname;

/** The fieldset (role group) named by its legend. */
export function group(page: Page, legend: string) {
  return page.getByRole('group', exact(legend));
}

/** Searches the directory by name with its form and button; true when a result links to `name`. */
export async function searchDirectory(run: SigningRun, page: Page, name: string): Promise<boolean> {
  const { t } = run;
  const search = page.getByRole('search', exact(t('signatories.filters.label')));
  await search.getByLabel(t('signatories.filters.q'), { exact: true }).fill(name);
  await run.check(
    page,
    await navigate(page, () => search.getByRole('button', exact(t('signatories.filters.submit'))).click()),
  );
  assert.equal(new URL(page.url()).searchParams.get('q'), name);
  return (await page.getByRole('link', exact(name)).count()) > 0;
}

/** The application's status and its organisation's, joined with a comma for a one-line assertion. */
export async function statusOf(server: RunningApp, { id, orgId }: SentApplication): Promise<string> {
  const app = await server.db
    .selectFrom('applications')
    .select('status')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const org = await server.db
    .selectFrom('organisations')
    .select('status')
    .where('id', '=', orgId)
    .executeTakeFirstOrThrow();
  return [app.status, org.status].join();
}
