import type { Region, Sector, SizeBand } from '../features/organisations/vocabulary.ts';
import type { Lang } from '../platform/i18n/i18n.ts';

// Sample data for `seed --demo`. Every organisation here is invented; web and mail addresses use
// the reserved .example domain, so nothing can reach a real organisation or a real person.

export type DemoStatus =
  'signatory' | 'withdrawn' | 'awaiting_executive' | 'awaiting_review' | 'info_requested' | 'rejected' | 'declined';

export interface DemoOrg {
  name: string;
  sector: Sector;
  size: SizeBand;
  regions: Region[];
  languages: Lang[];
  /** Languages in which a description is written; the first is the organisation's own. */
  described: Lang[];
  city: string;
  focus: number;
  status: DemoStatus;
  /** Index in DEMO_ORGS of the signatory that invited this one. */
  invitedBy?: number;
}

const o = (
  name: string,
  sector: Sector,
  size: SizeBand,
  regions: Region[],
  languages: Lang[],
  described: Lang[],
  city: string,
  focus: number,
  status: DemoStatus = 'signatory',
  invitedBy?: number,
): DemoOrg => ({ name, sector, size, regions, languages, described, city, focus, status, invitedBy });

/** The demo organisations. Index 0 is the one the demo admin and member belong to. */
// prettier-ignore
export const DEMO_ORGS: DemoOrg[] = [
  o('Digitaal Samen vzw', 'nonprofit', 'small', ['flanders', 'brussels'], ['nl', 'fr'], ['nl', 'fr', 'en'], 'Gent', 0),
  o('Coöperatie Klaproos cv', 'private', 'medium', ['flanders'], ['nl'], ['nl'], 'Roeselare', 1, 'signatory', 0),
  o('Maison du Numérique Sambre asbl', 'nonprofit', 'small', ['wallonia'], ['fr'], ['fr'], 'Charleroi', 0),
  o('Ostbelgien Digital VoG', 'nonprofit', 'micro', ['german_community'], ['de', 'fr'], ['de'], 'Eupen', 0),
  o('Intercommunale Numérique Meuse-Condroz', 'public', 'large', ['wallonia'], ['fr'], ['fr', 'nl'], 'Huy', 2),
  o('Brusselse Buurthuizen vzw', 'nonprofit', 'medium', ['brussels'], ['nl', 'fr'], ['nl', 'fr'], 'Anderlecht', 3),
  o('Atelier Clic & Déclic asbl', 'nonprofit', 'micro', ['brussels'], ['fr'], [], 'Schaerbeek', 0, 'signatory', 5),
  o('Kempense Energie nv', 'private', 'large', ['flanders'], ['nl', 'en'], ['nl', 'en'], 'Turnhout', 4),
  o('Banque Solidaire Wallonne sa', 'private', 'large', ['wallonia', 'brussels'], ['fr', 'nl', 'en'], ['fr', 'nl', 'en'], 'Namur', 5),
  o('Telecom Horizon België nv', 'private', 'large', ['brussels', 'flanders', 'wallonia'], ['nl', 'fr', 'de', 'en'], ['en', 'nl', 'fr', 'de'], 'Brussel', 4),
  o('Digitaler Treffpunkt Sankt Vith VoG', 'nonprofit', 'micro', ['german_community'], ['de'], ['de'], 'Sankt Vith', 0, 'signatory', 3),
  o('Centre Public d’Action Sociale de Floriffoux', 'public', 'medium', ['wallonia'], ['fr'], ['fr'], 'Floriffoux', 3),
  o('Openbare Bibliotheek Scheldeland', 'public', 'medium', ['flanders'], ['nl'], ['nl'], 'Dendermonde', 0),
  o('Softwarehuis Leie & Schelde bv', 'private', 'small', ['flanders'], ['nl', 'en'], ['en'], 'Kortrijk', 2),
  o('Les Ateliers du Web Solidaire scrl', 'private', 'micro', ['wallonia'], ['fr'], ['fr'], 'Liège', 1, 'signatory', 2),
  o('Seniorennetwerk Limburg vzw', 'nonprofit', 'small', ['flanders'], ['nl'], ['nl'], 'Hasselt', 6),
  o('Mutualité Entraide Hainaut', 'nonprofit', 'large', ['wallonia'], ['fr'], ['fr', 'de'], 'Mons', 7),
  o('Vlaamse Dienst Digitale Toegang', 'public', 'large', ['flanders', 'brussels'], ['nl', 'en'], ['nl', 'en'], 'Brussel', 2),
  o('Office Régional de l’Emploi Numérique', 'public', 'large', ['brussels'], ['fr', 'nl'], ['fr', 'nl'], 'Bruxelles', 6),
  o('Verzekeringen Het Anker nv', 'private', 'large', ['flanders', 'wallonia', 'brussels'], ['nl', 'fr'], ['nl', 'fr'], 'Antwerpen', 7),
  o('Repair & Reuse Brussels asbl', 'nonprofit', 'small', ['brussels'], ['fr', 'nl', 'en'], ['en', 'fr'], 'Ixelles', 1, 'signatory', 5),
  o('Gemeentelijk Sociaal Huis Kortenbeek', 'public', 'small', ['flanders'], ['nl'], ['nl'], 'Kortenbeek', 3),
  o('Volkshochschule Eifel-Ardennen', 'public', 'small', ['german_community', 'wallonia'], ['de', 'fr'], ['de', 'fr'], 'Bütgenbach', 6),
  o('Imprimerie Moderne de l’Ourthe sprl', 'private', 'small', ['wallonia'], ['fr'], [], 'Esneux', 4),
  o('Digibank Waasland vzw', 'nonprofit', 'small', ['flanders'], ['nl'], ['nl'], 'Sint-Niklaas', 1, 'signatory', 0),
  o('Logistique Express Ardenne sa', 'private', 'medium', ['wallonia'], ['fr', 'de'], ['fr'], 'Bastogne', 4),
  o('Huis van het Kind Mechelen-Noord', 'public', 'micro', ['flanders'], ['nl'], ['nl'], 'Mechelen', 3),
  o('École de Devoirs Connectée asbl', 'nonprofit', 'micro', ['brussels'], ['fr'], ['fr'], 'Molenbeek', 0),
  o('Fintech Bridge Belgium bv', 'private', 'small', ['brussels', 'flanders'], ['en', 'nl', 'fr'], ['en'], 'Leuven', 7),
  o('Regionaal Zorgnetwerk Westhoek', 'public', 'medium', ['flanders'], ['nl', 'fr'], ['nl'], 'Ieper', 6),
  o('Bürgerzentrum Kelmis', 'public', 'micro', ['german_community'], ['de', 'fr', 'nl'], ['de', 'nl'], 'Kelmis', 3),
  // A sixth small non-profit beside the demo admin's: its peers are five, so the self-assessment's
  // peer benchmark shows (ADR 0028).
  o('Digipunt Leuven vzw', 'nonprofit', 'small', ['flanders'], ['nl'], ['nl', 'fr'], 'Leuven', 0),
  o('Oude Stempel Drukkerij bv', 'private', 'micro', ['flanders'], ['nl'], ['nl'], 'Aalst', 4, 'withdrawn'),
  o('Compagnie des Services Numériques sa', 'private', 'medium', ['wallonia', 'brussels'], ['fr'], ['fr'], 'Wavre', 2, 'withdrawn'),
  o('Jeugdhuis De Schakel vzw', 'nonprofit', 'micro', ['flanders'], ['nl'], ['nl'], 'Genk', 0, 'withdrawn', 2),
  o('Nieuwe Horizon Welzijn vzw', 'nonprofit', 'small', ['flanders'], ['nl'], ['nl'], 'Lier', 6, 'awaiting_executive'),
  o('Commune Numérique de Val-d’Ourthe', 'public', 'small', ['wallonia'], ['fr'], ['fr'], 'Durbuy', 3, 'awaiting_executive'),
  o('Datawerf Antwerpen nv', 'private', 'small', ['flanders'], ['nl', 'en'], ['nl'], 'Antwerpen', 2, 'awaiting_review', 7),
  o('Entraide Numérique Tournaisienne asbl', 'nonprofit', 'micro', ['wallonia'], ['fr'], ['fr'], 'Tournai', 0, 'awaiting_review'),
  o('Pflegezentrum Raeren', 'public', 'small', ['german_community'], ['de'], ['de'], 'Raeren', 6, 'info_requested'),
  o('Snelkoerier Brussel bv', 'private', 'micro', ['brussels'], ['nl', 'fr'], ['fr'], 'Vorst', 4, 'rejected'),
  o('Academie voor Online Handel bv', 'private', 'micro', ['flanders'], ['nl'], ['nl'], 'Geel', 5, 'declined'),
];

