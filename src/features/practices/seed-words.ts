import type { Lang } from '../../platform/i18n/i18n.ts';
import type { Cause } from './vocabulary.ts';

// Words for `seed --scale`'s practices: per cause and language a few titles, summaries and
// bodies that read like what signatories write, so searches and facets in the benchmarks meet
// realistic texts ("formation" in a good share of the French ones, as in real life).

export interface Wording {
  titles: string[];
  summaries: string[];
  bodies: string[];
}

type Words = Record<Lang, Record<Cause, Wording>>;

export const SCALE_WORDS: Words = {
  nl: {
    skills: {
      titles: ['Digitale opleiding voor {who}', 'Computerlessen in {place}', 'Opleiding online bankieren', 'Leren werken met de smartphone'],
      summaries: ['Kleine groepen leren stap voor stap e-mail, itsme en online formulieren gebruiken.', 'Een opleiding van zes weken met vrijwilligers als coach.'],
      bodies: ['Elke week een les van twee uur, met oefeningen op eigen toestel.\n\n- gratis\n- geen voorkennis nodig', 'We werken met een vaste coach per deelnemer en sluiten af met een certificaat.'],
    },
    access: {
      titles: ['Laptops uitlenen aan {who}', 'Gratis wifi in {place}', 'Herstelde computers voor gezinnen'],
      summaries: ['Afgeschreven laptops krijgen een tweede leven bij wie er geen heeft.', 'Wie thuis geen internet heeft, kan bij ons gratis online.'],
      bodies: ['De toestellen worden gewist, hersteld en met uitleg meegegeven.', 'Een vaste plek met computers, printer en hulp op afspraak.'],
    },
    stress: {
      titles: ['Rustig online: hulp bij digitale stress', 'Spreekuur voor wie vastloopt online'],
      summaries: ['Een luisterend oor en praktische hulp voor wie de digitale wereld te snel gaat.'],
      bodies: ['Zonder afspraak, zonder oordeel: we nemen de tijd en zoeken samen een oplossing.'],
    },
    trust: {
      titles: ['Veilig online voor {who}', 'Phishing herkennen in {place}'],
      summaries: ['Workshops over oplichting, wachtwoorden en veilig betalen.'],
      bodies: ['Met echte voorbeelden van valse berichten leren deelnemers de signalen herkennen.'],
    },
    affordability: {
      titles: ['Sociaal tarief voor internet', 'Betaalbare toestellen voor {who}'],
      summaries: ['Klanten met een laag inkomen krijgen korting op hun abonnement.'],
      bodies: ['De aanvraag gaat eenvoudig, op papier of online, met hulp aan het loket.'],
    },
    non_digital: {
      titles: ['Loket en telefoon blijven open', 'Papieren formulier voor {who}'],
      summaries: ['Wie niet online wil of kan, krijgt dezelfde dienst aan het loket of per telefoon.'],
      bodies: ['Dezelfde prijs en dezelfde termijn als online, zonder extra kosten.'],
    },
  },
  fr: {
    skills: {
      titles: ['Formation numérique pour {who}', 'Formation à la banque en ligne', 'Ateliers informatiques à {place}', 'Formation au smartphone'],
      summaries: ['Une formation en petits groupes pour apprendre l’e-mail, itsme et les formulaires en ligne.', 'Des formations de six semaines avec des bénévoles comme coachs.'],
      bodies: ['Chaque semaine, une séance de formation de deux heures avec des exercices sur son propre appareil.\n\n- gratuit\n- aucun prérequis', 'Un coach par participant et une attestation de formation à la fin.'],
    },
    access: {
      titles: ['Prêt d’ordinateurs portables pour {who}', 'Wi-Fi gratuit à {place}', 'Ordinateurs reconditionnés pour les familles'],
      summaries: ['Des portables réformés trouvent une seconde vie chez ceux qui n’en ont pas.'],
      bodies: ['Les appareils sont effacés, réparés et remis avec une courte formation.'],
    },
    stress: {
      titles: ['Sereins en ligne : aide contre le stress numérique', 'Permanence pour ceux qui bloquent en ligne'],
      summaries: ['Une écoute et une aide concrète pour ceux que le numérique dépasse.'],
      bodies: ['Sans rendez-vous et sans jugement : nous prenons le temps de chercher ensemble.'],
    },
    trust: {
      titles: ['En sécurité en ligne pour {who}', 'Reconnaître l’hameçonnage à {place}'],
      summaries: ['Des ateliers sur les arnaques, les mots de passe et le paiement sécurisé.'],
      bodies: ['Avec de vrais exemples de faux messages, les participants apprennent à repérer les signaux.'],
    },
    affordability: {
      titles: ['Tarif social pour internet', 'Des appareils abordables pour {who}'],
      summaries: ['Les clients à faibles revenus reçoivent une réduction sur leur abonnement.'],
      bodies: ['La demande est simple, sur papier ou en ligne, avec de l’aide au guichet.'],
    },
    non_digital: {
      titles: ['Le guichet et le téléphone restent ouverts', 'Un formulaire papier pour {who}'],
      summaries: ['Qui ne veut ou ne peut pas aller en ligne reçoit le même service au guichet.'],
      bodies: ['Même prix et même délai qu’en ligne, sans frais supplémentaires.'],
    },
  },
  de: {
    skills: {
      titles: ['Digitale Weiterbildung für {who}', 'Computerkurse in {place}'],
      summaries: ['In kleinen Gruppen lernen Teilnehmende E-Mail, itsme und Online-Formulare.'],
      bodies: ['Jede Woche zwei Stunden Kurs mit Übungen am eigenen Gerät.'],
    },
    access: {
      titles: ['Laptops zum Ausleihen für {who}', 'Kostenloses WLAN in {place}'],
      summaries: ['Ausgemusterte Laptops bekommen ein zweites Leben.'],
      bodies: ['Die Geräte werden gelöscht, repariert und mit einer Einführung übergeben.'],
    },
    stress: {
      titles: ['Gelassen online: Hilfe bei digitalem Stress'],
      summaries: ['Ein offenes Ohr und praktische Hilfe für alle, denen das Digitale zu schnell geht.'],
      bodies: ['Ohne Termin und ohne Urteil suchen wir gemeinsam eine Lösung.'],
    },
    trust: {
      titles: ['Sicher online für {who}'],
      summaries: ['Workshops zu Betrug, Passwörtern und sicherem Bezahlen.'],
      bodies: ['Mit echten Beispielen gefälschter Nachrichten lernen Teilnehmende die Warnzeichen.'],
    },
    affordability: {
      titles: ['Sozialtarif für Internet'],
      summaries: ['Kundinnen und Kunden mit geringem Einkommen erhalten einen Rabatt.'],
      bodies: ['Der Antrag ist einfach, auf Papier oder online, mit Hilfe am Schalter.'],
    },
    non_digital: {
      titles: ['Schalter und Telefon bleiben offen'],
      summaries: ['Wer nicht online gehen will oder kann, bekommt denselben Dienst am Schalter.'],
      bodies: ['Gleicher Preis und gleiche Frist wie online.'],
    },
  },
  en: {
    skills: {
      titles: ['Digital skills training for {who}', 'Computer classes in {place}'],
      summaries: ['Small groups learn e-mail, itsme and online forms step by step.'],
      bodies: ['A two-hour class every week, with exercises on your own device.'],
    },
    access: {
      titles: ['Lending laptops to {who}', 'Free wifi in {place}'],
      summaries: ['Retired laptops get a second life with people who have none.'],
      bodies: ['Devices are wiped, repaired and handed over with a short introduction.'],
    },
    stress: {
      titles: ['Calm online: help with digital stress'],
      summaries: ['A listening ear and practical help for those the digital world leaves behind.'],
      bodies: ['No appointment, no judgement: we take the time to find a way together.'],
    },
    trust: {
      titles: ['Safe online for {who}'],
      summaries: ['Workshops on scams, passwords and paying safely.'],
      bodies: ['With real examples of fake messages, participants learn to spot the signs.'],
    },
    affordability: {
      titles: ['A social rate for internet access'],
      summaries: ['Customers on a low income get a discount on their subscription.'],
      bodies: ['Applying is simple, on paper or online, with help at the counter.'],
    },
    non_digital: {
      titles: ['The counter and the phone line stay open'],
      summaries: ['Whoever cannot or will not go online gets the same service at the counter.'],
      bodies: ['The same price and the same deadline as online.'],
    },
  },
};

export const WHO: Record<Lang, string[]> = {
  nl: ['senioren', 'werkzoekenden', 'nieuwkomers', 'jongeren', 'ouders', 'medewerkers'],
  fr: ['seniors', 'demandeurs d’emploi', 'primo-arrivants', 'jeunes', 'parents', 'collaborateurs'],
  de: ['Senioren', 'Arbeitsuchende', 'Neuankömmlinge', 'Jugendliche', 'Eltern', 'Mitarbeitende'],
  en: ['older people', 'jobseekers', 'newcomers', 'young people', 'parents', 'staff'],
};

export const PLACES: Record<Lang, string[]> = {
  nl: ['Gent', 'Antwerpen', 'Leuven', 'Brugge', 'Hasselt', 'Mechelen'],
  fr: ['Liège', 'Namur', 'Charleroi', 'Mons', 'Bruxelles', 'Arlon'],
  de: ['Eupen', 'Sankt Vith', 'Kelmis', 'Büllingen'],
  en: ['Brussels', 'Ghent', 'Liège', 'Antwerp'],
};
