import {
  sql,
  type Expression,
  type ExpressionBuilder,
  type SqlBool,
  type Kysely,
  type SelectQueryBuilder,
  type Transaction,
} from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import { isPostgres, matchingIds } from '../../platform/search/search.ts';
import type { OrgStatus, Region, Sector } from './organisations.table.ts';
import { countFiltered, yearsWithSignatures } from './repository-counts.ts';
import { ORGANISATIONS_INDEX } from './search-index.ts';
import { LANGUAGE_BITS, REGION_BITS } from './tag-bits.ts';

// The public side of the organisations tables: what the directory of signatories (the
// signatories feature), its open data and its API read, through service-directory.ts.

export const SORTS = ['name', 'newest', 'oldest'] as const;
export type SortOrder = (typeof SORTS)[number];

/** A selection of public organisations, as the directory, the open data and the API ask for it. */
export interface DirectoryFilter {
  /** What the person typed, trimmed; null when empty. Folded only when the query is built. */
  q: string | null;
  sector: Sector | null;
  region: Region | null;
  language: Lang | null;
  /** A calendar year in Belgian time. */
  year: number | null;
  includeWithdrawn: boolean;
  sort: SortOrder;
  /**
   * A status in the latest reporting cycle that has opened (the reports feature's names, its
   * cycle's year): kept on each row by migration 0041's triggers. Left out: any status.
   */
  reporting?: ReportingChoice | null;
}

/** The directory's reporting-status filter: a status in the cycle of `year`. */
export interface ReportingChoice {
  year: number;
  status: string;
}

/** Where the previous page stopped: the sort key and the id of its last row. */
export interface Cursor {
  key: string;
  id: string;
}

/** Start and end (exclusive) of a calendar year in Brussels, as UTC ISO strings. 1 January is always CET (+01:00). */
export function yearBounds(year: number): { from: string; to: string } {
  return {
    from: new Date(Date.UTC(year - 1, 11, 31, 23)).toISOString(),
    to: new Date(Date.UTC(year, 11, 31, 23)).toISOString(),
  };
}

type Db = Kysely<DB> | Transaction<DB>;
/** The database as seen from a query on `organisations as o`. */
type WithO = DB & { o: DB['organisations'] };
type OrgQuery<O> = SelectQueryBuilder<WithO, 'o', O>;

/** The statuses the public may see. Applicants and rejected organisations are never public. */
export const PUBLIC_STATUSES: readonly OrgStatus[] = ['signatory', 'withdrawn'];

export function statusesFor(filter: Pick<DirectoryFilter, 'includeWithdrawn'>): OrgStatus[] {
  return filter.includeWithdrawn ? ['signatory', 'withdrawn'] : ['signatory'];
}

/**
 * What the name search (q) found, looked up once per request (ADR 0011): the ids of at most
 * NAME_SEARCH_CAP matching organisations, those whose name matches first. `truncated` when more
 * match: the directory then lists and counts only those, and says so. The cost of a search is
 * bounded by the cap, not by the number of organisations.
 */
export interface NameMatch {
  ids: string[];
  truncated: boolean;
  /** The ids go to the database as one array parameter, written per engine. */
  postgres: boolean;
}

/** The most organisations a name search considers. */
export const NAME_SEARCH_CAP = 100;

export async function matchNames(db: Db, q: string | null): Promise<NameMatch | null> {
  if (!q) return null;
  const { ids, more } = await matchingIds(db, ORGANISATIONS_INDEX, q, NAME_SEARCH_CAP);
  return { ids, truncated: more, postgres: isPostgres(db) };
}

/**
 * The WHERE part of a selection, shared by the count, the page and the open data.
 * Signatories and organisations that withdrew always have a signing date (signing sets it,
 * withdrawing keeps it). Only the date sorts say so explicitly, so that a row without one could
 * never be placed differently by the two engines; the name sort then reads the index alone.
 */
function whereSelection(filter: DirectoryFilter, match: NameMatch | null) {
  return (eb: ExpressionBuilder<WithO, 'o'>) => {
    const statuses = statusesFor(filter);
    const parts: Expression<SqlBool>[] = [
      statuses.length === 1 ? eb('o.status', '=', statuses[0]!) : eb('o.status', 'in', statuses),
    ];
    if (filter.sort !== 'name') parts.push(eb('o.signed_at', 'is not', null));
    if (match) parts.push(match.ids.length ? amongIds(match) : sql<SqlBool>`1 = 0`);
    if (filter.sector) parts.push(eb('o.sector', '=', filter.sector));
    // Bit tests rather than EXISTS on the rows tables: the bits are in the covering indexes.
    if (filter.region) parts.push(hasBit('o.region_bits', REGION_BITS[filter.region]));
    if (filter.language) parts.push(hasBit('o.language_bits', LANGUAGE_BITS[filter.language]));
    if (filter.year !== null) {
      const { from, to } = yearBounds(filter.year);
      parts.push(eb('o.signed_at', '>=', from), eb('o.signed_at', '<', to));
    }
    if (filter.reporting) {
      parts.push(eb('o.report_year', '=', filter.reporting.year), eb('o.report_status', '=', filter.reporting.status));
    }
    return eb.and(parts);
  };
}

