import type { Principal } from '../../platform/auth/principal.ts';
import { isLang, type Lang } from '../../platform/i18n/i18n.ts';
import { matchingIds } from '../../platform/search/search.ts';
import { organisationRefs } from '../organisations/service-registration.ts';
import { isFollowing } from '../following/service.ts';
import { obstacleFollowable } from './service-follow.ts';
import { countKey, keptCounts } from './derived.ts';
import { encodeCursor, isFiltered, type Cursor, type ListFilter } from './query.ts';
import * as repo from './repository.ts';
import { OBSTACLES_INDEX } from './search-index.ts';
import { fromBits, TAG_COLUMN, TAG_NAMES, TAGS, type TagName, type TagValue } from './vocabulary.ts';

// The public side: the list (search through platform/search, filters, two orders, keyset
// pages), its figures per region and target group (kept counts, never counted per request),
// an obstacle's page, and what an organisation's public profile lists.

export const PAGE_SIZE = 20;
/** With a search text, the matches read, filtered and sorted; beyond it the page says so. */
export const SEARCH_CAP = 200;
/** Without one, a filtered page looks at no more than this many obstacles from where it starts. */
export const FILTER_WINDOW = 2000;

export interface ObstacleItem {
  id: string;
  slug: string;
  title: string;
  lang: Lang;
  status: string;
  /** The reporting organisation; `former` once it withdrew from the Charter (ADR 0023). */
  org: { name: string; slug: string; former: boolean } | null;
  tags: { [T in TagName]: TagValue<T>[] };
  endorsementCount: number;
  figure: string | null;
  createdAt: string;
}

export interface ListPage {
  items: ObstacleItem[];
  /** The page's rows as stored (the open data publishes more than a result shows). */
  rows: repo.Obstacle[];
  next: string | null;
  /** How many match on all pages when the kept counts know it (no search, one filter value at most). */
  total: number | null;
  /** The search matched more than SEARCH_CAP: only those were considered. */
  capped: boolean;
  /** The next link goes on looking after a window that held fewer matches than a page. */
  further: boolean;
}

export async function itemsOf(db: repo.Db, rows: readonly repo.Obstacle[]): Promise<ObstacleItem[]> {
  const orgs = await organisationRefs(db, [...new Set(rows.map((r) => r.org_id))]);
  return rows.map((r) => {
    const org = orgs.get(r.org_id);
    return {
      id: r.id,
      slug: r.slug,
      title: r.title,
      lang: isLang(r.lang) ? r.lang : 'nl',
      status: r.status,
      org: org ? { name: org.legalName, slug: org.slug, former: org.status === 'withdrawn' } : null,
      tags: Object.fromEntries(
        TAG_NAMES.map((t) => [t, fromBits(t, Number(r[TAG_COLUMN[t]]))]),
      ) as ObstacleItem['tags'],
      endorsementCount: Number(r.endorsement_count),
      figure: r.evidence_figure,
      createdAt: r.created_at,
    };
  });
}

/** The total the kept counts know: none filtered, or one value of one facet or status alone. */
async function knownTotal(db: repo.Db, filter: ListFilter): Promise<number | null> {
  if (filter.q) return null;
  const chosen = [
    ...TAG_NAMES.flatMap((t) => filter.tags[t].map((v) => [t, v] as const)),
    ...filter.statuses.map((s) => ['status', s] as const),
  ];
  if (chosen.length > 1) return null;
  const [facet, value] = chosen[0] ?? ['all', ''];
  return (await keptCounts(db, [facet])).get(countKey(facet, value)) ?? 0;
}

export async function listPage(
  db: repo.Db,
  filter: ListFilter,
  after: Cursor | null,
  limit = PAGE_SIZE,
  limits: { window: number; searchCap: number } = { window: FILTER_WINDOW, searchCap: SEARCH_CAP },
): Promise<ListPage> {
  const from = after?.sort === filter.sort ? after : null;
  const total = await knownTotal(db, filter);
  if (filter.q) return searchPage(db, filter, filter.q, from, limit, limits.searchCap);
  const rows = await repo.listRows(db, filter, from, limit + 1, limits.window);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const full = rows.length > limit && last;
  // A filtered page the window did not fill goes on after the window's end, if the list goes on.
  const end = !full && isFiltered(filter) ? await repo.windowEnd(db, filter.sort, from, limits.window) : null;
  const nextKey = full ? repo.keyOf(last, filter.sort) : end;
  return {
    items: await itemsOf(db, page),
    rows: page,
    next: nextKey ? encodeCursor(nextKey) : null,
    total,
    capped: false,
    further: !full && end !== null,
  };
}

