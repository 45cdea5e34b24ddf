import type { Page } from 'playwright-core';
import { formatters } from '../../../src/platform/i18n/format.ts';
import type { Phase } from '../../../src/features/evaluation/phases.ts';
import { daysFor, insertSignatory, type Signatory } from '../../../src/features/evaluation/test-support-vote.ts';
import { createUser, TEST_PASSWORD, TEST_TOTP_SECRET } from '../../support/accounts.ts';
import { BilingualRun, exact, type Person } from './bilingual-run.ts';

export { exact, pathOf } from './bilingual-run.ts';

// What the steps of issue 10's evaluation story (evaluation-steps.ts) share: six signatories
// whose executives signed version 1 online (what a renewal reads to find whom to ask), the
// secretariat, and the phase clock. The pages compute the evaluation's phase from today's date,
// so the story moves from phase to phase by setting the evaluation's days around today in the
// database, as the days passing would (the evaluation feature's tests do the same).

/** Commitment 4's wording in Dutch, and the new wording proposed; commitment 6's, which misses the quorum. */
export const PROPOSALS = {
  four: {
    commitment: 4,
    quoted: 'door interne opleiding te stimuleren',
    proposed: 'door elk jaar interne opleiding aan te bieden aan alle medewerkers',
    reason: '“Stimuleren” zegt niet wat we doen. Elk jaar een aanbod voor iedereen is concreet en te meten.',
  },
  six: {
    commitment: 6,
    quoted: 'steun te verlenen aan campagnes',
    proposed: 'actief steun te verlenen aan campagnes',
    reason: 'Een logo op een affiche is geen steun.',
  },
} as const;

export const SIGNATORIES = 6;

/** One run of the story on one engine, in Dutch browsers with JavaScript off. */
export class EvaluationRun extends BilingualRun {
  readonly secretariat: Person = {
    email: 'evaluatie@secretariaat.example',
    password: TEST_PASSWORD,
    name: 'Sofie Secretariaat',
    totpSecret: TEST_TOTP_SECRET,
  };
  readonly fmt = formatters('nl');
  signatories: Signatory[] = [];
  evaluationId = '';

  get tr() {
    return this.t.nl;
  }

  /** The secretariat and six signatories named "Ondertekenaar 1" to "Ondertekenaar 6", each with an administrator. */
  async addPeople(): Promise<void> {
    const db = this.server.db;
    await createUser(db, { email: this.secretariat.email, name: this.secretariat.name, secretariat: true, locale: 'nl' });
    for (let i = 1; i <= SIGNATORIES; i++) this.signatories.push(await insertSignatory(db, { name: `Ondertekenaar ${i}` }));
  }

  /** The administrator of the n-th signatory (1-based), as a person who signs in. */
  admin(n: number): Person {
    const s = this.signatories[n - 1]!;
    return { email: s.admin.email, password: TEST_PASSWORD, name: s.admin.name };
  }

  signatory(n: number): Signatory {
    return this.signatories[n - 1]!;
  }

  async slugOf(n: number): Promise<string> {
    const row = await this.server.db
      .selectFrom('organisations')
      .select('slug')
      .where('id', '=', this.signatory(n).id)
      .executeTakeFirstOrThrow();
    return row.slug;
  }

  /** Sets the evaluation's days so that today falls in `phase` (each phase a day after the one before). */
  async moveTo(phase: Exclude<Phase, 'scheduled'>): Promise<void> {
    await this.server.db.updateTable('evaluations').set(daysFor(phase)).where('id', '=', this.evaluationId).execute();
  }

  /** A day as a person types it in a date field: 31/05/2027. */
  typed(day: string): string {
    const [y, m, d] = day.split('-');
    return `${d}/${m}/${y}`;
  }

  async pressButton(page: Page, name: string, status?: number): Promise<void> {
    await this.follow(page, page.getByRole('button', exact(name)), status);
  }

  async followLink(page: Page, name: string): Promise<void> {
    await this.follow(page, page.getByRole('main').getByRole('link', exact(name)));
  }
}
