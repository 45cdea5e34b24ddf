import { createOrganisation, createUser, TEST_PASSWORD } from '../../support/accounts.ts';
import { BilingualRun, type Person } from './bilingual-run.ts';

// What the steps of the obstacle-and-action story (obstacle-steps.ts, action-steps.ts) share:
// the two signatories and their people, and the texts as they type them. Organisation A is a
// Flemish bank whose member works in Dutch; organisation B a Walloon non-profit whose admin
// works in French. The accounts and organisations are made in the database, as the other
// journeys make theirs: signing the Charter has its own journey.

/** Organisation A: it sees the obstacle first. */
export const ORG_A = 'Spaarbank Kempenland';
/** Organisation B: it sees it too and leads the action. */
export const ORG_B = 'Atelier Numérique Solidaire asbl';

/** The obstacle as A reports it, and what B adds when it says it sees it too. */
export const OBSTACLE = {
  title: 'Oudere klanten geraken niet meer door de nieuwe bankapp',
  description:
    'Sinds de nieuwe bankapp vraagt elke betaling een code uit een tweede app.\nKlanten boven 75 bellen ons of komen naar het kantoor omdat ze niet meer kunnen betalen.',
  figure: '30% van onze klanten boven 75 raakt niet door de aanmelding',
  /** A word of the title that B, reading in French, searches the register with. */
  search: 'bankapp',
  endorsement: 'Dans nos ateliers, une personne âgée sur deux vient pour l’application de sa banque.',
};

/** The action as B proposes it, with three milestones weighted 1, 2 and 1. */
export const ACTION = {
  title: 'Des ateliers pour payer avec l’application de sa banque',
  goal: 'Chaque personne âgée qui le demande sait payer seule avec l’application de sa banque.',
  description: 'Des bénévoles formés donnent des ateliers dans les agences et dans nos locaux.',
  startsOn: '01/02/2026',
  milestones: [
    { title: 'Former les bénévoles', weight: '1', dueOn: '31/03/2026' },
    { title: 'Donner les ateliers', weight: '2', dueOn: '30/09/2026' },
    { title: 'Faire le bilan', weight: '1', dueOn: '31/12/2026' },
  ],
} as const;

/** One run of the story on one engine. */
export class ObstacleActionRun extends BilingualRun {
  readonly a: Person = {
    email: 'ann.peeters@spaarbank-kempenland.example',
    password: TEST_PASSWORD,
    name: 'Ann Peeters',
  };
  readonly b: Person = {
    email: 'benoit.lambert@atelier-solidaire.example',
    password: TEST_PASSWORD,
    name: 'Benoît Lambert',
  };

  /** Both signatories, A with a member who speaks Dutch, B with an admin who speaks French. */
  async addSignatories(): Promise<void> {
    const db = this.server.db;
    const a = await createUser(db, { email: this.a.email, name: this.a.name, locale: 'nl' });
    const b = await createUser(db, { email: this.b.email, name: this.b.name, locale: 'fr' });
    await createOrganisation(db, { name: ORG_A, members: [{ user: a, role: 'member' }] });
    await createOrganisation(db, { name: ORG_B, members: [{ user: b, role: 'admin' }] });
  }
}
