import type { Transaction } from 'kysely';
import { audit } from '../../platform/audit/audit.ts';
import type { DB } from '../../platform/db/schema.ts';
import { newId, now } from '../../platform/db/sql.ts';
import { fail, ok } from '../../platform/outcome.ts';
import type { MilestoneStatus } from './actions.table.ts';
import { conflict, invalidField, type ActionDeps, type Outcome } from './outcome.ts';
import { weightedProgress } from './progress.ts';
import * as repo from './repository.ts';
import { announceActionNews } from './service-follow.ts';
import { forChange } from './service-propose.ts';
import { belgianDate } from '../../platform/i18n/format.ts';

// Milestones: the lead's and partners' members add them and move them on. Each write stores the
// action's progress (the weighted mean of its milestones, progress.ts) on the action's row, in
// the same transaction: pages, the list and the API read that number, never the milestones.

export const MILESTONE_TITLE_MAX = 200;
export const WEIGHT_MAX = 100;
/** An action's milestones are read whole by each write: a bounded number. */
export const MILESTONES_MAX = 50;

export interface MilestoneInput {
  title: string;
  dueOn: string;
  weight: number;
  status: MilestoneStatus;
  /** Only under way: 0–100. */
  percent: number;
  /** Only done: the day it was reached (today when left empty). */
  doneOn: string | null;
}

/** Today in Belgium, as YYYY-MM-DD. */

function columnsOf(input: MilestoneInput) {
  return {
    title: input.title,
    due_on: input.dueOn,
    weight: input.weight,
    status: input.status,
    percent: input.status === 'done' ? 100 : input.status === 'planned' ? 0 : input.percent,
    done_on: input.status === 'done' ? (input.doneOn ?? belgianDate()) : null,
  };
}

/** Stores the action's progress and milestone count anew from its milestones. */
export async function storeProgress(trx: repo.Db, actionId: string, at: string): Promise<number> {
  const milestones = await repo.milestonesOf(trx, actionId);
  const progress = weightedProgress(
    milestones.map((m) => ({ ...m, weight: Number(m.weight), percent: Number(m.percent) })),
  );
  await trx
    .updateTable('actions')
    .set({ progress, milestone_count: milestones.length, updated_at: at })
    .where('id', '=', actionId)
    .execute();
  return progress;
}

async function record(
  trx: Transaction<DB>,
  line: {
    actionId: string;
    userId: string;
    orgId: string;
    kind: 'milestone_added' | 'milestone_changed';
    title: string;
    milestoneId: string;
    at: string;
    details: object;
  },
) {
  await repo.addHistory(trx, {
    actionId: line.actionId,
    actor: line.userId,
    orgId: line.orgId,
    kind: line.kind,
    detail: line.title,
    at: line.at,
  });
  const details = { orgId: line.orgId, milestoneId: line.milestoneId, ...line.details };
  const subject = { actor: line.userId, subjectType: 'action', subjectId: line.actionId, details };
  if (line.kind === 'milestone_added') await audit(trx, { ...subject, action: 'actions.milestone_added' });
  else await audit(trx, { ...subject, action: 'actions.milestone_changed' });
}

export async function addMilestone(
  deps: ActionDeps,
  userId: string,
  ref: string,
  input: MilestoneInput,
): Promise<Outcome<{ slug: string; progress: number }>> {
  return deps.db.transaction().execute(async (trx) => {
    const found = await forChange(trx, deps, ref, userId);
    if (!found.ok) return fail(found.error);
    const { action, orgId } = found;
    if (Number(action.milestone_count) >= MILESTONES_MAX) return conflict('actions.milestone.tooMany');
    if (input.doneOn && input.doneOn > belgianDate()) return invalidField('doneOn', 'actions.milestone.error.future');
    const at = now();
    const id = newId();
    await trx
      .insertInto('action_milestones')
      .values({ id, action_id: action.id, ...columnsOf(input), created_at: at, updated_at: at })
      .execute();
    const progress = await storeProgress(trx, action.id, at);
    await record(trx, {
      actionId: action.id,
      userId,
      orgId,
      kind: 'milestone_added',
      title: input.title,
      milestoneId: id,
      at,
      details: { weight: input.weight, status: input.status },
    });
    if (input.status === 'done') {
      await announceActionNews(trx, action.id, 'milestoneDone', { milestone: input.title, actor: userId });
    }
    return ok({ slug: action.slug, progress });
  });
}

export async function updateMilestone(
  deps: ActionDeps,
  userId: string,
  ref: string,
  milestoneId: string,
  input: MilestoneInput,
): Promise<Outcome<{ slug: string; progress: number }>> {
  return deps.db.transaction().execute(async (trx) => {
    const found = await forChange(trx, deps, ref, userId);
    if (!found.ok) return fail(found.error);
    const { action, orgId } = found;
    const before = await milestoneOf(trx, action.id, milestoneId);
    if (!before) return fail('notFound' as const);
    if (input.doneOn && input.doneOn > belgianDate()) return invalidField('doneOn', 'actions.milestone.error.future');
    const at = now();
    await trx
      .updateTable('action_milestones')
      .set({ ...columnsOf(input), updated_at: at })
      .where('id', '=', milestoneId)
      .execute();
    const progress = await storeProgress(trx, action.id, at);
    await record(trx, {
      actionId: action.id,
      userId,
      orgId,
      kind: 'milestone_changed',
      title: input.title,
      milestoneId,
      at,
      details: {
        from: { status: before.status, percent: before.percent, weight: before.weight },
        to: { status: input.status, percent: input.percent, weight: input.weight },
      },
    });
    // Done once is news once: saving a done milestone again tells no one.
    if (input.status === 'done' && before.status !== 'done') {
      await announceActionNews(trx, action.id, 'milestoneDone', { milestone: input.title, actor: userId });
    }
    return ok({ slug: action.slug, progress });
  });
}

/** One milestone of the action; ids with characters ours never have are not looked up. */
export async function milestoneOf(
  db: repo.Db,
  actionId: string,
  milestoneId: string,
): Promise<repo.Milestone | undefined> {
  if (!/^[a-z0-9-]{1,100}$/i.test(milestoneId)) return undefined;
  return db
    .selectFrom('action_milestones')
    .selectAll()
    .where('id', '=', milestoneId)
    .where('action_id', '=', actionId)
    .executeTakeFirst();
}
