import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { isLang, LANGS, type Lang } from '../../platform/i18n/i18n.ts';
import type { OrgStatus } from '../organisations/service-directory.ts';
import { REGIONS, WORK_LANGUAGES, type Region, type Sector, type SizeBand } from '../organisations/vocabulary.ts';
import { formatEnterpriseNumber } from '../organisations/enterprise-number.ts';
import { latestSignature } from '../signing/service.ts';
import * as directory from '../organisations/service-directory.ts';
import type { PublicEventKind } from './labels.ts';
import { encodeCursor, type Cursor, type DirectoryFilter } from './query.ts';

export const PAGE_SIZE = 20;
export const API_MAX_LIMIT = 100;
/** The most organisations a name search lists (ADR 0011). */
export const SEARCH_CAP = directory.NAME_SEARCH_CAP;

/** One organisation as the directory, the open data and the API show it. */
export interface ListedSignatory {
  id: string;
  slug: string;
  name: string;
  enterpriseNumber: string; // 0xxx.xxx.xxx
  sector: Sector;
  size: SizeBand;
  website: string | null;
  status: OrgStatus;
  /** Always set for listed organisations; null only on a profile with incomplete data. */
  signedAt: string | null;
  charterVersion: number | null;
  /** How the current signature was given: online, or on paper (recorded by the secretariat). */
  signedVia: 'online' | 'paper';
  regions: Region[];
  languages: Lang[];
}

type ListedRow = Awaited<ReturnType<typeof directory.pageOfSelection>>[number];

const byOrder =
  <T extends string>(order: readonly T[]) =>
  (a: T, b: T) =>
    order.indexOf(a) - order.indexOf(b);

function toListed(row: ListedRow, tags: directory.Tags): ListedSignatory {
  return {
    id: row.id,
    slug: row.slug,
    name: row.legal_name,
    enterpriseNumber: formatEnterpriseNumber(row.enterprise_number),
    sector: row.sector,
    size: row.size_band,
    website: safeWebsite(row.website),
    status: row.status,
    signedAt: row.signed_at,
    charterVersion: row.charter_version,
    signedVia: row.signed_via === 'paper' ? 'paper' : 'online',
    regions: [...(tags.regions.get(row.id) ?? [])].sort(byOrder(REGIONS)),
    languages: (tags.languages.get(row.id) ?? []).filter(isLang).sort(byOrder(WORK_LANGUAGES)),
  };
}