/** What an organisation does for digital inclusion, phrased to follow "works on" in each language. */
export const FOCUS: Record<Lang, string[]> = {
  nl: [
    'gratis computerlessen voor wie digitaal minder sterk staat',
    'tweedehands laptops die we herstellen en uitlenen aan gezinnen',
    'eenvoudige en toegankelijke online diensten, getest met gebruikers',
    'hulp aan het loket en aan de telefoon voor wie niet online wil of kan',
    'sociale tarieven en goedkope internetabonnementen',
    'veilige online betalingen en duidelijke uitleg over fraude',
    'begeleiding van ouderen en mensen met een beperking bij hun digitale zaken',
    'opleiding van onze medewerkers en vrijwilligers over phishing en online veiligheid',
  ],
  fr: [
    'des cours d’informatique gratuits pour les personnes peu à l’aise avec le numérique',
    'des ordinateurs portables reconditionnés, prêtés aux familles',
    'des services en ligne simples et accessibles, testés avec les utilisateurs',
    'une aide au guichet et par téléphone pour celles et ceux qui ne peuvent pas aller en ligne',
    'des tarifs sociaux et des abonnements internet bon marché',
    'des paiements en ligne sûrs et des explications claires sur la fraude',
    'l’accompagnement des aînés et des personnes handicapées dans leurs démarches numériques',
    'la formation de notre personnel et de nos bénévoles au phishing et à la sécurité en ligne',
  ],
  de: [
    'kostenlose Computerkurse für Menschen, die sich digital unsicher fühlen',
    'aufbereitete Laptops, die wir an Familien verleihen',
    'einfache und barrierefreie Online-Dienste, mit Nutzerinnen und Nutzern getestet',
    'Hilfe am Schalter und am Telefon für alle, die nicht online gehen können',
    'Sozialtarife und günstige Internetabos',
    'sichere Online-Zahlungen und klare Informationen über Betrug',
    'die Begleitung älterer Menschen und von Menschen mit Behinderung bei digitalen Angelegenheiten',
    'die Schulung unserer Beschäftigten und Ehrenamtlichen zu Phishing und Online-Sicherheit',
  ],
  en: [
    'free computer classes for people who feel unsure online',
    'refurbished laptops that we lend to families',
    'simple, accessible online services, tested with their users',
    'help at the counter and by phone for people who cannot go online',
    'social tariffs and low-cost internet subscriptions',
    'safe online payments and clear advice about fraud',
    'support for older people and people with disabilities in their digital tasks',
    'training our staff and volunteers on phishing and online safety',
  ],
};

