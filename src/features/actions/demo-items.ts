import type { Lang } from '../../platform/i18n/i18n.ts';
import type { ActionStatus, MilestoneStatus } from './actions.table.ts';
import type { Need } from './vocabulary.ts';

// The demo's joint actions (`seed --demo`): what signatories do together, in the language each
// writes in, with milestones in every status, indicators and updates. Names and figures are invented.

export interface DemoMilestone {
  title: string;
  weight: number;
  status: MilestoneStatus;
  percent: number;
}

export interface DemoAction {
  lang: Lang;
  title: string;
  goal: string;
  description: string;
  status: ActionStatus;
  stopReason?: string;
  needs: Need[];
  milestones: DemoMilestone[];
  indicator: { name: string; unit: string; target: number; current: number } | null;
  update: string | null;
}

const m = (title: string, weight: number, status: MilestoneStatus, percent = 0): DemoMilestone => ({
  title,
  weight,
  status,
  percent: status === 'done' ? 100 : status === 'planned' ? 0 : percent,
});

export const ACTIONS: DemoAction[] = [
  {
    lang: 'nl',
    title: 'Samen een rustige bankapp voor 75-plussers',
    goal: 'Oudere klanten doen zelf hun overschrijvingen, ook na een update.',
    description:
      'Drie banken en twee seniorenverenigingen testen elke grote update eerst met oudere klanten.\n\nWat we leren, delen we met alle ondertekenaars.',
    status: 'under_way',
    needs: [],
    milestones: [
      m('Testgroep van twintig senioren samenstellen', 1, 'done'),
      m('Eerste update samen testen', 2, 'under_way', 50),
      m('Resultaten delen met alle banken', 1, 'planned'),
    ],
    indicator: { name: 'Senioren die meetesten', unit: 'personen', target: 20, current: 14 },
    update: 'De testgroep is compleet: veertien vrouwen en zes mannen tussen 75 en 91.',
  },
  {
    lang: 'fr',
    title: 'Un formulaire papier pour la prime énergie',
    goal: 'Chaque personne sans ordinateur peut demander la prime par courrier.',
    description: 'Nous rédigeons avec la Région un formulaire papier et formons les permanences à l’utiliser.',
    status: 'looking',
    needs: ['expertise', 'communication'],
    milestones: [
      m('Rédiger le formulaire avec la Région', 2, 'under_way', 30),
      m('Former les permanences', 1, 'planned'),
    ],
    indicator: null,
    update: null,
  },
  {
    lang: 'de',
    title: 'Sichere SMS erkennen: Treffen in Eupen',
    goal: 'Menschen buchen Termine online, ohne Angst vor Betrug.',
    description: 'Monatliche Treffen in der Bibliothek: echte und gefälschte Nachrichten nebeneinander.',
    status: 'under_way',
    needs: ['volunteers'],
    milestones: [m('Raum und Termine festlegen', 1, 'done'), m('Zehn Treffen durchführen', 3, 'under_way', 40)],
    indicator: { name: 'Teilnehmende', unit: 'Personen', target: 200, current: 86 },
    update: 'Das vierte Treffen war voll: 24 Personen.',
  },
  {
    lang: 'nl',
    title: 'Tweedehands laptops voor werkzoekenden in Gent',
    goal: 'Elke werkzoekende die een opleiding volgt, heeft een laptop thuis.',
    description: 'Bedrijven schenken afgeschreven laptops; een sociale werkplaats maakt ze klaar.',
    status: 'looking',
    needs: ['devices', 'funding', 'venue'],
    milestones: [m('Afspraken met de werkplaats', 1, 'planned'), m('Eerste honderd laptops uitdelen', 2, 'planned')],
    indicator: { name: 'Laptops uitgedeeld', unit: 'laptops', target: 500, current: 0 },
    update: null,
  },
  {
    lang: 'en',
    title: 'Plain-language letters across three administrations',
    goal: 'Letters people understand the first time they read them.',
    description: 'Three public services rewrite their ten most-sent letters with their readers.',
    status: 'done',
    needs: [],
    milestones: [
      m('Choose the ten letters', 1, 'done'),
      m('Rewrite with readers', 2, 'done'),
      m('Send the new letters', 1, 'done'),
    ],
    indicator: { name: 'Letters rewritten', unit: 'letters', target: 30, current: 30 },
    update: 'All thirty letters are in use since March.',
  },
  {
    lang: 'fr',
    title: 'Des bornes d’aide dans les gares wallonnes',
    goal: 'Une aide humaine à côté de chaque automate.',
    description: 'Un projet pilote dans quatre gares, avec des bénévoles le samedi.',
    status: 'stopped',
    stopReason: 'Le financement du projet pilote n’a pas été renouvelé.',
    needs: [],
    milestones: [m('Choisir les gares', 1, 'done'), m('Recruter les bénévoles', 2, 'under_way', 25)],
    indicator: null,
    update: 'Nous arrêtons le projet : voir la raison ci-dessus.',
  },
  {
    lang: 'nl',
    title: 'Digipunt in elke bibliotheek van Limburg',
    goal: 'Iedereen vindt hulp bij een online formulier binnen tien kilometer.',
    description: 'Bibliotheken en een telecomoperator openen samen digipunten met vaste openingsuren.',
    status: 'proposed',
    needs: [],
    milestones: [],
    indicator: null,
    update: null,
  },
  {
    lang: 'en',
    title: 'Phishing drills for small non-profits',
    goal: 'Staff of small non-profits spot a phishing mail before they click.',
    description: 'A bank lends its security team to run drills and short trainings.',
    status: 'under_way',
    needs: ['volunteers', 'communication'],
    milestones: [m('Write the training', 1, 'done'), m('Run drills in twenty organisations', 3, 'under_way', 70)],
    indicator: { name: 'People trained', unit: 'people', target: 500, current: 340 },
    update: 'Twelve organisations done; the click rate fell from 21% to 6%.',
  },
];
