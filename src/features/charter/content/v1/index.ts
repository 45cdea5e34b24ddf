import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readVersionFiles, type VersionContent } from '../../content.ts';

/** Version 1: signed by the first organisations in Brussels on 14 September 2021. */
export const VERSION_1 = {
  version: 1,
  publishedAt: '2021-09-14T10:00:00.000Z',
} as const;

// Our own short names for the nine commitments; the full wording comes from each text.
const SHORT_TITLES = {
  nl: [
    'Goede praktijken delen',
    'Samen drempels in kaart brengen en aanpakken',
    'Engagement van de top',
    'Intern opleiden en vooruitgang delen',
    'Inclusie uitdragen en het charter laten groeien',
    'Campagnes steunen',
    'Inclusie in de eigen organisatie beoordelen',
    'Vertrouwen en online veiligheid versterken',
    'Vooruitgang opvolgen en samen evalueren',
  ],
  fr: [
    'Partager les bonnes pratiques',
    'Identifier les obstacles et agir ensemble',
    'Un engagement porté par la direction',
    'Former en interne et partager les progrès',
    'Promouvoir l’inclusion et élargir la Charte',
    'Soutenir les campagnes',
    'Évaluer l’inclusion dans sa propre organisation',
    'Renforcer la confiance et la sécurité en ligne',
    'Suivre ses progrès et évaluer ensemble',
  ],
  de: [
    'Bewährte Verfahren teilen',
    'Hindernisse gemeinsam erkennen und angehen',
    'Verpflichtung der Leitung',
    'Intern schulen und Fortschritte teilen',
    'Inklusion nach außen tragen und die Charta stärken',
    'Kampagnen unterstützen',
    'Inklusion in der eigenen Organisation bewerten',
    'Vertrauen und Sicherheit im Internet stärken',
    'Fortschritte verfolgen und gemeinsam bewerten',
  ],
  en: [
    'Share best practices',
    'Map obstacles and act together',
    'Commitment from the top',
    'Train staff and share progress',
    'Promote inclusion and grow the charter',
    'Support awareness campaigns',
    'Assess inclusion in your own organisation',
    'Build trust and online safety',
    'Monitor progress and evaluate together',
  ],
} as const;

export const VERSION_1_DIR = path.dirname(fileURLToPath(import.meta.url));

export function version1Content(): VersionContent {
  return readVersionFiles({ dir: VERSION_1_DIR, authoritative: ['nl', 'fr'], shortTitles: SHORT_TITLES });
}