/** A two- or three-sentence description in the given language. */
export function describe(lang: Lang, name: string, city: string, focus: number, variant: number): string {
  const what = FOCUS[lang][focus % FOCUS[lang].length]!;
  const also = FOCUS[lang][(focus + 3) % FOCUS[lang].length]!;
  const texts: Record<Lang, string[]> = {
    nl: [
      `${name} werkt vanuit ${city} aan ${what}. We ondertekenden het charter omdat niemand uit de boot mag vallen.`,
      `Bij ${name} in ${city} zetten we in op ${what}. Dit jaar starten we ook met ${also}.`,
    ],
    fr: [
      `Depuis ${city}, ${name} travaille sur ${what}. Nous avons signé la Charte parce que personne ne doit rester sur le côté.`,
      `À ${city}, ${name} mise sur ${what}. Cette année, nous lançons aussi ${also}.`,
    ],
    de: [
      `${name} arbeitet von ${city} aus an ${what}. Wir haben die Charta unterzeichnet, weil niemand zurückbleiben soll.`,
      `In ${city} setzt ${name} auf ${what}. In diesem Jahr beginnen wir auch mit ${also}.`,
    ],
    en: [
      `From ${city}, ${name} works on ${what}. We signed the charter because nobody should be left behind.`,
      `In ${city}, ${name} focuses on ${what}. This year we are also starting ${also}.`,
    ],
  };
  const list = texts[lang];
  return list[variant % list.length]!;
}

/** Reasons organisations gave when they withdrew, in their own language. */
export const WITHDRAWAL_REASONS: Record<Lang, string[]> = {
  nl: [
    'Onze organisatie wordt opgeheven en kan de engagementen niet langer opvolgen.',
    'We gaan op in een grotere organisatie. Die ondertekent het charter onder haar eigen naam.',
  ],
  fr: [
    'Nous fusionnons avec une autre organisation, qui signera la Charte sous son propre nom.',
    'Notre association cesse ses activités à la fin de l’année.',
  ],
  de: ['Unsere Organisation stellt ihre Tätigkeit Ende des Jahres ein.'],
  en: ['We no longer have the staff to follow up the commitments. We hope to sign again later.'],
};

/** What the secretariat wrote back: a question (more information needed) or a reason (refused). */
export const REVIEW_NOTES: Record<Lang, { info: string; rejected: string }> = {
  nl: {
    info: 'Kunt u bevestigen dat de persoon die ondertekende uw organisatie mag vertegenwoordigen?',
    rejected:
      'Het ondernemingsnummer hoort bij een andere organisatie. U kunt opnieuw aanvragen met het juiste nummer.',
  },
  fr: {
    info: 'Pouvez-vous confirmer que la personne qui a signé peut représenter votre organisation ?',
    rejected:
      'Le numéro d’entreprise appartient à une autre organisation. Vous pouvez refaire une demande avec le bon numéro.',
  },
  de: {
    info: 'Können Sie bestätigen, dass die unterzeichnende Person Ihre Organisation vertreten darf?',
    rejected:
      'Die Unternehmensnummer gehört zu einer anderen Organisation. Sie können mit der richtigen Nummer erneut einen Antrag stellen.',
  },
  en: {
    info: 'Can you confirm that the person who signed may represent your organisation?',
    rejected: 'The enterprise number belongs to another organisation. You can apply again with the right number.',
  },
};
