import type { Insertable } from 'kysely';
import { newId } from '../../platform/db/sql.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import type { Random } from '../../platform/random.ts';
import type { ActivitiesTable } from './activities.table.ts';
import { columnsOf } from './service.ts';
import { KINDS, SAFETY_KINDS, TAGS, type ActivityKind } from './vocabulary.ts';

// Made-up activities for `seed --demo` and `seed --scale N`: varied kinds, dates spread over a
// window, about one in five private, in the organisation's language. Rows are made through the
// service's own `columnsOf`, so they hold what the form would have stored.

const TITLES: Record<ActivityKind, Record<Lang, string[]>> = {
  training: {
    nl: [
      'Opleiding digitale basisvaardigheden voor het onthaal',
      'Workshop toegankelijke documenten',
      'E-learning veilig online werken',
    ],
    fr: [
      'Formation aux compétences numériques de base pour l’accueil',
      'Atelier documents accessibles',
      'E-learning travailler en ligne en sécurité',
    ],
    de: [
      'Schulung digitale Grundkompetenzen für den Empfang',
      'Workshop barrierefreie Dokumente',
      'E-Learning sicher online arbeiten',
    ],
    en: [
      'Basic digital skills training for front-desk staff',
      'Accessible documents workshop',
      'E-learning on working safely online',
    ],
  },
  support: {
    nl: [
      'Digitaal spreekuur in de bibliotheek',
      'Hulp bij de app van de bank voor ouderen',
      'Infosessie itsme voor klanten',
    ],
    fr: [
      'Permanence numérique à la bibliothèque',
      'Aide à l’application bancaire pour les aînés',
      'Séance d’information itsme pour les clients',
    ],
    de: [
      'Digitale Sprechstunde in der Bibliothek',
      'Hilfe mit der Bank-App für Ältere',
      'Infoveranstaltung itsme für die Kundschaft',
    ],
    en: [
      'Digital drop-in hours at the library',
      'Help with the banking app for older people',
      'itsme information session for customers',
    ],
  },
  promotion: {
    nl: [
      'Het Charter voorgesteld op het netwerkevent',
      'Artikel over het Charter in onze nieuwsbrief',
      'Partners uitgenodigd om te tekenen',
    ],
    fr: [
      'La Charte présentée lors de la soirée réseau',
      'Article sur la Charte dans notre lettre d’information',
      'Partenaires invités à signer',
    ],
    de: [
      'Die Charta beim Netzwerktreffen vorgestellt',
      'Artikel über die Charta im Newsletter',
      'Partner zur Unterzeichnung eingeladen',
    ],
    en: [
      'The Charter presented at the network evening',
      'Article on the Charter in our newsletter',
      'Partners invited to sign',
    ],
  },
  campaign: {
    nl: [
      'Affiches van de campagne in onze kantoren',
      'Campagne gedeeld op sociale media',
      'Week van de digitale inclusie',
    ],
    fr: [
      'Affiches de la campagne dans nos bureaux',
      'Campagne partagée sur les réseaux sociaux',
      'Semaine de l’inclusion numérique',
    ],
    de: ['Kampagnenplakate in unseren Büros', 'Kampagne in sozialen Medien geteilt', 'Woche der digitalen Inklusion'],
    en: ['Campaign posters in our offices', 'Campaign shared on social media', 'Digital inclusion week'],
  },
  safety: {
    nl: [
      'Phishingoefening voor alle medewerkers',
      'Sessie veilig online voor senioren',
      'Waarschuwing voor valse sms’jes',
      'Safeonweb voorgesteld aan klanten',
    ],
    fr: [
      'Exercice d’hameçonnage pour tout le personnel',
      'Séance sécurité en ligne pour les aînés',
      'Alerte aux faux SMS',
      'Safeonweb présenté aux clients',
    ],
    de: [
      'Phishing-Übung für alle Mitarbeitenden',
      'Sicher online: Sitzung für Ältere',
      'Warnung vor gefälschten SMS',
      'Safeonweb der Kundschaft vorgestellt',
    ],
    en: [
      'Phishing exercise for all staff',
      'Online safety session for older people',
      'Warning about fake text messages',
      'Safeonweb presented to customers',
    ],
  },
};

const DESCRIPTION: Record<Lang, string> = {
  nl: 'Samen met onze partners, in eenvoudige taal.',
  fr: 'Avec nos partenaires, en langage clair.',
  de: 'Gemeinsam mit unseren Partnern, in einfacher Sprache.',
  en: 'Together with our partners, in plain language.',
};

export interface Author {
  orgId: string;
  userId: string;
  lang: Lang;
  regions: readonly string[];
}

const DAY = 86_400_000;

/** The days from the later of `earliest` and the signature to yesterday: activities of a signatory, in the past. */
export function windowSince(
  earliest: number,
  signedAt: string | null,
  today = Date.now(),
): { from: number; days: number } {
  const from = Math.max(earliest, signedAt ? Date.parse(signedAt) : earliest);
  return { from, days: Math.max(1, Math.floor((today - from) / DAY)) };
}

/** `count` activities of one organisation, dated between `from` and `from + days`. */
export function madeUpActivities(
  rnd: Random,
  author: Author,
  count: number,
  from: number,
  days: number,
): Insertable<ActivitiesTable>[] {
  return Array.from({ length: count }, (_, i) => {
    const kind = i < KINDS.length ? KINDS[i]! : rnd.pick(KINDS);
    const titles = TITLES[kind][author.lang];
    const titleIndex = rnd.int(titles.length);
    const startsOn = new Date(from + rnd.int(days) * DAY).toISOString().slice(0, 10);
    const training = kind === 'training';
    const people = training ? 5 + rnd.int(60) : kind === 'campaign' ? 100 + rnd.int(5000) : 10 + rnd.int(300);
    const at = `${startsOn}T09:00:00.000Z`;
    const columns = columnsOf({
      kind,
      title: titles[titleIndex]!,
      startsOn,
      endsOn: rnd.chance(0.2)
        ? new Date(Date.parse(startsOn) + (1 + rnd.int(30)) * DAY).toISOString().slice(0, 10)
        : null,
      peopleReached: people,
      description: rnd.chance(0.5) ? DESCRIPTION[author.lang] : null,
      tags: {
        commitment: rnd.chance(0.3) ? ['4', '8'] : [],
        audience: [training ? 'employees' : rnd.pick(['customers', 'community'] as const)],
        group: rnd.chance(0.6) ? [rnd.pick(TAGS.group)] : [],
        digcomp: training ? [rnd.pick(TAGS.digcomp), rnd.pick(TAGS.digcomp)] : [],
        region: author.regions.length > 0 ? [...author.regions] : [],
      },
      minutesPerPerson: training ? 30 * (1 + rnd.int(12)) : null,
      safetyKind: kind === 'safety' ? (SAFETY_KINDS[titleIndex] ?? 'session') : null,
      evidenceLink: rnd.chance(0.3) ? 'https://example.be/verslag' : null,
      visibility: rnd.chance(0.2) ? 'private' : 'public',
    });
    return {
      id: newId(),
      org_id: author.orgId,
      ...columns,
      campaign_id: null,
      source: 'form' as const,
      created_by: author.userId,
      updated_by: author.userId,
      created_at: at,
      updated_at: at,
    };
  });
}
