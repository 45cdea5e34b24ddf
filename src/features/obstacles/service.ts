// The obstacles feature's API. Other features use only what this module exports: an
// organisation's public profile lists what it reported and endorsed (obstaclesOfOrganisation).

export * from './service-report.ts';
export * from './service-moderation.ts';
export { obstaclesOfOrganisation, type ObstacleItem } from './service-public.ts';
export type { ObstacleDeps, Outcome, Reason } from './outcome.ts';

import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { obstacleByRef } from './repository.ts';
import { itemsOf, type ObstacleItem as Item } from './service-public.ts';

/**
 * For joint actions (features/actions): the obstacles behind these slugs or ids, as the list
 * shows them, in the order given; unknown, hidden and merged ones are left out.
 */
export async function listedObstacles(db: Kysely<DB> | Transaction<DB>, refs: readonly string[]): Promise<Item[]> {
  const rows = [];
  for (const ref of new Set(refs)) {
    const row = await obstacleByRef(db, ref);
    if (row && row.listed === 1 && row.status !== 'merged') rows.push(row);
  }
  return itemsOf(db, rows);
}
