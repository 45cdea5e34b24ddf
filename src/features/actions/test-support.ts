import type { TestApp } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import type { Client } from '../../../test/support/client.ts';
import { reportObstacle } from '../obstacles/service.ts';
import type { ActionDeps } from './outcome.ts';
import { proposeAction, type ActionInput } from './service-propose.ts';

// Helpers for this feature's tests: two signatories, an obstacle, a complete action.

export const depsOf = (t: TestApp): ActionDeps => ({ db: t.db, dialect: t.dialect });

export function validAction(over: Partial<ActionInput> = {}): ActionInput {
  return {
    lang: 'nl',
    title: 'Samen laptops voor werkzoekenden',
    goal: 'Elke werkzoekende in opleiding heeft een laptop.',
    description: 'Bedrijven schenken laptops, een werkplaats maakt ze klaar.',
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
    needs: ['devices', 'venue'],
    ...over,
  };
}

export interface World {
  a: TestUser;
  b: TestUser;
  orgA: { id: string; slug: string; name: string };
  orgB: { id: string; slug: string; name: string };
  obstacle: { id: string; slug: string };
}

/** Organisation A (a member `a`) and B (a member `b`), both signatories; A reported an obstacle. */
export async function world(t: TestApp, names = { a: 'Bank Alfa', b: 'Vzw Beta' }): Promise<World> {
  const a = await createUser(t.db, { locale: 'nl' });
  const b = await createUser(t.db, { locale: 'nl' });
  const orgA = await createOrganisation(t.db, { name: names.a, members: [{ user: a, role: 'member' }] });
  const orgB = await createOrganisation(t.db, { name: names.b, members: [{ user: b, role: 'admin' }] });
  const reported = await reportObstacle(depsOf(t), a.id, orgA.id, {
    lang: 'nl',
    title: 'Werkzoekenden hebben geen laptop thuis',
    description: 'Wie een opleiding volgt, moet thuis oefenen, maar heeft geen toestel.',
    tags: { cause: ['stress', 'access'], group: ['jobseekers'], region: ['flanders'], audience: ['community'] },
    evidenceText: null,
    evidenceLink: null,
    evidenceFigure: null,
  });
  if (!reported.ok) throw new Error('no obstacle');
  return { a, b, orgA, orgB, obstacle: reported.value };
}

export interface Scene extends World {
  asA: Client;
  asB: Client;
  /** B's action (B leads it), its page in English and its id. */
  page: string;
  actionId: string;
}

/** The world, signed-in clients for A and B, and an action B proposed against A's obstacle. */
export async function sceneOf(t: TestApp): Promise<Scene> {
  const w = await world(t);
  const made = await proposeAction(depsOf(t), w.b.id, w.orgB.id, { ...validAction(), obstacleRefs: [w.obstacle.slug] });
  if (!made.ok) throw new Error('no action');
  return {
    ...w,
    asA: await signedInClient(t, w.a),
    asB: await signedInClient(t, w.b),
    page: `/en/actions/${made.value.slug}`,
    actionId: made.value.id,
  };
}