/**
 * `o.id` is one of the ids, as a single parameter: the statement's text stays the same whatever
 * their number, so SQLite's statement cache and PostgreSQL's plans are reused.
 */
function amongIds(match: NameMatch) {
  return match.postgres
    ? sql<SqlBool>`${sql.ref('o.id')} = any(${match.ids}::text[])`
    : sql<SqlBool>`${sql.ref('o.id')} in (select value from json_each(${JSON.stringify(match.ids)}))`;
}

function hasBit(column: 'o.region_bits' | 'o.language_bits', bit: number) {
  return sql<SqlBool>`(${sql.ref(column)} & ${bit}) <> 0`;
}

/** Orders by the chosen sort and continues after the cursor (keyset pagination: no OFFSET). */
function ordered<O>(qb: OrgQuery<O>, filter: DirectoryFilter, after: Cursor | null): OrgQuery<O> {
  const column = filter.sort === 'name' ? 'o.search_name' : 'o.signed_at';
  const desc = filter.sort === 'newest';
  if (after) {
    // (key, id) after the cursor, written so the first half is a plain index range.
    qb = qb.where((eb) =>
      eb.and([
        eb(column, desc ? '<=' : '>=', after.key),
        eb.or([eb(column, desc ? '<' : '>', after.key), eb('o.id', desc ? '<' : '>', after.id)]),
      ]),
    );
  }
  return qb.orderBy(column, desc ? 'desc' : 'asc').orderBy('o.id', desc ? 'desc' : 'asc');
}

const LISTED_COLUMNS = [
  'o.id',
  'o.slug',
  'o.legal_name',
  'o.search_name',
  'o.enterprise_number',
  'o.sector',
  'o.size_band',
  'o.website',
  'o.status',
  'o.signed_at',
  'o.charter_version',
  'o.signed_via',
  'o.region_bits',
  'o.language_bits',
] as const;

export { countSignatories } from './repository-counts.ts';

/**
 * How many organisations the selection holds. Without a name search: a sum of maintained
 * counts. With one: counted among the organisations it found, exact unless it was truncated.
 */
export async function countSelection(
  db: Db,
  filter: DirectoryFilter,
  match: NameMatch | null,
): Promise<{ n: number; exact: boolean }> {
  if (!match) return { n: await countFiltered(db, statusesFor(filter), filter), exact: true };
  if (match.ids.length === 0) return { n: 0, exact: true };
  const row = await db
    .selectFrom('organisations as o')
    .select(sql<number>`count(*)`.as('n'))
    .where(whereSelection(filter, match))
    .executeTakeFirstOrThrow();
  return { n: Number(row.n), exact: !match.truncated };
}

/** One page of the selection; `limit + 1` rows are read to know whether a next page exists. */
export async function pageOfSelection(
  db: Db,
  filter: DirectoryFilter,
  match: NameMatch | null,
  after: Cursor | null,
  limit: number,
) {
  const qb = db.selectFrom('organisations as o').select(LISTED_COLUMNS).where(whereSelection(filter, match));
  return ordered(qb, filter, after)
    .limit(limit + 1)
    .execute();
}

/** The whole selection in order, for the open data files. */
export async function wholeSelection(db: Db, filter: DirectoryFilter) {
  const match = filter.q ? await matchNames(db, filter.q) : null;
  const qb = db.selectFrom('organisations as o').select(LISTED_COLUMNS).where(whereSelection(filter, match));
  return ordered(qb, filter, null).execute();
}

export interface Tags {
  regions: Map<string, Region[]>;
  languages: Map<string, string[]>;
}

function collectTags(rows: { org_id: string; kind: string; value: string }[]): Tags {
  const tags: Tags = { regions: new Map(), languages: new Map() };
  for (const r of rows) {
    const map = (r.kind === 'r' ? tags.regions : tags.languages) as Map<string, string[]>;
    const list = map.get(r.org_id);
    if (list) list.push(r.value);
    else map.set(r.org_id, [r.value]);
  }
  return tags;
}

/** Regions and languages of the given organisations, in one round trip. */
export async function tagsOf(db: Db, orgIds: string[]): Promise<Tags> {
  if (orgIds.length === 0) return { regions: new Map(), languages: new Map() };
  const rows = await db
    .selectFrom('organisation_regions as r')
    .select(['r.org_id', sql<string>`'r'`.as('kind'), sql<string>`${sql.ref('r.region')}`.as('value')])
    .where('r.org_id', 'in', orgIds)
    .unionAll(
      db
        .selectFrom('organisation_languages as l')
        .select(['l.org_id', sql<string>`'l'`.as('kind'), 'l.lang as value'])
        .where('l.org_id', 'in', orgIds),
    )
    .execute();
  return collectTags(rows);
}

