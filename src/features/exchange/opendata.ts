import { z } from 'zod';
import { LANGS } from '../../platform/i18n/i18n.ts';
import { csvFile } from '../../platform/http/csv.ts';
import type { PostView } from './service-public.ts';
import { CAUSES, KINDS, REGIONS, TOPICS } from './vocabulary.ts';

// The exchange's open data: one record for the API and the CSV file. Codes, not translated
// labels (the codes never change); columns only ever added at the end. Only listed posts that
// have not expired; no person's name or address, only the organisation.

export const postSchema = z
  .object({
    id: z.string().describe('Stable identifier, used in the page URL'),
    kind: z.enum(KINDS).describe('offer: what the organisation can give; ask: what it needs'),
    topic: z.enum(TOPICS).describe('What it is about'),
    cause: z.enum(CAUSES).describe('The cause of digital exclusion it addresses (the practices’ codes)'),
    regions: z.array(z.enum(REGIONS)),
    title: z.string(),
    description: z.string(),
    lang: z.enum(LANGS).describe('The language it is written in'),
    organisation: z.object({ slug: z.string(), name: z.string() }).nullable(),
    posted_at: z.string().describe('ISO 8601, UTC'),
    expires_on: z.string().describe('The last day it is shown (YYYY-MM-DD, Brussels)'),
    url: z.string(),
  })
  .meta({ id: 'ExchangePost' });

export type PostRecord = z.output<typeof postSchema>;

export function toRecord(p: PostView, baseUrl: string): PostRecord {
  return {
    id: p.id,
    kind: p.kind,
    topic: p.topic,
    cause: p.cause,
    regions: p.regions,
    title: p.title,
    description: p.description,
    lang: p.lang,
    organisation: p.org,
    posted_at: p.createdAt,
    expires_on: p.expiresOn,
    url: `${baseUrl}/${p.lang}/exchange/${encodeURIComponent(p.id)}`,
  };
}

const COLUMNS = [
  'id',
  'kind',
  'topic',
  'cause',
  'regions',
  'title',
  'description',
  'lang',
  'organisation_slug',
  'organisation_name',
  'posted_at',
  'expires_on',
  'url',
] as const;

/** Lists (regions) are separated by semicolons. */
export function toCsv(records: readonly PostRecord[]): string {
  return csvFile(
    COLUMNS,
    records.map((r) => [
      r.id,
      r.kind,
      r.topic,
      r.cause,
      r.regions.join(';'),
      r.title,
      r.description,
      r.lang,
      r.organisation?.slug ?? null,
      r.organisation?.name ?? null,
      r.posted_at,
      r.expires_on,
      r.url,
    ]),
  );
}
