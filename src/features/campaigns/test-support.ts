import type { TestApp } from '../../../test/support/harness.ts';
import { eventBus } from '../../platform/events.ts';
import type { CampaignInput } from './service.ts';

// Helpers for this feature's tests: a complete campaign input, and the services' deps as the app
// builds them (the registry's event bus, so the campaigns' listener runs).

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

export const depsOf = (t: TestApp) => ({ db: t.db, dialect: t.dialect, events: t.app.deps.events });

/** The bus with no listener: what a caller that forgets the deps would get. */
export const silentDeps = (t: TestApp) => ({ db: t.db, dialect: t.dialect, events: eventBus([]) });
