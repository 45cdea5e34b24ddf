import type { TestApp } from '../../../test/support/harness.ts';
import type { PracticeDeps } from './outcome.ts';
import type { PracticeInput } from './service-writing.ts';

// Helpers for tests of this feature and of others that need practices (the public side).

export const depsOf = (t: TestApp): PracticeDeps => ({
  db: t.db,
  dialect: t.dialect,
  config: t.config,
  events: t.app.deps.events,
});

/** A complete practice, as the checked form gives it; `over` changes what a test cares about. */
export function validPractice(over: Partial<PracticeInput> = {}): PracticeInput {
  return {
    lang: 'nl',
    title: 'Telefonische hulp bij online formulieren',
    summary: 'Wie vastloopt in een online formulier, belt ons en vult het samen met een medewerker in.',
    body: 'Een gratis nummer, vijf dagen per week.\n\n- geen wachtrij langer dan tien minuten\n- dezelfde prijs als online',
    results: 'Tweehonderd oproepen per maand.',
    tags: {
      cause: ['non_digital', 'stress'],
      group: ['older'],
      commitment: ['7'],
      audience: ['customers'],
      digcomp: [],
      region: ['flanders'],
      language: ['nl', 'fr'],
    },
    periodStart: '2026-01-01',
    periodEnd: undefined,
    peopleReached: 200,
    links: [{ url: 'https://example.be/hulp', label: 'Hulplijn' }],
    contactName: 'An Peeters',
    contactEmail: 'an.peeters@example.be',
    ...over,
  };
}