/** At most `cap` matches, filtered and put in order by the database with the same keys as without a search. */
async function searchPage(
  db: repo.Db,
  filter: ListFilter,
  q: string,
  from: Cursor | null,
  limit: number,
  cap: number,
): Promise<ListPage> {
  const { ids, more } = await matchingIds(db, OBSTACLES_INDEX, q, cap, { withTexts: true });
  const keys = await repo.searchedKeys(db, ids, filter, from, limit + 1);
  const shown = keys.slice(0, limit);
  const whole = new Map(
    (
      await repo.listedByIds(
        db,
        shown.map((r) => r.id),
      )
    ).map((r) => [r.id, r]),
  );
  const page = shown.flatMap((r) => whole.get(r.id) ?? []);
  const last = shown[shown.length - 1];
  return {
    items: await itemsOf(db, page),
    rows: page,
    next: keys.length > limit && last ? encodeCursor(repo.keyOf(last, filter.sort)) : null,
    total: null,
    capped: more,
    further: false,
  };
}

export interface FigureRow {
  value: string;
  n: number;
}

/** Listed obstacles per region and per target group, from the kept counts, in the vocabulary's order. */
export async function figures(db: repo.Db): Promise<{ region: FigureRow[]; group: FigureRow[] }> {
  const kept = await keptCounts(db, ['region', 'group']);
  const rows = (facet: 'region' | 'group') =>
    (TAGS[facet] as readonly string[]).map((value) => ({ value, n: kept.get(countKey(facet, value)) ?? 0 }));
  return { region: rows('region'), group: rows('group') };
}

export const ENDORSERS_SHOWN = 100;

export interface Endorser {
  orgId: string;
  name: string;
  slug: string;
  evidence: string | null;
  at: string;
}

export type ObstacleView =
  | { kind: 'redirect'; slug: string }
  | {
      kind: 'page';
      obstacle: repo.Obstacle;
      item: ObstacleItem;
      endorsers: Endorser[];
      /** The reader's organisations that endorsed it. */
      endorsedBy: Set<string>;
      /** The reader belongs to the reporting organisation (sees a hidden one, with the reason). */
      isReporter: boolean;
      /** The reader follows it (following feature). */
      following: boolean;
      /** The reader's signatory organisations, which may propose an action against it while it is open. */
      proposers: { orgId: string; orgName: string }[];
    };

/**
 * An obstacle's page for this reader: a merged one sends to the kept one; a hidden one is shown
 * to its reporting organisation and the secretariat only; null means 404.
 */
export async function obstaclePage(db: repo.Db, ref: string, reader: Principal | null): Promise<ObstacleView | null> {
  const obstacle = await repo.obstacleByRef(db, ref);
  if (!obstacle) return null;
  if (obstacle.status === 'merged') {
    const kept = obstacle.merged_into ? await repo.obstacleById(db, obstacle.merged_into) : undefined;
    return kept ? { kind: 'redirect', slug: kept.slug } : null;
  }
  const mine = (reader?.memberships ?? []).map((m) => m.orgId);
  const isReporter = mine.includes(obstacle.org_id);
  if (obstacle.listed !== 1 && !isReporter && !reader?.isSecretariat) return null;
  const [endorsements, endorsedBy, [item], following] = await Promise.all([
    repo.endorsementsOf(db, obstacle.id, ENDORSERS_SHOWN),
    repo.endorsedByAny(db, obstacle.id, mine),
    itemsOf(db, [obstacle]),
    reader ? isFollowing(db, reader.userId, obstacleFollowable.kind, obstacle.id) : false,
  ]);
  // One look-up for the endorsers' names and whether the reader's organisations are signatories.
  const orgs = await organisationRefs(db, [...endorsements.map((e) => e.org_id), ...mine]);
  const endorsers = endorsements.flatMap((e) => {
    const org = orgs.get(e.org_id);
    return org
      ? [{ orgId: e.org_id, name: org.legalName, slug: org.slug, evidence: e.evidence, at: e.created_at }]
      : [];
  });
  const open = obstacle.status === 'open' && obstacle.listed === 1;
  const proposers = open ? (reader?.memberships ?? []).filter((m) => orgs.get(m.orgId)?.status === 'signatory') : [];
  return { kind: 'page', obstacle, item: item!, endorsers, endorsedBy, isReporter, following, proposers };
}

export const PROFILE_LIMIT = 20;

/** For an organisation's public profile: the listed obstacles it reported and those it endorsed. */
export async function obstaclesOfOrganisation(
  db: repo.Db,
  orgId: string,
): Promise<{ reported: ObstacleItem[]; endorsed: ObstacleItem[] }> {
  const [reported, endorsed] = await Promise.all([
    repo.reportedBy(db, orgId, PROFILE_LIMIT),
    repo.endorsedBy(db, orgId, PROFILE_LIMIT),
  ]);
  return { reported: await itemsOf(db, reported), endorsed: await itemsOf(db, endorsed) };
}
