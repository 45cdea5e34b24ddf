import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { foldForSearch, newId, now } from '../../platform/db/sql.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import type { OrgStatus } from '../organisations/service-directory.ts';
import type { Region, Sector, SizeBand } from '../organisations/vocabulary.ts';
import { checkDigits } from '../organisations/enterprise-number.ts';
import { languageBits, regionBits } from '../organisations/tag-bits.ts';
import { indexOrganisationsInBulk } from '../organisations/service.ts';

// Test data for the directory: organisations inserted straight into the tables, with exactly
// the attributes a test needs. Only tests import this file.

let serial = 0;

/** A valid enterprise number (1xxx.xxx.xxx) that no other fixture in this process uses. */
export function nextEnterpriseNumber(): string {
  const firstEight = 10_000_000 + (process.pid % 900) * 10_000 + ++serial;
  return `${firstEight}${String(checkDigits(firstEight)).padStart(2, '0')}`;
}

export interface FixtureOrg {
  name: string;
  slug?: string;
  status?: OrgStatus;
  sector?: Sector;
  size?: SizeBand;
  regions?: Region[];
  languages?: Lang[];
  descriptions?: Partial<Record<Lang, string>>;
  signedAt?: string | null;
  website?: string | null;
  invitedBy?: string | null;
  events?: { kind: DB['organisation_events']['kind']; at: string; note?: string }[];
}

export interface InsertedOrg {
  id: string;
  slug: string;
  name: string;
  enterpriseNumber: string;
}

export async function insertOrganisation(db: Kysely<DB>, org: FixtureOrg): Promise<InsertedOrg> {
  const id = newId();
  const slug =
    org.slug ??
    `${foldForSearch(org.name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')}-${id.slice(0, 6)}`;
  const status = org.status ?? 'signatory';
  const signedAt =
    org.signedAt === undefined ? (status === 'signatory' || status === 'withdrawn' ? now() : null) : org.signedAt;
  const enterpriseNumber = nextEnterpriseNumber();
  await db
    .insertInto('organisations')
    .values({
      id,
      slug,
      enterprise_number: enterpriseNumber,
      legal_name: org.name,
      search_name: foldForSearch(org.name),
      sector: org.sector ?? 'nonprofit',
      size_band: org.size ?? 'small',
      website: org.website ?? null,
      logo_file: null,
      status,
      signed_at: signedAt,
      charter_version: signedAt ? 1 : null,
      invited_by_org_id: org.invitedBy ?? null,
      region_bits: regionBits(org.regions ?? []),
      language_bits: languageBits(org.languages ?? []),
      created_at: now(),
      updated_at: now(),
    })
    .execute();
  for (const region of org.regions ?? [])
    await db.insertInto('organisation_regions').values({ org_id: id, region }).execute();
  for (const lang of org.languages ?? [])
    await db.insertInto('organisation_languages').values({ org_id: id, lang }).execute();
  for (const [lang, text] of Object.entries(org.descriptions ?? {})) {
    await db.insertInto('organisation_descriptions').values({ org_id: id, lang, text }).execute();
  }
  await indexOrganisationsInBulk(db, [id]);
  for (const e of org.events ?? []) {
    await db
      .insertInto('organisation_events')
      .values({
        id: newId(),
        org_id: id,
        at: e.at,
        kind: e.kind,
        note: e.note ?? null,
        charter_version: e.kind === 'applied' ? null : 1,
      })
      .execute();
  }
  return { id, slug, name: org.name, enterpriseNumber };
}

/** The profile slugs of the results on a directory page, in order. */
export function resultSlugs(html: string): string[] {
  return [...html.matchAll(/<li class="card"><h3><a href="\/[a-z]{2}\/signatories\/([^"]+)">/g)].map((m) => m[1]!);
}

/** The href of the "next page" link, HTML entities decoded, or null. */
export function nextHref(html: string): string | null {
  const m = html.match(/<a class="pagination__link" href="([^"]+)" rel="next">/);
  return m ? m[1]!.replace(/&amp;/g, '&') : null;
}

/** A small RFC 4180 reader, to check what the CSV encoder wrote. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
