import { audit } from '../../platform/audit/audit.ts';
import { newId, now } from '../../platform/db/sql.ts';
import { organisationRefs } from '../organisations/service-registration.ts';
import { fail, ok } from '../../platform/outcome.ts';
import { conflict, invalidField, type ActionDeps, type Outcome } from './outcome.ts';
import * as repo from './repository.ts';
import { announceActionNews } from './service-follow.ts';
import { forChange } from './service-propose.ts';
import { belgianDate } from '../../platform/i18n/format.ts';

// Indicators ("people trained: 340 of 500") and updates (dated news), by the lead's and
// partners' members. Each change is in the action's history and the audit log.

export const NAME_MAX = 120;
export const UNIT_MAX = 40;
export const VALUE_MAX = 100_000_000;
export const INDICATORS_MAX = 20;
export const UPDATE_MAX = 3000;
export const UPDATES_SHOWN = 20;

export interface IndicatorInput {
  name: string;
  unit: string;
  target: number;
  current: number;
  measuredOn: string;
}

const columnsOf = (i: IndicatorInput) => ({
  name: i.name,
  unit: i.unit,
  target: i.target,
  current_value: i.current,
  measured_on: i.measuredOn,
});

export async function addIndicator(
  deps: ActionDeps,
  userId: string,
  ref: string,
  input: IndicatorInput,
): Promise<Outcome<{ slug: string }>> {
  return deps.db.transaction().execute(async (trx) => {
    const found = await forChange(trx, deps, ref, userId);
    if (!found.ok) return fail(found.error);
    const { action, orgId } = found;
    if (input.measuredOn > belgianDate()) return invalidField('measuredOn', 'actions.indicator.error.future');
    const count = await trx
      .selectFrom('action_indicators')
      .select('id')
      .where('action_id', '=', action.id)
      .limit(INDICATORS_MAX)
      .execute();
    if (count.length >= INDICATORS_MAX) return conflict('actions.indicator.tooMany');
    const at = now();
    const id = newId();
    await trx
      .insertInto('action_indicators')
      .values({ id, action_id: action.id, ...columnsOf(input), created_at: at, updated_at: at })
      .execute();
    await repo.addHistory(trx, {
      actionId: action.id,
      actor: userId,
      orgId,
      kind: 'indicator_added',
      detail: input.name,
      at,
    });
    await audit(trx, {
      actor: userId,
      action: 'actions.indicator_added',
      subjectType: 'action',
      subjectId: action.id,
      details: { orgId, indicatorId: id, ...columnsOf(input) },
    });
    return ok({ slug: action.slug });
  });
}

export async function updateIndicator(
  deps: ActionDeps,
  userId: string,
  ref: string,
  indicatorId: string,
  input: IndicatorInput,
): Promise<Outcome<{ slug: string }>> {
  return deps.db.transaction().execute(async (trx) => {
    const found = await forChange(trx, deps, ref, userId);
    if (!found.ok) return fail(found.error);
    const { action, orgId } = found;
    const before = await indicatorOf(trx, action.id, indicatorId);
    if (!before) return fail('notFound' as const);
    if (input.measuredOn > belgianDate()) return invalidField('measuredOn', 'actions.indicator.error.future');
    const at = now();
    await trx
      .updateTable('action_indicators')
      .set({ ...columnsOf(input), updated_at: at })
      .where('id', '=', indicatorId)
      .execute();
    await repo.addHistory(trx, {
      actionId: action.id,
      actor: userId,
      orgId,
      kind: 'indicator_changed',
      detail: input.name,
      at,
    });
    await audit(trx, {
      actor: userId,
      action: 'actions.indicator_changed',
      subjectType: 'action',
      subjectId: action.id,
      details: {
        orgId,
        indicatorId,
        before: { target: before.target, current: before.current_value },
        after: columnsOf(input),
      },
    });
    return ok({ slug: action.slug });
  });
}

export async function indicatorOf(db: repo.Db, actionId: string, indicatorId: string) {
  if (!/^[a-z0-9-]{1,100}$/i.test(indicatorId)) return undefined;
  return db
    .selectFrom('action_indicators')
    .selectAll()
    .where('id', '=', indicatorId)
    .where('action_id', '=', actionId)
    .executeTakeFirst();
}

export async function indicatorsOf(db: repo.Db, actionId: string) {
  return db
    .selectFrom('action_indicators')
    .selectAll()
    .where('action_id', '=', actionId)
    .orderBy('created_at')
    .limit(INDICATORS_MAX)
    .execute();
}

/** News of the action, dated (today when no date is given), in the name of the lead or a partner. */
export async function postUpdate(
  deps: ActionDeps,
  userId: string,
  ref: string,
  input: { body: string; postedOn: string | null },
): Promise<Outcome<{ slug: string }>> {
  return deps.db.transaction().execute(async (trx) => {
    const found = await forChange(trx, deps, ref, userId);
    if (!found.ok) return fail(found.error);
    const { action, orgId } = found;
    const postedOn = input.postedOn ?? belgianDate();
    if (postedOn > belgianDate()) return invalidField('postedOn', 'actions.indicator.error.future');
    const at = now();
    const id = newId();
    await trx
      .insertInto('action_updates')
      .values({
        id,
        action_id: action.id,
        org_id: orgId,
        author: userId,
        body: input.body,
        posted_on: postedOn,
        created_at: at,
      })
      .execute();
    await repo.addHistory(trx, { actionId: action.id, actor: userId, orgId, kind: 'update_posted', at });
    await audit(trx, {
      actor: userId,
      action: 'actions.update_posted',
      subjectType: 'action',
      subjectId: action.id,
      details: { orgId, updateId: id },
    });
    const org = (await organisationRefs(trx, [orgId])).get(orgId)?.legalName ?? '';
    await announceActionNews(trx, action.id, 'updatePosted', { org, actor: userId });
    return ok({ slug: action.slug });
  });
}

/** The latest updates, newest first. */
export async function updatesOf(db: repo.Db, actionId: string, limit = UPDATES_SHOWN) {
  return db
    .selectFrom('action_updates')
    .select(['id', 'org_id', 'body', 'posted_on', 'created_at'])
    .where('action_id', '=', actionId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}
