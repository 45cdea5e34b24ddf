import type { Transaction } from 'kysely';
import { audit } from '../../platform/audit/audit.ts';
import type { DB } from '../../platform/db/schema.ts';
import { newId, now } from '../../platform/db/sql.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import { fail, ok } from '../../platform/outcome.ts';
import { organisationRefs, slugFor } from '../organisations/service-registration.ts';
import { listedObstacles } from '../obstacles/service.ts';
import { signatoryRoleOf } from '../organisations/service.ts';
import type { ActionStatus } from './actions.table.ts';
import { actingOrg } from './access.ts';
import { syncCounts } from './derived.ts';
import { announceActionNews, statusNews } from './service-follow.ts';
import { conflict, invalidField, type ActionDeps, type Outcome } from './outcome.ts';
import * as repo from './repository.ts';
import { CAUSES, NEEDS, REGIONS, toBits, type Need } from './vocabulary.ts';

// Proposing an action and changing it: a member of a signatory proposes it in its organisation's
// name (the lead); the lead's and the partners' members edit it and move its status. The routes
// check the session; these check again, in the change's transaction.

export const TITLE_MAX = 160;
export const GOAL_MAX = 500;
export const DESCRIPTION_MAX = 5000;
export const REASON_MAX = 1000;
export const OBSTACLES_MAX = 10;

export interface ActionInput {
  lang: Lang;
  title: string;
  goal: string;
  description: string;
  startsOn: string;
  endsOn: string | null;
  needs: Need[];
}

/** "Laptops for the Marolles" → "laptops-for-the-marolles-1a2b3c4d": readable, and unique by its id. */
export const slugOf = (title: string, id: string): string => `${slugFor(title)}-${id.slice(0, 8)}`;

/** The action to change, locked, and the organisation the person acts for; or why not. */
export async function forChange(
  trx: Transaction<DB>,
  deps: ActionDeps,
  ref: string,
  userId: string,
): Promise<{ ok: true; action: repo.Action; orgId: string } | { ok: false; error: 'notFound' | 'forbidden' }> {
  const found = await repo.actionByRef(trx, ref);
  const action = found ? await repo.lockAction(trx, deps.dialect, found.id) : undefined;
  if (!action) return { ok: false, error: 'notFound' };
  const orgId = await actingOrg(trx, action, userId);
  return orgId ? { ok: true, action, orgId } : { ok: false, error: 'forbidden' };
}

export async function proposeAction(
  deps: ActionDeps,
  userId: string,
  orgId: string,
  input: ActionInput & { obstacleRefs: string[] },
): Promise<Outcome<{ id: string; slug: string }>> {
  return deps.db.transaction().execute(async (trx) => {
    if (!(await signatoryRoleOf(trx, orgId, userId))) return fail('forbidden' as const);
    if (input.endsOn && input.endsOn < input.startsOn) return invalidField('endsOn', 'actions.error.endBeforeStart');
    const obstacles = await listedObstacles(trx, input.obstacleRefs.slice(0, OBSTACLES_MAX));
    if (obstacles.length === 0) return invalidField('obstacles', 'actions.error.obstacles');
    const id = newId();
    const at = now();
    const slug = slugOf(input.title, id);
    await repo.insertAction(trx, {
      id,
      slug,
      lead_org_id: orgId,
      created_by: userId,
      lang: input.lang,
      title: input.title,
      goal: input.goal,
      description: input.description,
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      status: 'proposed',
      stop_reason: null,
      need_bits: toBits(NEEDS, input.needs),
      cause_bits: toBits(
        CAUSES,
        obstacles.flatMap((o) => o.tags.cause),
      ),
      region_bits: toBits(
        REGIONS,
        obstacles.flatMap((o) => o.tags.region),
      ),
      listed: 1,
      progress: 0,
      milestone_count: 0,
      partner_count: 0,
      created_at: at,
      updated_at: at,
    });
    await repo.linkObstacles(
      trx,
      id,
      obstacles.map((o) => o.id),
    );
    await syncCounts(trx, id, undefined);
    await repo.addHistory(trx, { actionId: id, actor: userId, orgId, kind: 'proposed', at });
    await audit(trx, {
      actor: userId,
      action: 'actions.proposed',
      subjectType: 'action',
      subjectId: id,
      details: { orgId, title: input.title, obstacles: obstacles.map((o) => o.id) },
    });
    return ok({ id, slug });
  });
}

export async function editAction(
  deps: ActionDeps,
  userId: string,
  ref: string,
  input: ActionInput,
): Promise<Outcome<{ slug: string }>> {
  return deps.db.transaction().execute(async (trx) => {
    const found = await forChange(trx, deps, ref, userId);
    if (!found.ok) return fail(found.error);
    const { action, orgId } = found;
    if (input.endsOn && input.endsOn < input.startsOn) return invalidField('endsOn', 'actions.error.endBeforeStart');
    const at = now();
    await trx
      .updateTable('actions')
      .set({
        lang: input.lang,
        title: input.title,
        goal: input.goal,
        description: input.description,
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        need_bits: toBits(NEEDS, input.needs),
        updated_at: at,
      })
      .where('id', '=', action.id)
      .execute();
    await syncCounts(trx, action.id, action);
    await repo.addHistory(trx, { actionId: action.id, actor: userId, orgId, kind: 'edited', at });
    await audit(trx, {
      actor: userId,
      action: 'actions.edited',
      subjectType: 'action',
      subjectId: action.id,
      details: { orgId, before: { title: action.title, goal: action.goal, needBits: action.need_bits } },
    });
    return ok({ slug: action.slug });
  });
}

/** A new status; stopping needs a reason, and a stopped or done action can be taken up again. */
export async function changeStatus(
  deps: ActionDeps,
  userId: string,
  ref: string,
  input: { status: ActionStatus; reason: string | null },
): Promise<Outcome<{ slug: string }>> {
  return deps.db.transaction().execute(async (trx) => {
    const found = await forChange(trx, deps, ref, userId);
    if (!found.ok) return fail(found.error);
    const { action, orgId } = found;
    if (input.status === 'stopped' && !input.reason) return invalidField('stopReason', 'actions.error.reason');
    if (input.status === action.status) return conflict('actions.status.same');
    const at = now();
    const stopReason = input.status === 'stopped' ? input.reason : null;
    await trx
      .updateTable('actions')
      .set({ status: input.status, stop_reason: stopReason, updated_at: at })
      .where('id', '=', action.id)
      .execute();
    await syncCounts(trx, action.id, action);
    await repo.addHistory(trx, { actionId: action.id, actor: userId, orgId, kind: 'status', detail: input.status, at });
    await audit(trx, {
      actor: userId,
      action: 'actions.status_changed',
      subjectType: 'action',
      subjectId: action.id,
      details: { orgId, from: action.status, to: input.status, reason: stopReason },
    });
    const news = statusNews(input.status, stopReason);
    await announceActionNews(trx, action.id, news.what, { ...news.values, actor: userId });
    return ok({ slug: action.slug });
  });
}

/** The organisations the person may propose an action for: the signatories they belong to. */
export async function proposers(
  db: repo.Db,
  memberships: readonly { orgId: string; orgName: string }[],
): Promise<{ orgId: string; orgName: string }[]> {
  const refs = await organisationRefs(
    db,
    memberships.map((m) => m.orgId),
  );
  return memberships.filter((m) => refs.get(m.orgId)?.status === 'signatory');
}
