import type { TestApp } from '../../../test/support/harness.ts';
import type { MergeDeps } from './outcome.ts';
import type { ObstacleInput } from './service-report.ts';

// Helpers for tests of this feature and of others that need obstacles (an organisation's profile).

export const depsOf = (t: TestApp): MergeDeps => ({ db: t.db, dialect: t.dialect, events: t.registry.events });

/** A complete report, as the checked form gives it; `over` changes what a test cares about. */
export function validObstacle(over: Partial<ObstacleInput> = {}): ObstacleInput {
  return {
    lang: 'nl',
    title: 'Ouderen raken niet door het online formulier',
    description: 'Klanten boven 75 bellen ons omdat ze vastlopen bij de tweede stap.',
    tags: { cause: ['stress'], group: ['older'], region: ['flanders'], audience: ['customers'] },
    evidenceText: null,
    evidenceLink: null,
    evidenceFigure: '30% van onze klanten boven 75',
    ...over,
  };
}
