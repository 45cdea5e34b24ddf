import { matchingIds } from '../../platform/search/search.ts';
import { isLang, type Lang } from '../../platform/i18n/i18n.ts';
import { organisationRefs } from '../organisations/service-registration.ts';
import { encodeCursor, type ListQuery } from './list-query.ts';
import * as repo from './repository.ts';
import { EXCHANGE_INDEX } from './search-index.ts';
import { fromRegionBits, today, type Cause, type Kind, type Region, type Topic } from './vocabulary.ts';

// The public side: the list, a post's page and its matches, an organisation's posts, for the
// pages, the profile and the API. Every public read filters on `listed` and the expiry day.

export const PAGE_SIZE = 20;
/** With a search text, at most this many matches are read; the page says when there were more. */
export const SEARCH_CAP = 200;
/** Matches shown on a post's page. */
export const MATCHES_SHOWN = 5;
/** Open posts shown on an organisation's public profile. */
export const PROFILE_SHOWN = 10;

/** open: in the list; expired: past its day; closed: ended by its organisation; hidden: by the secretariat. */
export type PostState = 'open' | 'expired' | 'closed' | 'hidden';

export interface PostView {
  id: string;
  orgId: string;
  org: { name: string; slug: string } | null;
  kind: Kind;
  topic: Topic;
  cause: Cause;
  regions: Region[];
  title: string;
  description: string;
  lang: Lang;
  expiresOn: string;
  state: PostState;
  hiddenReason: string | null;
  /** Answers relayed so far (for its organisation's pages). */
  answerCount: number;
  createdAt: string;
  updatedAt: string;
}

export function stateOf(row: repo.PostRow, day: string = today()): PostState {
  if (row.hidden_at) return 'hidden';
  if (row.status === 'closed') return 'closed';
  return row.expires_on < day ? 'expired' : 'open';
}

export async function viewsOf(db: repo.Db, rows: readonly repo.PostRow[]): Promise<PostView[]> {
  const orgs = await organisationRefs(db, [...new Set(rows.map((r) => r.org_id))]);
  const day = today();
  return rows.map((r) => {
    const org = orgs.get(r.org_id);
    return {
      id: r.id,
      orgId: r.org_id,
      org: org ? { name: org.legalName, slug: org.slug } : null,
      kind: r.kind as Kind,
      topic: r.topic as Topic,
      cause: r.cause as Cause,
      regions: fromRegionBits(Number(r.region_bits)),
      title: r.title,
      description: r.description,
      lang: isLang(r.lang) ? r.lang : 'nl',
      expiresOn: r.expires_on,
      state: stateOf(r, day),
      hiddenReason: r.hidden_reason,
      answerCount: Number(r.answer_count),
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  });
}

export interface ListPage {
  items: PostView[];
  next: string | null;
  /** A search matched more than SEARCH_CAP posts: only those were looked at. */
  capped: boolean;
}

/** Rows newest first, after the cursor, one more than asked to know whether a next page exists. */
export async function listedRows(
  db: repo.Db,
  query: ListQuery,
  after: repo.Cursor | null,
  limit: number,
): Promise<{ rows: repo.PostRow[]; capped: boolean }> {
  const day = today();
  if (!query.q) return { rows: await repo.listedPosts(db, query.filter, day, after, limit), capped: false };
  const { ids, more } = await matchingIds(db, EXCHANGE_INDEX, query.q, SEARCH_CAP, { withTexts: true });
  const rows = (await repo.listedAmong(db, ids, query.filter, day))
    .sort(repo.newestFirst)
    .filter((r) => !after || r.created_at < after.at || (r.created_at === after.at && r.id < after.id));
  return { rows: rows.slice(0, limit), capped: more };
}

export async function listPage(db: repo.Db, query: ListQuery, after: repo.Cursor | null): Promise<ListPage> {
  const { rows, capped } = await listedRows(db, query, after, PAGE_SIZE + 1);
  const page = rows.slice(0, PAGE_SIZE);
  const last = page[page.length - 1];
  return {
    items: await viewsOf(db, page),
    next: rows.length > PAGE_SIZE && last ? encodeCursor({ at: last.created_at, id: last.id }) : null,
    capped,
  };
}

export async function postView(db: repo.Db, postId: string): Promise<PostView | null> {
  const row = await repo.postById(db, postId);
  return row ? ((await viewsOf(db, [row]))[0] ?? null) : null;
}

/** The listed, unexpired posts of the opposite kind with the same cause and a region in common. */
export async function matchesFor(db: repo.Db, postId: string): Promise<PostView[]> {
  const row = await repo.postById(db, postId);
  if (!row) return [];
  return viewsOf(db, await repo.matchesOf(db, row, today(), MATCHES_SHOWN));
}

/** The organisation's own page: every post, whatever its state, newest first. */
export async function postsOfOrganisation(
  db: repo.Db,
  orgId: string,
  after: repo.Cursor | null,
): Promise<{ items: PostView[]; next: string | null }> {
  const rows = await repo.postsOfOrg(db, orgId, { limit: PAGE_SIZE + 1, after });
  const page = rows.slice(0, PAGE_SIZE);
  const last = page[page.length - 1];
  return {
    items: await viewsOf(db, page),
    next: rows.length > PAGE_SIZE && last ? encodeCursor({ at: last.created_at, id: last.id }) : null,
  };
}

/** What an organisation's public profile lists: its open posts, newest first (signatories' profile). */
export interface ProfilePost {
  id: string;
  kind: Kind;
  title: string;
  lang: Lang;
  expiresOn: string;
}

export async function openPostsOfOrganisation(db: repo.Db, orgId: string): Promise<ProfilePost[]> {
  const rows = await repo.postsOfOrg(db, orgId, { listedFrom: today(), limit: PROFILE_SHOWN });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as Kind,
    title: r.title,
    lang: isLang(r.lang) ? r.lang : 'nl',
    expiresOn: r.expires_on,
  }));
}
