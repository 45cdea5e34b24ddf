import assert from 'node:assert/strict';
import type { TestApp } from '../../../test/support/harness.ts';
import { signedInClient, type TestUser } from '../../../test/support/accounts.ts';
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

/** An organisation's administrator withdraws it through its space, as a person would (ADR 0023). */
export async function withdrawThroughSpace(t: TestApp, admin: TestUser, orgId: string): Promise<void> {
  const client = await signedInClient(t, admin);
  const res = await client.submit(
    `/en/organisations/${orgId}`,
    { reason: 'We stop.', step: 'confirm' },
    `/en/organisations/${orgId}/withdraw/confirm`,
  );
  assert.equal(res.status, 303);
}
