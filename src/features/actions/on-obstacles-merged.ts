import type { Listener } from '../../platform/events.ts';

// When the secretariat merges a duplicate obstacle into the one it repeats (obstacles feature,
// event `obstacles:merged`), the actions against the duplicate now act against the kept one.
// An action that already targeted both keeps one link. Runs in the merge's transaction.

export const onObstaclesMerged: Listener<'obstacles:merged'> = async ({ trx }, { fromId, intoId }) => {
  const linked = await trx
    .selectFrom('action_obstacles')
    .select('action_id')
    .where('obstacle_id', '=', fromId)
    .execute();
  if (linked.length === 0) return;
  await trx
    .insertInto('action_obstacles')
    .values(linked.map((l) => ({ action_id: l.action_id, obstacle_id: intoId })))
    .onConflict((oc) => oc.columns(['action_id', 'obstacle_id']).doNothing())
    .execute();
  await trx.deleteFrom('action_obstacles').where('obstacle_id', '=', fromId).execute();
};
