import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { announce } from '../following/service-news.ts';
import { moveFollowers, type Followable, type SubjectView } from '../following/service.ts';

// An obstacle can be followed (issue 7): its followers hear when another organisation says it
// sees it too, when the secretariat closes it, and when it is merged into another (their
// follow moves with it). The following feature asks here whether an obstacle is public, with
// which title and address. An obstacle has one language, the one its reporter wrote in.

type Reader = Parameters<Followable['visible']>[0];

/** Listed obstacles among `ids` (open or closed, not hidden, not merged), with their page. */
async function listed(db: Reader, ids: readonly string[]): Promise<Map<string, SubjectView>> {
  const views = new Map<string, SubjectView>();
  if (ids.length === 0) return views;
  const rows = await db
    .selectFrom('obstacles')
    .select(['id', 'slug', 'title'])
    .where('id', 'in', [...new Set(ids)])
    .where('listed', '=', 1)
    .execute();
  for (const r of rows) views.set(r.id, { title: r.title, path: `/obstacles/${encodeURIComponent(r.slug)}` });
  return views;
}

/** The obstacles feature's followable kind, declared in its manifest. */
export const obstacleFollowable: Followable = {
  kind: 'obstacle',
  label: 'obstacles.follow.kind',
  // A listed obstacle is public: everyone may see and follow it.
  visible: (db, ids) => listed(db, ids),
};

const NEWS = {
  endorsed: 'obstacles.follow.news.endorsed',
  closed: 'obstacles.follow.news.closed',
  merged: 'obstacles.follow.news.merged',
  edited: 'obstacles.follow.news.edited',
} as const;

/** Tells an obstacle's followers what happened, in the change's transaction (after the change). */
export async function announceObstacleNews(
  trx: Transaction<DB>,
  obstacleId: string,
  what: keyof typeof NEWS,
  m: { actor: string | null; org?: string; reason?: string },
): Promise<void> {
  const obstacle = (await listed(trx, [obstacleId])).get(obstacleId);
  if (!obstacle) return;
  await announce(
    { db: trx },
    {
      kind: obstacleFollowable.kind,
      id: obstacleId,
      title: obstacle.title,
      url: obstacle.path,
      text: NEWS[what],
      values: { org: m.org ?? '', reason: m.reason ?? '' },
      actor: m.actor,
    },
  );
}

/** Those who followed an obstacle merged into another now follow the kept one. */
export function moveFollows(trx: Transaction<DB>, fromId: string, toId: string): Promise<void> {
  return moveFollowers(trx, obstacleFollowable.kind, fromId, toId);
}
