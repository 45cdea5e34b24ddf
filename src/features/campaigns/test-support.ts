import type { CampaignInput } from './service.ts';

// Helpers for this feature's tests: a complete campaign input.

export function validCampaign(over: Partial<CampaignInput> = {}): CampaignInput {
  return {
    lang: 'nl',
    texts: [
      { lang: 'nl', title: 'Digitale week', aim: 'Organisaties openen hun deuren.', ctaText: 'Doe mee.' },
      { lang: 'fr', title: 'Semaine numérique', aim: 'Des organisations ouvrent leurs portes.', ctaText: null },
    ],
    startsOn: '2026-11-20',
    endsOn: '2026-12-31',
    causes: ['skills'],
    groups: ['older'],
    ctaLink: 'https://example.be/meedoen',
    ...over,
  };
}
