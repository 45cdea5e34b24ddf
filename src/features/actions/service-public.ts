import type { Principal } from '../../platform/auth/principal.ts';
import { isLang, type Lang } from '../../platform/i18n/i18n.ts';
import { isFollowing } from '../following/service.ts';
import { organisationRefs } from '../organisations/service-registration.ts';
import { listedObstacles, type ObstacleItem } from '../obstacles/service.ts';
import type { ActionStatus } from './actions.table.ts';
import { actingOrg } from './access.ts';
import { keptCount } from './derived.ts';
import { actionFollowable } from './service-follow.ts';
import { indicatorsOf, updatesOf } from './service-indicators.ts';
import { partnersOf, type PartnerLine } from './service-partners.ts';
import { proposers } from './service-propose.ts';
import { encodeCursor, isFiltered, type Cursor, type ListFilter } from './query.ts';
import * as repo from './repository.ts';
import { CAUSES, fromBits, NEEDS, REGIONS, type Need } from './vocabulary.ts';

// The public side: the list (filters, keyset pages, totals from the kept counts) and an
// action's page with its obstacles, partners, milestones, indicators, updates and history.

export const PAGE_SIZE = 20;
/** A filtered page looks at no more than this many actions from where it starts. */
export const FILTER_WINDOW = 2000;

export interface ActionItem {
  id: string;
  slug: string;
  title: string;
  goal: string;
  lang: Lang;
  status: ActionStatus;
  /** The lead; `former` once it withdrew from the Charter (ADR 0023). */
  lead: { id: string; name: string; slug: string; former: boolean } | null;
  needs: Need[];
  causes: string[];
  regions: string[];
  progress: number;
  partnerCount: number;
  startsOn: string;
  endsOn: string | null;
  createdAt: string;
}

export async function itemsOf(db: repo.Db, rows: readonly repo.Action[]): Promise<ActionItem[]> {
  const orgs = await organisationRefs(db, [...new Set(rows.map((r) => r.lead_org_id))]);
  return rows.map((r) => {
    const org = orgs.get(r.lead_org_id);
    return {
      id: r.id,
      slug: r.slug,
      title: r.title,
      goal: r.goal,
      lang: isLang(r.lang) ? r.lang : 'nl',
      status: r.status,
      lead: org ? { id: r.lead_org_id, name: org.legalName, slug: org.slug, former: org.status === 'withdrawn' } : null,
      needs: fromBits(NEEDS, Number(r.need_bits)),
      causes: fromBits(CAUSES, Number(r.cause_bits)),
      regions: fromBits(REGIONS, Number(r.region_bits)),
      progress: Number(r.progress),
      partnerCount: Number(r.partner_count),
      startsOn: r.starts_on,
      endsOn: r.ends_on,
      createdAt: r.created_at,
    };
  });
}

export interface ListPage {
  items: ActionItem[];
  rows: repo.Action[];
  next: string | null;
  /** How many match on all pages when the kept counts know it (one status or need at most). */
  total: number | null;
  /** The next link goes on looking after a window that held fewer matches than a page. */
  further: boolean;
  /** The obstacle the list is about (`?obstacle=`), or null; unknown when it is not public. */
  obstacle: ObstacleItem | null;
}

async function knownTotal(db: repo.Db, f: ListFilter): Promise<number | null> {
  const chosen = [...f.statuses.map((s) => ['status', s]), ...f.needs.map((n) => ['need', n])];
  if (chosen.length > 1 || f.causes.length + f.regions.length > 0 || f.obstacle) return null;
  const [facet, value] = chosen[0] ?? ['all', ''];
  return keptCount(db, facet!, value!);
}

export async function listPage(
  db: repo.Db,
  filter: ListFilter,
  after: Cursor | null,
  limit = PAGE_SIZE,
  window = FILTER_WINDOW,
): Promise<ListPage> {
  if (filter.obstacle) return againstObstacle(db, filter, filter.obstacle, after, limit);
  const [rows, total] = await Promise.all([
    repo.listRows(db, filter, after, limit + 1, window),
    knownTotal(db, filter),
  ]);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const full = rows.length > limit && last;
  // A filtered page the window did not fill goes on after the window's end, if the list goes on.
  const end = !full && isFiltered(filter) ? await repo.windowEnd(db, after, window) : null;
  const next = full ? { at: last.created_at, id: last.id } : end;
  return {
    items: await itemsOf(db, page),
    rows: page,
    next: next ? encodeCursor(next) : null,
    total,
    further: !full && end !== null,
    obstacle: null,
  };
}

/** The list's page of the actions against one public obstacle (none when it is not public). */
async function againstObstacle(
  db: repo.Db,
  filter: ListFilter,
  ref: string,
  after: Cursor | null,
  limit: number,
): Promise<ListPage> {
  const [obstacle] = await listedObstacles(db, [ref]);
  const rows = obstacle ? await repo.rowsAgainst(db, obstacle.id, filter, after, limit + 1) : [];
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const next = rows.length > limit && last ? encodeCursor({ at: last.created_at, id: last.id }) : null;
  return { items: await itemsOf(db, page), rows: page, next, total: null, further: false, obstacle: obstacle ?? null };
}