/** Only http(s) addresses become links; anything else stored by mistake is not shown. */
function safeWebsite(url: string | null): string | null {
  return url && /^https?:\/\/[^\s"<>]+$/i.test(url) ? url : null;
}

export interface DirectoryPage {
  /** The whole selection's size; when not `exact`, counted among the SEARCH_CAP organisations the name search considered. */
  total: number;
  exact: boolean;
  items: ListedSignatory[];
  /** The token for the next page, or null on the last one. */
  next: string | null;
}

/** A page of the directory: the total for the whole selection, the rows, and where to go on. */
export async function directoryPage(
  db: Kysely<DB>,
  filter: DirectoryFilter,
  after: Cursor | null,
  limit = PAGE_SIZE,
): Promise<DirectoryPage> {
  const match = await directory.matchNames(db, filter.q);
  const [count, rows] = await Promise.all([
    directory.countSelection(db, filter, match),
    directory.pageOfSelection(db, filter, match, after, limit),
  ]);
  const page = rows.slice(0, limit);
  const tags = directory.tagsFromBits(page);
  const last = page[page.length - 1];
  const next =
    rows.length > limit && last
      ? encodeCursor(filter.sort, {
          key: filter.sort === 'name' ? last.search_name : (last.signed_at ?? ''),
          id: last.id,
        })
      : null;
  return { total: count.n, exact: count.exact, items: page.map((r) => toListed(r, tags)), next };
}

/** Every organisation in the selection, in order, for the CSV and JSON files (one query). */
export async function wholeSelection(db: Kysely<DB>, filter: DirectoryFilter): Promise<ListedSignatory[]> {
  const rows = await directory.wholeSelection(db, filter);
  const tags = directory.tagsFromBits(rows);
  return rows.map((r) => toListed(r, tags));
}

/** The years to offer in the year filter: only years in which someone signed. */
export function signingYears(db: Kysely<DB>, includeWithdrawn: boolean): Promise<number[]> {
  return directory.signingYears(db, directory.statusesFor({ includeWithdrawn }));
}

// ——— one organisation ———

export interface ProfileEvent {
  id: string;
  at: string;
  kind: PublicEventKind;
  note: string | null;
  charterVersion: number | null;
}

export interface OrgLink {
  slug: string;
  name: string;
  status: OrgStatus;
}

export interface Profile extends ListedSignatory {
  logoFile: string | null;
  descriptions: { lang: Lang; text: string }[];
  events: ProfileEvent[];
  invitedBy: OrgLink | null;
  invitees: OrgLink[];
}

/** The public profile of a signatory or of an organisation that withdrew; null for anyone else. */
export async function publicProfile(db: Kysely<DB>, slug: string): Promise<Profile | null> {
  const org = await directory.publicOrganisationBySlug(db, slug);
  if (!org) return null;
  const [tags, descriptions, events, inviter, invitees] = await Promise.all([
    directory.tagsOf(db, [org.id]),
    directory.descriptionsOf(db, org.id),
    directory.publicEventsOf(db, org.id),
    org.invited_by_org_id ? directory.publicOrganisationById(db, org.invited_by_org_id) : Promise.resolve(undefined),
    directory.publicInvitees(db, org.id),
  ]);
  return {
    ...toListed(org, tags),
    logoFile: org.logo_file && /^[\w.-]+$/.test(org.logo_file) ? org.logo_file : null,
    descriptions: descriptions
      .filter((d): d is { lang: Lang; text: string } => isLang(d.lang) && d.text.trim() !== '')
      .sort((a, b) => byOrder(LANGS)(a.lang, b.lang)),
    events: events.map((e) => ({
      id: e.id,
      at: e.at,
      kind: e.kind as PublicEventKind,
      note: e.kind === 'withdrawn' ? e.note : null,
      charterVersion: e.charter_version,
    })),
    invitedBy: inviter ? { slug: inviter.slug, name: inviter.legal_name, status: inviter.status } : null,
    invitees: invitees.map((i) => ({ slug: i.slug, name: i.legal_name, status: i.status })),
  };
}

/**
 * The description to show in `lang`: the one in that language, else the first of the
 * organisation's own working languages that has one, else any. `fallback` says it is another language.
 */
export function descriptionFor(profile: Pick<Profile, 'descriptions' | 'languages'>, lang: Lang) {
  const find = (l: Lang) => profile.descriptions.find((d) => d.lang === l);
  const exact = find(lang);
  if (exact) return { ...exact, fallback: false };
  for (const l of [...profile.languages, ...LANGS]) {
    const d = find(l);
    if (d) return { ...d, fallback: true };
  }
  return null;
}

export interface Certificate {
  slug: string;
  name: string;
  signedAt: string;
  charterVersion: number | null;
  signer: { name: string; title: string } | null;
}

/** What the printable certificate shows; only current signatories have one. */
export async function certificateOf(db: Kysely<DB>, slug: string): Promise<Certificate | null> {
  const org = await directory.publicOrganisationBySlug(db, slug);
  if (!org || org.status !== 'signatory' || !org.signed_at) return null;
  const signature = await latestSignature(db, org.id);
  return {
    slug: org.slug,
    name: org.legal_name,
    signedAt: signature?.signedAt ?? org.signed_at,
    charterVersion: signature?.charterVersion || org.charter_version,
    // A signer's name is blanked five years after the organisation left (signing/retention.ts).
    signer: signature?.signerName ? { name: signature.signerName, title: signature.signerTitle } : null,
  };
}

/** What the embeddable badge needs: only current signatories get one. */
export async function badgeOf(db: Kysely<DB>, slug: string): Promise<{ name: string; signedAt: string } | null> {
  const org = await directory.publicOrganisationBySlug(db, slug);
  if (!org || org.status !== 'signatory' || !org.signed_at) return null;
  return { name: org.legal_name, signedAt: org.signed_at };
}

export { brusselsYear } from '../organisations/service-directory.ts';
