import type { Lang } from '../../platform/i18n/i18n.ts';

// The register's demo obstacles (`seed --demo`): what signatories of several sectors observe,
// in the language each writes in. Names, figures and places are invented.

export interface DemoItem {
  lang: Lang;
  title: string;
  description: string;
  figure: string | null;
  evidence: string | null;
  cause: string[];
  group: string[];
  region: string[];
  audience: string[];
  /** Endorsed by the signatories this many places further on in the directory. */
  endorsements: number;
}

export const ITEMS: DemoItem[] = [
  {
    lang: 'nl',
    title: 'Oudere klanten raken vast in de bankapp na een update',
    description:
      'Na elke grote update van de app bellen oudere klanten ons omdat knoppen verplaatst zijn. Velen durven daarna geen overschrijving meer te doen.\n\nAan het loket zien we dezelfde mensen terug, vaak met hun kinderen.',
    figure: '30% van onze klanten ouder dan 75 belt ons binnen een week na een update',
    evidence: 'Telling van de oproepen naar de hulplijn, januari tot maart.',
    cause: ['stress', 'skills'],
    group: ['older'],
    region: ['flanders', 'brussels'],
    audience: ['customers'],
    endorsements: 4,
  },
  {
    lang: 'fr',
    title: 'Pas d’alternative papier pour la demande de prime énergie',
    description:
      'La demande de prime ne peut se faire qu’en ligne. Les personnes sans ordinateur viennent dans nos permanences, mais nous ne pouvons pas signer à leur place.',
    figure: 'Une personne sur cinq qui vient à la permanence n’a pas d’adresse e-mail',
    evidence: null,
    cause: ['non_digital', 'access'],
    group: ['low_income', 'older'],
    region: ['wallonia'],
    audience: ['community'],
    endorsements: 3,
  },
  {
    lang: 'de',
    title: 'Angst vor Betrug verhindert Online-Terminbuchung',
    description:
      'Viele Menschen in Eupen und Sankt Vith buchen keine Termine online, weil sie gefälschte SMS fürchten. Sie rufen lieber an und warten lange.',
    figure: null,
    evidence: 'Gespräche mit 40 Besuchenden unseres Treffpunkts im Frühjahr.',
    cause: ['trust'],
    group: ['older', 'health_disability'],
    region: ['german_community'],
    audience: ['customers', 'community'],
    endorsements: 2,
  },
  {
    lang: 'en',
    title: 'New staff cannot finish onboarding without a smartphone',
    description:
      'Our HR onboarding asks every new employee to install two apps. Warehouse staff who only have a basic phone need a colleague to help, and some give up on their first day.',
    figure: '12 of 80 new warehouse staff last year had no smartphone',
    evidence: null,
    cause: ['access', 'affordability'],
    group: ['low_income', 'low_education'],
    region: ['flanders'],
    audience: ['employees'],
    endorsements: 2,
  },
  {
    lang: 'nl',
    title: 'Formulieren van het OCMW zijn te moeilijk geschreven',
    description:
      'De online formulieren gebruiken juridische taal. Mensen die Nederlands leren, begrijpen niet welke documenten ze moeten opladen.',
    figure: 'Twee op drie aanvragen komen onvolledig binnen',
    evidence: 'Eigen opvolging van de aanvragen in 2025.',
    cause: ['stress', 'skills'],
    group: ['language_migration', 'low_education'],
    region: ['brussels', 'flanders'],
    audience: ['community'],
    endorsements: 5,
  },
  {
    lang: 'fr',
    title: 'Les jeunes en décrochage n’ont qu’un smartphone pour chercher un emploi',
    description:
      'Les jeunes que nous accompagnons postulent depuis leur téléphone. Les sites d’offres d’emploi demandent un CV en PDF, qu’ils ne savent pas créer sur un téléphone.',
    figure: null,
    evidence: null,
    cause: ['access', 'skills'],
    group: ['young_low_education', 'smartphone_only', 'jobseekers'],
    region: ['brussels', 'wallonia'],
    audience: ['community'],
    endorsements: 3,
  },
  {
    lang: 'nl',
    title: 'Geen betaalbaar internet voor eenoudergezinnen in sociale woningen',
    description:
      'Kinderen maken hun huiswerk op de gsm van hun ouder. Een vast abonnement is voor veel gezinnen te duur, ook met het sociaal tarief.',
    figure: '1 op 4 gezinnen in onze wijk heeft geen internet thuis',
    evidence: null,
    cause: ['affordability', 'access'],
    group: ['single_parents', 'low_income'],
    region: ['flanders'],
    audience: ['community'],
    endorsements: 1,
  },
  {
    lang: 'en',
    title: 'Screen readers cannot use the appointment calendar',
    description:
      'Blind and partially sighted customers tell us the calendar widget reads every day as "button". They ask a relative to book for them.',
    figure: null,
    evidence: 'Tested with two users of NVDA and VoiceOver in March.',
    cause: ['stress'],
    group: ['health_disability'],
    region: ['brussels', 'flanders', 'wallonia'],
    audience: ['customers'],
    endorsements: 2,
  },
  {
    lang: 'fr',
    title: 'Les codes itsme bloquent les personnes âgées qui changent de téléphone',
    description:
      'Quand une personne âgée change de téléphone, elle ne parvient plus à réactiver son identité numérique. Elle n’a plus accès à ses documents pendant des semaines.',
    figure: '45 demandes d’aide à ce sujet en trois mois',
    evidence: null,
    cause: ['skills', 'trust'],
    group: ['older'],
    region: ['wallonia', 'brussels'],
    audience: ['customers', 'community'],
    endorsements: 4,
  },
  {
    lang: 'de',
    title: 'Schulungen nur auf Französisch oder Niederländisch',
    description:
      'Digitale Kurse für Arbeitsuchende gibt es in unserer Region kaum auf Deutsch. Wer keine andere Sprache gut spricht, bleibt außen vor.',
    figure: null,
    evidence: null,
    cause: ['skills'],
    group: ['jobseekers', 'language_migration'],
    region: ['german_community'],
    audience: ['community'],
    endorsements: 1,
  },
  {
    lang: 'nl',
    title: 'Medewerkers in de zorg durven niet te melden dat ze het systeem niet snappen',
    description:
      'Bij de invoering van het nieuwe planningssysteem zeiden weinig medewerkers dat ze het moeilijk vonden. Fouten in de planning kwamen pas weken later boven.',
    figure: null,
    evidence: 'Anonieme bevraging bij 120 medewerkers.',
    cause: ['skills', 'stress'],
    group: ['low_education'],
    region: ['flanders'],
    audience: ['employees'],
    endorsements: 2,
  },
  {
    lang: 'en',
    title: 'Phishing texts in the name of the tax office scare people off e-government',
    description:
      'After a wave of fake messages, many of the people we help no longer open genuine messages from public services, and miss deadlines.',
    figure: null,
    evidence: null,
    cause: ['trust'],
    group: ['older', 'low_education'],
    region: ['brussels', 'wallonia', 'flanders'],
    audience: ['community'],
    endorsements: 3,
  },
  {
    lang: 'fr',
    title: 'Le guichet ferme, le numéro d’aide est payant',
    description:
      'Depuis la fermeture du guichet local, la seule aide est un numéro surtaxé. Les personnes à faible revenu renoncent à poser leurs questions.',
    figure: null,
    evidence: null,
    cause: ['non_digital', 'affordability'],
    group: ['low_income'],
    region: ['wallonia'],
    audience: ['customers'],
    endorsements: 2,
  },
  {
    lang: 'nl',
    title: 'Oudere klanten lopen vast in de bankapp na updates',
    description:
      'Na een update vinden oudere klanten de knoppen niet meer terug. Dit lijkt sterk op een melding die al bestaat.',
    figure: null,
    evidence: null,
    cause: ['stress'],
    group: ['older'],
    region: ['flanders'],
    audience: ['customers'],
    endorsements: 1,
  },
];
