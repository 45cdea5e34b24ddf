import { audit } from '../../platform/audit/audit.ts';
import { now } from '../../platform/db/sql.ts';
import { fail, ok } from '../../platform/outcome.ts';
import { syncCounts } from './derived.ts';
import { tellLeadAdmins } from './mails.ts';
import { conflict, type ActionDeps, type Outcome } from './outcome.ts';
import * as repo from './repository.ts';
import { encodeCursor, type Cursor } from './query.ts';
import { itemsOf, type ActionItem } from './service-public.ts';

// The secretariat's say over joint actions (issue 7). Hiding sets `listed` to 0, and every
// public read tests `listed` (the list and its counts, the API and CSV, the profiles, following
// and its news, the home page), so a hidden action leaves them all in one write. Its page then
// answers 404 to the public; the members of its lead and partners still see it, with the
// reason, so they know what to change. Featuring puts an action on the home page; a hidden
// action is never featured. The routes ask for the secretariat (and a recent second factor to
// hide or show again); every decision is audited. Hiding and showing again leave a line in the
// action's history (the reason only for its organisations and the secretariat: service-public)
// and a mail to the lead's administrators, who may not open the page for weeks.

export const HIDE_REASON_MAX = 1000;

export async function hideAction(
  deps: ActionDeps,
  actor: string,
  ref: string,
  reason: string,
): Promise<Outcome<{ slug: string }>> {
  return deps.db.transaction().execute(async (trx) => {
    const action = await repo.lockActionByRef(trx, deps.dialect, ref);
    if (!action) return fail('notFound' as const);
    // Hidden already (a second click, two secretaries at once): the first reason stands.
    if (action.hidden_at) return ok({ slug: action.slug });
    const at = now();
    await trx
      .updateTable('actions')
      .set({ hidden_at: at, hidden_reason: reason, hidden_by: actor, listed: 0, featured_at: null, updated_at: at })
      .where('id', '=', action.id)
      .execute();
    await syncCounts(trx, action.id, action);
    await repo.addHistory(trx, { actionId: action.id, actor, orgId: null, kind: 'hidden', detail: reason, at });
    await tellLeadAdmins(trx, 'hidden', {
      slug: action.slug,
      title: action.title,
      leadOrgId: action.lead_org_id,
      reason,
    });
    await audit(trx, {
      actor,
      action: 'actions.hidden',
      subjectType: 'action',
      subjectId: action.id,
      details: { lead: action.lead_org_id, reason, wasFeatured: action.featured_at !== null },
    });
    return ok({ slug: action.slug });
  });
}

export async function unhideAction(deps: ActionDeps, actor: string, ref: string): Promise<Outcome<{ slug: string }>> {
  return deps.db.transaction().execute(async (trx) => {
    const action = await repo.lockActionByRef(trx, deps.dialect, ref);
    if (!action) return fail('notFound' as const);
    if (!action.hidden_at) return ok({ slug: action.slug });
    const at = now();
    await trx
      .updateTable('actions')
      .set({ hidden_at: null, hidden_reason: null, hidden_by: null, listed: 1, updated_at: at })
      .where('id', '=', action.id)
      .execute();
    await syncCounts(trx, action.id, action);
    await repo.addHistory(trx, { actionId: action.id, actor, orgId: null, kind: 'shown', at });
    await tellLeadAdmins(trx, 'shown', {
      slug: action.slug,
      title: action.title,
      leadOrgId: action.lead_org_id,
      reason: null,
    });
    await audit(trx, {
      actor,
      action: 'actions.unhidden',
      subjectType: 'action',
      subjectId: action.id,
      details: { reason: action.hidden_reason },
    });
    return ok({ slug: action.slug });
  });
}

/** Features the action on the home page (`on`), or takes it off; a hidden action cannot be featured. */
export async function featureAction(
  deps: ActionDeps,
  actor: string,
  ref: string,
  on: boolean,
): Promise<Outcome<{ slug: string }>> {
  return deps.db.transaction().execute(async (trx) => {
    const action = await repo.lockActionByRef(trx, deps.dialect, ref);
    if (!action) return fail('notFound' as const);
    if (on && action.hidden_at) return conflict('actions.feature.hidden');
    if (on === (action.featured_at !== null)) return ok({ slug: action.slug });
    await trx
      .updateTable('actions')
      .set({ featured_at: on ? now() : null })
      .where('id', '=', action.id)
      .execute();
    if (on) await audit(trx, { actor, action: 'actions.featured', subjectType: 'action', subjectId: action.id });
    else await audit(trx, { actor, action: 'actions.unfeatured', subjectType: 'action', subjectId: action.id });
    return ok({ slug: action.slug });
  });
}

export const FEATURED_SHOWN = 3;

/** The home page's featured actions, most recently featured first (the top of `actions_featured`). */
export async function featuredActions(db: repo.Db, limit = FEATURED_SHOWN): Promise<ActionItem[]> {
  const rows = await db
    .selectFrom('actions')
    .selectAll()
    .where('featured_at', 'is not', null)
    .where('listed', '=', 1)
    .orderBy('featured_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return itemsOf(db, rows);
}

export interface HiddenLine {
  slug: string;
  title: string;
  lang: string;
  hiddenAt: string;
  reason: string;
}

const HIDDEN_PAGE = 20;

/** The secretariat's list of what it hid, most recently first, in keyset pages along `actions_hidden`. */
export async function hiddenActions(
  db: repo.Db,
  after: Cursor | null,
): Promise<{ items: HiddenLine[]; next: string | null }> {
  let query = db
    .selectFrom('actions')
    .select(['id', 'slug', 'title', 'lang', 'hidden_at', 'hidden_reason'])
    .where('hidden_at', 'is not', null);
  if (after)
    query = query.where((eb) =>
      eb.and([eb('hidden_at', '<=', after.at), eb.or([eb('hidden_at', '<', after.at), eb('id', '<', after.id)])]),
    );
  const rows = await query
    .orderBy('hidden_at', 'desc')
    .orderBy('id', 'desc')
    .limit(HIDDEN_PAGE + 1)
    .execute();
  const page = rows.slice(0, HIDDEN_PAGE);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      slug: r.slug,
      title: r.title,
      lang: r.lang,
      hiddenAt: r.hidden_at ?? '',
      reason: r.hidden_reason ?? '',
    })),
    next: rows.length > HIDDEN_PAGE && last ? encodeCursor({ at: last.hidden_at ?? '', id: last.id }) : null,
  };
}