/**
 * Regions and languages of listed rows, from the bits on each row (ADR 0008), which every write
 * keeps in step with the rows tables: a page or the open data needs no second query.
 */
export function tagsFromBits(rows: readonly { id: string; region_bits: number; language_bits: number }[]): Tags {
  const tags: Tags = { regions: new Map(), languages: new Map() };
  const set = <T extends string>(bits: Record<T, number>, value: number) =>
    (Object.keys(bits) as T[]).filter((k) => (Number(value) & bits[k]) !== 0);
  for (const r of rows) {
    tags.regions.set(r.id, set(REGION_BITS, r.region_bits));
    tags.languages.set(r.id, set(LANGUAGE_BITS, r.language_bits));
  }
  return tags;
}

/** The years in which organisations of these statuses signed, oldest first (maintained counts). */
export function signingYears(db: Db, statuses: OrgStatus[]): Promise<number[]> {
  return yearsWithSignatures(db, statuses);
}

const yearFormat = new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'Europe/Brussels' });

/** The calendar year of a moment in Belgian time. */
export function brusselsYear(iso: string): number {
  return Number(yearFormat.format(new Date(iso)));
}

// ——— one organisation ———

export async function publicOrganisationBySlug(db: Db, slug: string) {
  return db
    .selectFrom('organisations')
    .selectAll()
    .where('slug', '=', slug)
    .where('status', 'in', [...PUBLIC_STATUSES])
    .executeTakeFirst();
}

export async function descriptionsOf(db: Db, orgId: string) {
  return db.selectFrom('organisation_descriptions').select(['lang', 'text']).where('org_id', '=', orgId).execute();
}

/** The public history, oldest first. Rejections are never public: their reasons are internal. */
export async function publicEventsOf(db: Db, orgId: string) {
  return db
    .selectFrom('organisation_events')
    .select(['id', 'at', 'kind', 'note', 'charter_version'])
    .where('org_id', '=', orgId)
    .where('kind', '!=', 'rejected')
    .orderBy('at')
    .orderBy('id')
    .execute();
}

export async function publicOrganisationById(db: Db, id: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'slug', 'legal_name', 'status'])
    .where('id', '=', id)
    .where('status', 'in', [...PUBLIC_STATUSES])
    .executeTakeFirst();
}

/** Organisations that joined on this organisation's invitation and are public. */
export async function publicInvitees(db: Db, orgId: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'slug', 'legal_name', 'status', 'signed_at'])
    .where('invited_by_org_id', '=', orgId)
    .where('status', 'in', [...PUBLIC_STATUSES])
    .orderBy('search_name')
    .orderBy('id')
    .execute();
}

// ——— who brought whom (the referrals feature's chain page) ———

/**
 * The chain's first links, by name, a page at a time: public organisations that brought in a
 * public one and that no public organisation brought in. Read from the invited rows' index
 * (organisations_invited_by), never the whole table.
 */
export async function chainRoots(db: Db, after: Cursor | null, size: number) {
  let q = db
    .selectFrom('organisations as o')
    .select(['o.id', 'o.slug', 'o.legal_name', 'o.status', 'o.search_name'])
    .where('o.status', 'in', [...PUBLIC_STATUSES])
    .where('o.id', 'in', (eb) =>
      eb
        .selectFrom('organisations as i')
        .select('i.invited_by_org_id')
        .where('i.invited_by_org_id', 'is not', null)
        .where('i.status', 'in', [...PUBLIC_STATUSES])
        .$narrowType<{ invited_by_org_id: string }>(),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('organisations as p')
            .select('p.id')
            .whereRef('p.id', '=', 'o.invited_by_org_id')
            .where('p.status', 'in', [...PUBLIC_STATUSES]),
        ),
      ),
    );
  if (after)
    q = q.where((eb) =>
      eb.or([
        eb('o.search_name', '>', after.key),
        eb.and([eb('o.search_name', '=', after.key), eb('o.id', '>', after.id)]),
      ]),
    );
  return q.orderBy('o.search_name').orderBy('o.id').limit(size).execute();
}

/** The public organisations that any of these brought in, in one query (the chain a level at a time). */
export async function publicInviteesOf(db: Db, orgIds: readonly string[]) {
  if (orgIds.length === 0) return [];
  return db
    .selectFrom('organisations')
    .select(['id', 'slug', 'legal_name', 'status', 'invited_by_org_id'])
    .where('invited_by_org_id', 'in', [...orgIds])
    .where('status', 'in', [...PUBLIC_STATUSES])
    .orderBy('search_name')
    .orderBy('id')
    .execute();
}
