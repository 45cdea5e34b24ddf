import { z } from 'zod';
import type { Lang } from '../../platform/i18n/i18n.ts';
import { REGIONS, SECTORS, SIZE_BANDS, WORK_LANGUAGES } from '../organisations/vocabulary.ts';
import type { ListedSignatory, Profile } from './service.ts';
import { csvFile } from '../../platform/http/csv.ts';

export { csvField } from '../../platform/http/csv.ts';

// The open data: one record shape for the CSV file, the JSON file and the API. Columns are
// stable (new ones are only ever added at the end); codes, not translated labels, so the files
// read the same whatever the page language.

export const COLUMNS = [
  'name',
  'enterprise_number',
  'sector',
  'size',
  'regions',
  'languages',
  'website',
  'signed_at',
  'charter_version',
  'status',
  'profile_url',
  'signed_via',
] as const;

export const signatorySchema = z
  .object({
    slug: z.string().describe('Stable identifier, used in the profile URL'),
    name: z.string().describe('Legal name'),
    enterprise_number: z.string().describe('Belgian enterprise number (KBO/BCE), formatted 0xxx.xxx.xxx'),
    sector: z.enum(SECTORS),
    size: z.enum(SIZE_BANDS),
    regions: z.array(z.enum(REGIONS)).describe('Where the organisation is active'),
    languages: z.array(z.enum(WORK_LANGUAGES)).describe('Languages the organisation works in'),
    website: z.string().nullable(),
    signed_at: z.string().nullable().describe('When the Charter was signed (ISO 8601, UTC); never null in lists'),
    charter_version: z.number().int().nullable(),
    status: z.enum(['signatory', 'withdrawn']),
    profile_url: z.string(),
    signed_via: z
      .enum(['online', 'paper'])
      .describe(
        'How the current signature was given: online, through the executive’s personal link, or on the paper form, recorded by the secretariat from the signed original',
      ),
  })
  .meta({ id: 'Signatory' });

export type SignatoryRecord = z.output<typeof signatorySchema>;

export function toRecord(s: ListedSignatory, baseUrl: string, lang: Lang): SignatoryRecord {
  return {
    slug: s.slug,
    name: s.name,
    enterprise_number: s.enterpriseNumber,
    sector: s.sector,
    size: s.size,
    regions: s.regions,
    languages: s.languages,
    website: s.website,
    signed_at: s.signedAt,
    charter_version: s.charterVersion,
    status: s.status === 'withdrawn' ? 'withdrawn' : 'signatory',
    profile_url: `${baseUrl}/${lang}/signatories/${encodeURIComponent(s.slug)}`,
    signed_via: s.signedVia,
  };
}

export const profileSchema = signatorySchema
  .extend({
    descriptions: z.array(z.object({ lang: z.enum(WORK_LANGUAGES), text: z.string() })),
    history: z.array(
      z.object({
        at: z.string(),
        kind: z
          .enum(['applied', 'signed', 'signed_on_paper', 'approved', 'withdrawn', 'resigned'])
          .describe('signed_on_paper: the executive signed the paper form; the secretariat recorded it'),
        note: z.string().nullable().describe('The reason given, for a withdrawal'),
        charter_version: z.number().int().nullable(),
      }),
    ),
    invited_by: z.string().nullable().describe('Slug of the signatory that invited this organisation'),
    invited: z.array(z.string()).describe('Slugs of the organisations this one brought in'),
  })
  .meta({ id: 'SignatoryProfile' });

export function toProfileRecord(p: Profile, baseUrl: string, lang: Lang): z.output<typeof profileSchema> {
  return {
    ...toRecord(p, baseUrl, lang),
    descriptions: p.descriptions,
    history: p.events.map((e) => ({ at: e.at, kind: e.kind, note: e.note, charter_version: e.charterVersion })),
    invited_by: p.invitedBy?.slug ?? null,
    invited: p.invitees.map((i) => i.slug),
  };
}

/** The whole file: a byte-order mark so spreadsheets read UTF-8, a header row, CRLF line ends. */
export function toCsv(records: SignatoryRecord[]): string {
  return csvFile(
    COLUMNS,
    records.map((r) => [
        r.name,
        r.enterprise_number,
        r.sector,
        r.size,
        r.regions.join(';'),
        r.languages.join(';'),
        r.website,
        r.signed_at,
        r.charter_version,
        r.status,
        r.profile_url,
      r.signed_via,
    ]),
  );
}
