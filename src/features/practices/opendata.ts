import { z } from 'zod';
import { LANGS, type Lang } from '../../platform/i18n/i18n.ts';
import { csvFile } from '../../platform/http/csv.ts';
import { SECTORS } from '../organisations/vocabulary.ts';
import type { ApiPractice } from './service-api.ts';
import { fromBits, TAG_COLUMN, TAG_NAMES, TAGS, type TagName } from './vocabulary.ts';

// The practices' open data: one record for the API, the JSON file and the CSV file. Codes, not
// translated labels (the vocabulary's codes never change); columns only ever added at the end.

const tagArrays = Object.fromEntries(
  TAG_NAMES.map((t) => [t, z.array(z.enum(TAGS[t] as unknown as [string, ...string[]]))]),
) as { [T in TagName]: z.ZodArray<z.ZodEnum> };

const tagsSchema = z
  .object(tagArrays)
  .describe(
    'Codes: cause, group (target groups), commitment (of the charter, 1–9), audience, digcomp (DigComp areas), region, language (languages the practice is offered in)',
  );

export const practiceSchema = z
  .object({
    slug: z.string().describe('Stable identifier, used in the page URL'),
    title: z.string().describe('In the requested language if the practice has it, otherwise in its original language'),
    summary: z.string(),
    text_lang: z.enum(LANGS).describe('The language of title and summary'),
    original_lang: z.enum(LANGS),
    languages: z.array(z.enum(LANGS)).describe('The languages its texts exist in'),
    tags: tagsSchema,
    organisation: z.object({ slug: z.string(), name: z.string() }).nullable(),
    sector: z.enum(SECTORS).nullable(),
    period_start: z.string().nullable(),
    period_end: z.string().nullable(),
    people_reached: z.number().int().nullable(),
    adopters: z.number().int().describe('How many signatories marked it adopted'),
    published_at: z.string().describe('First publication (ISO 8601, UTC)'),
    url: z.string(),
  })
  .meta({ id: 'Practice' });

export type PracticeRecord = z.output<typeof practiceSchema>;

export const practiceDetailSchema = practiceSchema
  .extend({
    texts: z
      .array(
        z.object({
          lang: z.enum(LANGS),
          original: z.boolean(),
          title: z.string(),
          summary: z.string(),
          body: z.string().describe('Markdown (raw HTML is not rendered on the site)'),
          results: z.string(),
        }),
      )
      .describe('Every language it is written in, the original first'),
    contact_name: z.string().describe('The contact person (questions go through the site; the address is never published)'),
    adopted_by: z.array(z.string()).describe('Slugs of the signatories that adopted it, newest first'),
  })
  .meta({ id: 'PracticeDetail' });

const asLang = (l: string): Lang => ((LANGS as readonly string[]).includes(l) ? (l as Lang) : 'nl');

/** The text in the reader's language, otherwise the original, otherwise any. */
export function textFor(p: ApiPractice, lang: Lang) {
  return (
    p.texts.find((t) => t.lang === lang) ??
    p.texts.find((t) => t.lang === p.practice.original_lang) ??
    p.texts[0]
  );
}

export const pageUrl = (baseUrl: string, lang: Lang, slug: string) =>
  `${baseUrl}/${lang}/practices/${encodeURIComponent(slug)}`;

export function toRecord(p: ApiPractice, baseUrl: string, lang: Lang): PracticeRecord {
  const row = p.practice;
  const text = textFor(p, lang);
  const tags = Object.fromEntries(TAG_NAMES.map((t) => [t, fromBits(t, Number(row[TAG_COLUMN[t]]))])) as {
    [T in TagName]: string[];
  };
  return {
    slug: row.slug,
    title: text?.title ?? '',
    summary: text?.summary ?? '',
    text_lang: asLang(text?.lang ?? row.original_lang),
    original_lang: asLang(row.original_lang),
    languages: fromBits('language', Number(row.text_lang_bits)),
    tags,
    organisation: p.org ? { slug: p.org.slug, name: p.org.legalName } : null,
    sector: (SECTORS as readonly string[]).includes(row.sector ?? '') ? (row.sector as (typeof SECTORS)[number]) : null,
    period_start: row.period_start,
    period_end: row.period_end,
    people_reached: row.people_reached === null ? null : Number(row.people_reached),
    adopters: Number(row.adoption_count),
    published_at: row.published_at ?? row.updated_at,
    url: pageUrl(baseUrl, lang, row.slug),
  };
}

export function toDetailRecord(
  p: ApiPractice,
  extra: { contactName: string; adoptedBy: string[] },
  baseUrl: string,
  lang: Lang,
): z.output<typeof practiceDetailSchema> {
  const texts = [...p.texts].sort((a, b) => Number(b.is_original) - Number(a.is_original) || a.lang.localeCompare(b.lang));
  return {
    ...toRecord(p, baseUrl, lang),
    texts: texts.map((t) => ({
      lang: asLang(t.lang),
      original: Number(t.is_original) === 1,
      title: t.title,
      summary: t.summary,
      body: t.body,
      results: t.results,
    })),
    contact_name: extra.contactName,
    adopted_by: extra.adoptedBy,
  };
}

export const COLUMNS = [
  'slug',
  'title',
  'summary',
  'text_lang',
  'original_lang',
  'languages',
  ...TAG_NAMES,
  'organisation',
  'organisation_slug',
  'sector',
  'period_start',
  'period_end',
  'people_reached',
  'adopters',
  'published_at',
  'url',
] as const;

/** The CSV file: lists joined by semicolons, the header row in COLUMNS' order. */
export function toCsv(records: PracticeRecord[]): string {
  return csvFile(
    COLUMNS,
    records.map((r) => [
      r.slug,
      r.title,
      r.summary,
      r.text_lang,
      r.original_lang,
      r.languages.join(';'),
      ...TAG_NAMES.map((t) => r.tags[t].join(';')),
      r.organisation?.name ?? null,
      r.organisation?.slug ?? null,
      r.sector,
      r.period_start,
      r.period_end,
      r.people_reached,
      r.adopters,
      r.published_at,
      r.url,
    ]),
  );
}