export const HISTORY_SHOWN = 50;

export interface ActionView {
  action: repo.Action;
  item: ActionItem;
  obstacles: ObstacleItem[];
  milestones: repo.Milestone[];
  history: { at: string; org: string | null; kind: string; detail: string | null }[];
  /** The organisation the reader acts for on this action (the lead's or a partner's), if any. */
  actingOrg: string | null;
  partners: PartnerLine[];
  indicators: Awaited<ReturnType<typeof indicatorsOf>>;
  updates: { id: string; body: string; postedOn: string; org: string | null }[];
  /** The reader's organisations that are signatories: they may ask to join or answer an invitation. */
  readerOrgs: { orgId: string; orgName: string }[];
  /** Whether the signed-in reader follows the action. */
  following: boolean;
}

/** An action's page for this reader; null means 404 (unknown, or not listed and not theirs). */
export async function actionPage(db: repo.Db, ref: string, reader: Principal | null): Promise<ActionView | null> {
  const action = await repo.actionByRef(db, ref);
  if (!action) return null;
  const acting = reader ? await actingOrg(db, action, reader.userId) : null;
  if (action.listed !== 1 && !acting && !reader?.isSecretariat) return null;
  const [[item], obstacleIds, milestones, history, partners, readerOrgs, indicators, updates, following] =
    await Promise.all([
      itemsOf(db, [action]),
      repo.obstacleIdsOf(db, action.id),
      repo.milestonesOf(db, action.id),
      repo.historyOf(db, action.id, HISTORY_SHOWN),
      partnersOf(db, action.id),
      proposers(db, reader?.memberships ?? []),
      indicatorsOf(db, action.id),
      updatesOf(db, action.id),
      reader ? isFollowing(db, reader.userId, actionFollowable.kind, action.id) : false,
    ]);
  const [obstacles, orgs] = await Promise.all([
    listedObstacles(db, obstacleIds),
    organisationRefs(db, [
      ...new Set([...history.flatMap((h) => (h.org_id ? [h.org_id] : [])), ...updates.map((u) => u.org_id)]),
    ]),
  ]);
  return {
    action,
    item: item!,
    obstacles,
    milestones,
    history: history.map((h) => ({
      at: h.at,
      org: h.org_id ? (orgs.get(h.org_id)?.legalName ?? null) : null,
      kind: h.kind,
      // The secretariat's reason for hiding is for the action's organisations, as the banner is.
      detail: h.kind === 'hidden' && !acting && !reader?.isSecretariat ? null : h.detail,
    })),
    actingOrg: acting,
    partners,
    readerOrgs,
    indicators,
    updates: updates.map((u) => ({
      id: u.id,
      body: u.body,
      postedOn: u.posted_on,
      org: orgs.get(u.org_id)?.legalName ?? null,
    })),
    following,
  };
}

export const PROFILE_LIMIT = 20;

/** For an organisation's public profile: the listed actions it leads and those it joined, newest first. */
export async function actionsOfOrganisation(
  db: repo.Db,
  orgId: string,
  limit = PROFILE_LIMIT,
): Promise<{ led: ActionItem[]; joined: ActionItem[] }> {
  const [led, joined] = await Promise.all([
    db
      .selectFrom('actions')
      .selectAll()
      .where('lead_org_id', '=', orgId)
      .where('listed', '=', 1)
      .orderBy('created_at', 'desc')
      .limit(limit)
      .execute(),
    db
      .selectFrom('action_partners as p')
      .innerJoin('actions as a', 'a.id', 'p.action_id')
      .selectAll('a')
      .where('p.org_id', '=', orgId)
      .where('p.state', '=', 'partner')
      .where('a.listed', '=', 1)
      .orderBy('a.created_at', 'desc')
      .limit(limit)
      .execute(),
  ]);
  return { led: await itemsOf(db, led), joined: await itemsOf(db, joined) };
}

export const PROFILE_SHOWN = 10;

export interface ProfileAction extends ActionItem {
  role: 'lead' | 'partner';
}

/**
 * An organisation's public profile: the latest listed actions it leads or joined, newest first,
 * at most PROFILE_SHOWN (the latest of both reads hold the latest of all), and whether it has more.
 */
export async function profileActions(db: repo.Db, orgId: string): Promise<{ items: ProfileAction[]; more: boolean }> {
  const { led, joined } = await actionsOfOrganisation(db, orgId, PROFILE_SHOWN + 1);
  const all = [
    ...led.map((a) => ({ ...a, role: 'lead' as const })),
    ...joined.map((a) => ({ ...a, role: 'partner' as const })),
  ].sort((x, y) => y.createdAt.localeCompare(x.createdAt) || y.id.localeCompare(x.id));
  return { items: all.slice(0, PROFILE_SHOWN), more: all.length > PROFILE_SHOWN };
}
