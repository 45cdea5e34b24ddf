import { z } from 'zod';
import { LANGS, type Lang } from '../../platform/i18n/i18n.ts';
import { csvFile } from '../../platform/http/csv.ts';
import type { Obstacle } from './repository.ts';
import type { ObstacleItem } from './service-public.ts';
import { PUBLIC_STATUSES, TAG_NAMES, TAGS, type TagName } from './vocabulary.ts';

// The obstacles' open data: one record for the API and the CSV file. Codes, not translated
// labels (the vocabulary's codes never change); columns only ever added at the end.

const tagArrays = Object.fromEntries(
  TAG_NAMES.map((t) => [t, z.array(z.enum(TAGS[t] as unknown as [string, ...string[]]))]),
) as { [T in TagName]: z.ZodArray<z.ZodEnum> };

export const obstacleSchema = z
  .object({
    slug: z.string().describe('Stable identifier, used in the page URL'),
    title: z.string(),
    description: z.string(),
    lang: z.enum(LANGS).describe('The language the reporter wrote in'),
    status: z.enum(PUBLIC_STATUSES),
    close_reason: z.string().nullable().describe('Why the secretariat closed it'),
    tags: z.object(tagArrays).describe('Codes: cause, group (target groups), region, audience'),
    evidence: z.object({ figure: z.string().nullable(), text: z.string().nullable(), link: z.string().nullable() }),
    organisation: z
      .object({
        slug: z.string(),
        name: z.string(),
        former_signatory: z
          .boolean()
          .describe('True once the organisation withdrew from the Charter: its report stays (ADR 0023)'),
      })
      .nullable()
      .describe('The signatory that reported it'),
    endorsements: z.number().int().describe('How many other signatories see it too'),
    created_at: z.string().describe('When it was reported (ISO 8601, UTC)'),
    closed_at: z.string().nullable(),
    url: z.string(),
  })
  .meta({ id: 'Obstacle' });

export type ObstacleRecord = z.output<typeof obstacleSchema>;

export const obstacleDetailSchema = obstacleSchema
  .extend({
    endorsed_by: z
      .array(z.object({ slug: z.string(), name: z.string(), evidence: z.string().nullable(), at: z.string() }))
      .describe('The endorsing signatories, newest first (the first 100)'),
  })
  .meta({ id: 'ObstacleDetail' });

export function toRecord(row: Obstacle, item: ObstacleItem, baseUrl: string, lang: Lang): ObstacleRecord {
  return {
    slug: row.slug,
    title: row.title,
    description: row.description,
    lang: item.lang,
    status: row.status === 'closed' ? 'closed' : 'open',
    close_reason: row.close_reason,
    tags: item.tags,
    evidence: { figure: row.evidence_figure, text: row.evidence_text, link: row.evidence_link },
    organisation: item.org ? { slug: item.org.slug, name: item.org.name, former_signatory: item.org.former } : null,
    endorsements: Number(row.endorsement_count),
    created_at: row.created_at,
    closed_at: row.closed_at,
    url: `${baseUrl}/${lang}/obstacles/${encodeURIComponent(row.slug)}`,
  };
}

export const COLUMNS = [
  'slug',
  'title',
  'description',
  'lang',
  'status',
  'close_reason',
  ...TAG_NAMES,
  'evidence_figure',
  'evidence_text',
  'evidence_link',
  'organisation',
  'organisation_slug',
  'endorsements',
  'created_at',
  'closed_at',
  'url',
  'organisation_former_signatory',
] as const;

/** The CSV file: lists joined by semicolons, the header row in COLUMNS' order. */
export function toCsv(records: readonly ObstacleRecord[]): string {
  return csvFile(
    COLUMNS,
    records.map((r) => [
      r.slug,
      r.title,
      r.description,
      r.lang,
      r.status,
      r.close_reason,
      ...TAG_NAMES.map((t) => r.tags[t].join(';')),
      r.evidence.figure,
      r.evidence.text,
      r.evidence.link,
      r.organisation?.name ?? null,
      r.organisation?.slug ?? null,
      r.endorsements,
      r.created_at,
      r.closed_at,
      r.url,
      // Written out as the JSON says it, so a spreadsheet filter reads it the same way.
      r.organisation ? String(r.organisation.former_signatory) : null,
    ]),
  );
}
