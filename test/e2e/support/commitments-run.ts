import assert from 'node:assert/strict';
import type { Browser, Locator, Page } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../../../src/cli/seed.ts';
import { brusselsYear } from '../../../src/features/organisations/service-directory.ts';
import { formatters } from '../../../src/platform/i18n/format.ts';
import { COMMITMENT_LABEL, type Commitment } from '../../../src/features/practices/vocabulary.ts';
import { BilingualRun, exact, pathOf, type Person, type RunLang } from './bilingual-run.ts';
import type { RunningApp } from './server.ts';

// What the steps of issue 8's story (activities-steps.ts, campaign-steps.ts, referral-steps.ts)
// share: the demo's organisation admin (Sofie Maes of Digitaal Samen vzw, who works in Dutch),
// her organisation as the database knows it, the year the story counts in, and the look-ups of
// "the nine commitments at a glance" on her space and on her public profile.

const demoAdmin = DEMO_ACCOUNTS.find((a) => a.role === 'org-admin')!;

/** Her organisation: its id (in the space's address) and the slug of its public profile. */
export interface Organisation {
  id: string;
  name: string;
  slug: string;
  enterpriseNumber: string;
}

/** One run of the story on one engine, with JavaScript off in every browser. */
export class CommitmentsRun extends BilingualRun {
  readonly admin: Person = { email: demoAdmin.email, password: demoAdmin.password, name: demoAdmin.name };
  /** The calendar year in Belgium: the space and the profile count this year. */
  readonly year = brusselsYear(new Date().toISOString());
  /** Numbers and dates as her Dutch pages write them. */
  readonly fmt = formatters('nl');
  org!: Organisation;

  constructor(server: RunningApp, browser: Browser) {
    super(server, browser);
  }

  /** Her organisation, from the demo data (the story finds it through the pages; the test needs its ids). */
  async findOrganisation(): Promise<Organisation> {
    const row = await this.server.db
      .selectFrom('organisations')
      .innerJoin('memberships', 'memberships.org_id', 'organisations.id')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .select([
        'organisations.id',
        'organisations.legal_name',
        'organisations.slug',
        'organisations.enterprise_number',
        'organisations.status',
      ])
      .where('users.email', '=', this.admin.email)
      .executeTakeFirstOrThrow();
    assert.equal(row.status, 'signatory', 'the demo admin’s organisation has signed');
    this.org = { id: row.id, name: row.legal_name, slug: row.slug, enterpriseNumber: row.enterprise_number };
    return this.org;
  }

  /** From any page: "my organisation" in the menu, then her organisation: its space. */
  async openSpace(page: Page): Promise<void> {
    const t = this.t.nl;
    const menu = page.getByRole('navigation', exact(t('layout.mainNav')));
    await this.follow(page, menu.getByRole('link', exact(t('layout.nav.myOrganisations'))));
    await this.follow(page, page.getByRole('main').getByRole('link', exact(this.org.name)));
    assert.equal(pathOf(page), `/nl/organisations/${this.org.id}`, 'her organisation’s space');
  }

  /** A commitment's label in `lang` ("4. Interne opleiding, …"). */
  commitmentLabel(lang: RunLang, commitment: number): string {
    return this.t[lang](COMMITMENT_LABEL[String(commitment) as Commitment]);
  }

  /** One commitment's card in "the nine commitments at a glance" (the space's or the profile's section). */
  glanceCard(page: Page, lang: RunLang, commitment: number): Locator {
    return page
      .locator('section[aria-labelledby="commitments-heading"] li.card')
      .filter({ has: page.getByRole('heading', { level: 3, ...exact(this.commitmentLabel(lang, commitment)) }) });
  }

  /** The lines of one commitment's card at a glance, as the page writes them (what was done, where to do more). */
  async glanceLines(page: Page, lang: RunLang, commitment: number): Promise<string[]> {
    const card = this.glanceCard(page, lang, commitment);
    assert.equal(await card.count(), 1, `one card for commitment ${commitment} on ${page.url()}`);
    return (await card.locator('li').allInnerTexts()).map((s) => s.trim());
  }
}
