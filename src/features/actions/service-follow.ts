import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Values } from '../../platform/i18n/i18n.ts';
import { announce } from '../following/service-news.ts';
import type { Followable, SubjectView } from '../following/service.ts';
import type { ActionStatus } from './actions.table.ts';

// A joint action can be followed (issue 7), as an obstacle can: its followers hear when its
// status changes, when a milestone is done, when an organisation becomes a partner and when
// news is posted. The following feature asks here whether an action is public, with which
// title and address. An action has one language, the one its lead wrote it in.

type Reader = Parameters<Followable['visible']>[0];

/** Listed actions among `ids`, with their page. */
async function listed(db: Reader, ids: readonly string[]): Promise<Map<string, SubjectView>> {
  const views = new Map<string, SubjectView>();
  if (ids.length === 0) return views;
  const rows = await db
    .selectFrom('actions')
    .select(['id', 'slug', 'title'])
    .where('id', 'in', [...new Set(ids)])
    .where('listed', '=', 1)
    .execute();
  for (const r of rows) views.set(r.id, { title: r.title, path: `/actions/${encodeURIComponent(r.slug)}` });
  return views;
}

/** The actions feature's followable kind, declared in its manifest. */
export const actionFollowable: Followable = {
  kind: 'action',
  label: 'actions.follow.kind',
  // A listed action is public: everyone may see and follow it.
  visible: (db, ids) => listed(db, ids),
};

const NEWS = {
  status: 'actions.follow.news.status',
  stopped: 'actions.follow.news.stopped',
  milestoneDone: 'actions.follow.news.milestoneDone',
  partnerJoined: 'actions.follow.news.partnerJoined',
  updatePosted: 'actions.follow.news.updatePosted',
} as const;

/** What each kind of news says, beyond the action's title. */
type NewsValues = {
  status: { status: Exclude<ActionStatus, 'stopped'> };
  stopped: { reason: string };
  milestoneDone: { milestone: string };
  partnerJoined: { org: string };
  updatePosted: { org: string };
};

/** A status change is news of its own kind when the action stops, to say why. */
export function statusNews(status: ActionStatus, reason: string | null) {
  return status === 'stopped'
    ? ({ what: 'stopped', values: { reason: reason ?? '' } } as const)
    : ({ what: 'status', values: { status } } as const);
}

/** Tells an action's followers what happened, in the change's transaction (after the change). */
export async function announceActionNews<K extends keyof typeof NEWS>(
  trx: Transaction<DB>,
  actionId: string,
  what: K,
  values: NewsValues[K] & { actor: string | null },
): Promise<void> {
  const action = (await listed(trx, [actionId])).get(actionId);
  if (!action) return;
  const { actor, ...rest } = values;
  await announce(
    { db: trx },
    {
      kind: actionFollowable.kind,
      id: actionId,
      title: action.title,
      url: action.path,
      text: NEWS[what],
      // Each kind's values are strings (NewsValues), which the catalogue message reads.
      values: rest as Values,
      actor,
    },
  );
}
