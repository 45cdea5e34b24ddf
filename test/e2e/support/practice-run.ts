import { DEMO_ACCOUNTS } from '../../../src/cli/seed.ts';
import { now } from '../../../src/platform/db/sql.ts';
import { createUser, TEST_PASSWORD } from '../../support/accounts.ts';
import { BilingualRun, type Person } from './bilingual-run.ts';

export { exact, literal, pathOf, type Person } from './bilingual-run.ts';

// What the steps of the practice's story (practice-*-steps.ts) share: the people and the
// practice as they write it; the browsers, the checks and signing in are BilingualRun's.
// The writing side is in Dutch, the reading side in French, each in a browser of its language.

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

/** One run of the story on one engine. */
export class PracticeRun extends BilingualRun {
  readonly member = demo('org-member');
  readonly admin = demo('org-admin');
  readonly secretariat = demo('secretariat');
  readonly adopter: Person = {
    email: 'lea.dubois@atelier-clic-declic.example',
    password: TEST_PASSWORD,
    name: 'Léa Dubois',
  };

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
}
