import { z } from 'zod';
import { choice, choices, email, optionalText, optionalWebsite, text } from '../../../../platform/http/fields.ts';
import { LANGS } from '../../../../platform/i18n/i18n.ts';
import { AUDIENCES, CAUSES, COMMITMENTS, DIGCOMP_AREAS, REGIONS, TARGET_GROUPS } from '../../vocabulary.ts';

// The practice form's rules. "Save draft" keeps the values as typed without these checks
// (service-writing.ts, as signing keeps an application's draft); "Save" and "Submit" check them.

export const TITLE_MAX = 160;
export const SUMMARY_MAX = 300;
/** Markdown pairs emphasis in more than linear time on long runs (ADR 0013): every Markdown field is capped. */
export const BODY_MAX = 20_000;
export const RESULTS_MAX = 5_000;
export const PERSON_MAX = 120;
/** Link rows in the form. */
export const LINK_ROWS = 5;
export const LINK_LABEL_MAX = 160;
export const COMMENT_MAX = 2_000;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const date = (message: string) => text(10).refine(isRealDate, message);
const optionalDate = (message: string) => optionalText(10).refine((s) => s === undefined || isRealDate(s), message);

/** A whole number of people, digits only ("1 200" and "1.200" are read as 1200). */
const optionalCount = optionalText(15)
  .transform((s) => (s === undefined ? undefined : s.replace(/[\s.,\u00a0\u202f']/g, '')))
  .refine((s) => s === undefined || /^\d{1,9}$/.test(s), 'practices.error.peopleReached')
  .transform((s) => (s === undefined ? null : Number(s)));

/** The text of one language: what the translation form asks too. */
export const textShape = {
  lang: choice(LANGS, 'practices.error.lang'),
  title: text(TITLE_MAX, { min: 3 }),
  summary: text(SUMMARY_MAX),
  body: text(BODY_MAX),
  results: optionalText(RESULTS_MAX),
};

const linkShape = Object.fromEntries(
  Array.from({ length: LINK_ROWS }, (_, i) => [
    [`link${i + 1}Url`, optionalWebsite()],
    [`link${i + 1}Label`, optionalText(LINK_LABEL_MAX)],
  ]).flat(),
) as Record<string, ReturnType<typeof optionalText> | ReturnType<typeof optionalWebsite>>;

export const practiceSchema = z
  .object({
    ...textShape,
    cause: choices(CAUSES, { min: 1, message: 'practices.error.cause' }),
    group: choices(TARGET_GROUPS, { min: 1, message: 'practices.error.group' }),
    commitment: choices(COMMITMENTS, { min: 1, message: 'practices.error.commitment' }),
    audience: choices(AUDIENCES, { min: 1, message: 'practices.error.audience' }),
    digcomp: choices(DIGCOMP_AREAS),
    region: choices(REGIONS, { min: 1, message: 'practices.error.region' }),
    language: choices(LANGS, { min: 1, message: 'practices.error.language' }),
    periodStart: date('practices.error.date'),
    periodEnd: optionalDate('practices.error.date'),
    peopleReached: optionalCount,
    ...linkShape,
    contactName: text(PERSON_MAX),
    contactEmail: email(),
  })
  .superRefine((v, ctx) => {
    if (v.periodEnd && v.periodEnd < v.periodStart) {
      ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'practices.error.periodEnd' });
    }
  });

export type PracticeForm = z.output<typeof practiceSchema>;

/** The links typed in the form's rows, in order; a row without an address is skipped. */
export function linksOf(form: Record<string, unknown>): { url: string; label: string }[] {
  const links: { url: string; label: string }[] = [];
  for (let i = 1; i <= LINK_ROWS; i++) {
    const url = form[`link${i}Url`];
    const label = form[`link${i}Label`];
    if (typeof url === 'string' && url) links.push({ url, label: typeof label === 'string' && label ? label : url });
  }
  return links;
}

/** Every field of the form, in the order it shows them: the error summary follows it, a draft keeps only these. */
export const PRACTICE_FIELDS: readonly string[] = [
  'lang',
  'title',
  'summary',
  'body',
  'cause',
  'group',
  'commitment',
  'audience',
  'digcomp',
  'region',
  'language',
  'periodStart',
  'periodEnd',
  'results',
  'peopleReached',
  ...Array.from({ length: LINK_ROWS }, (_, i) => [`link${i + 1}Url`, `link${i + 1}Label`]).flat(),
  'contactName',
  'contactEmail',
];

export const translationSchema = z.object(textShape);
export type TranslationForm = z.output<typeof translationSchema>;

export const returnSchema = z.object({ comment: text(COMMENT_MAX) });

/** The archive button's form: `yes` takes the practice out of the library, `no` puts it back. */
export const archiveSchema = z.object({ archive: choice(['yes', 'no'] as const) });
