import type { Page } from 'playwright-core';
import { formatters } from '../../../src/platform/i18n/format.ts';
import { belgianToday } from '../../../src/features/reports/clock.ts';
import { addDays } from '../../../src/features/reports/daily.ts';
import { signedOn } from '../../../src/features/reports/test-support.ts';
import { logActivity } from '../../../src/features/activities/service.ts';
import { validActivity } from '../../../src/features/activities/test-support.ts';
import { createOrganisation, createUser, TEST_PASSWORD, TEST_TOTP_SECRET } from '../../support/accounts.ts';
import { BilingualRun, exact, type Person } from './bilingual-run.ts';

export { exact, pathOf, literal } from './bilingual-run.ts';

// What the steps of issue 10's reporting story (reports-steps.ts, reports-statement-steps.ts)
// share: a Flemish non-profit that signed in 2023 with two administrators who work in Dutch, a
// second signatory that never starts its report, the secretariat, and the texts they type. The
// accounts and organisations are made in the database, as the other journeys make theirs; the
// year's records are one activity logged through the activities' service.

/** The organisation that reports; it signed long before the year reported on. */
export const ORG = 'Digitaal Huis Mechelen vzw';
/** A signatory that never starts its report: late, then "not reporting". */
export const SILENT_ORG = 'Stille Partner nv';
/** The year reported on: last year, as a cycle is opened once the year is over. */
export const YEAR = Number(belgianToday().slice(0, 4)) - 1;

/** What each administrator types. Section 4 and 5 are theirs alone; both open section 6. */
export const TEXTS = {
  annWorked4: 'Onze vrijwilligers gaven elke dinsdag een opleiding digitale basisvaardigheden.',
  bartWorked5: 'De bibliotheek leent nu laptops uit aan wie er thuis geen heeft.',
  annWorked6: 'Twee collega’s volgden een opleiding over toegankelijke formulieren.',
  bartHard6: 'Het was moeilijk om vrijwilligers te vinden voor de avonduren.',
  target: { indicator: 'Mensen die een opleiding volgden', unit: 'mensen', base: '20', target: '60' },
  executive: { name: 'Hilde Verbruggen', email: 'hilde.verbruggen@digitaalhuis.example', role: 'Voorzitter' },
};

/** One run of the story on one engine, in Dutch browsers with JavaScript off. */
export class ReportsRun extends BilingualRun {
  readonly secretariat: Person = {
    email: 'rapportering@secretariaat.example',
    password: TEST_PASSWORD,
    name: 'Sofie Secretariaat',
    totpSecret: TEST_TOTP_SECRET,
  };
  readonly ann: Person = { email: 'ann.peeters@digitaalhuis.example', password: TEST_PASSWORD, name: 'Ann Peeters' };
  readonly bart: Person = { email: 'bart.claes@digitaalhuis.example', password: TEST_PASSWORD, name: 'Bart Claes' };
  readonly fmt = formatters('nl');
  /** The cycle's days, around today: it opens today, the deadline and the grace period come later. */
  readonly days = (() => {
    const today = belgianToday();
    return { opensOn: today, dueOn: addDays(today, 30), graceUntil: addDays(today, 60) };
  })();
  org = { id: '', slug: '' };
  silent = { id: '', slug: '' };
  /** What the story found wrong without stopping (asserted empty at the end). */
  readonly findings: string[] = [];

  get tr() {
    return this.t.nl;
  }

  /**
   * The secretariat, both signatories (signed in 2023, so both must report on YEAR) and the
   * year's one record: a training logged for commitment 4, reaching 20 people, 90 minutes each.
   */
  async addPeople(): Promise<void> {
    const db = this.server.db;
    await createUser(db, { email: this.secretariat.email, name: this.secretariat.name, secretariat: true, locale: 'nl' });
    const ann = await createUser(db, { email: this.ann.email, name: this.ann.name, locale: 'nl' });
    const bart = await createUser(db, { email: this.bart.email, name: this.bart.name, locale: 'nl' });
    const org = await createOrganisation(db, {
      name: ORG,
      members: [
        { user: ann, role: 'admin' },
        { user: bart, role: 'admin' },
      ],
    });
    const silent = await createOrganisation(db, { name: SILENT_ORG });
    this.org = { id: org.id, slug: org.slug };
    this.silent = { id: silent.id, slug: silent.slug };
    for (const id of [org.id, silent.id]) await signedOn(db, id, '2023-03-02T10:00:00.000Z');
    const logged = await logActivity(db, ann.id, org.id, {
      ...validActivity({ startsOn: `${YEAR}-03-14` }),
      tags: { commitment: ['4'], audience: ['employees'], group: [], digcomp: ['safety'], region: ['flanders'] },
    });
    if (!logged.ok) throw new Error('the year’s activity was refused');
  }

  /** A day as the pages write it (a Belgian day, shown at noon so the zone never moves it). */
  day(day: string): string {
    return this.fmt.date(`${day}T12:00:00.000Z`);
  }

  /** A day as a person types it in a date field: 31/05/2027. */
  typed(day: string): string {
    const [y, m, d] = day.split('-');
    return `${d}/${m}/${y}`;
  }

  /** An optional field's label, as the form writes it. */
  optional(label: string): string {
    return `${label} (${this.tr('form.optional')})`;
  }

  /** The report's address (after the language). */
  reportPath(): string {
    return `/nl/organisations/${this.org.id}/reports/${YEAR}`;
  }

  /** Follows a link of the page's main part by its exact name. */
  async followLink(page: Page, name: string): Promise<void> {
    await this.follow(page, page.getByRole('main').getByRole('link', exact(name)));
  }

  async pressButton(page: Page, name: string, status?: number): Promise<void> {
    await this.follow(page, page.getByRole('button', exact(name)), status);
  }
}
