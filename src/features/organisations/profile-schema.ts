import { z } from 'zod';
import { choice, choices, optionalText, optionalWebsite, text } from '../../platform/http/fields.ts';
import { LANGS, type Lang } from '../../platform/i18n/i18n.ts';
import { REGIONS, SECTORS, SIZE_BANDS, type Region, type Sector, type SizeBand } from './vocabulary.ts';

// The organisation profile as a form: used by the application to sign the charter and by the
// profile edit page. Messages are catalogue keys in src/features/signing/locales/ ("signing.profile.…").

export const DESCRIPTION_MAX = 1000;
export const LEGAL_NAME_MAX = 200;

/** One description field per language: description_nl, description_fr … */
export const descriptionField = (lang: Lang) => `description_${lang}` as const;

// ---- text rules for what the public directory and the certificate show

/** Format characters (bidi overrides, zero-width joiners, soft hyphens), private use, unassigned, line separators. */
const INVISIBLE = /[\p{Cf}\p{Co}\p{Cn}\u2028\u2029]/u;
/** Emoji and flags: the certificate's fonts cannot print them and screen readers read them out by name. */
const EMOJI = /(?![\u00A9\u00AE\u2122])\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}\uFE0F\u20E3]/u;
/** More than two combining marks on one letter is decoration ("Zalgo" text), not a language. */
const STACKED_MARKS = /\p{M}{3,}/u;
const NAME_CHARS = /^[\p{L}\p{M}\p{N}\p{Zs}.,'’‘&()/+:"“”«»@#!?*°ºª_\-–—]*$/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARKUP = /<\s*\/?\s*[a-z!?]/i;

const noInvisible = (s: string) => !INVISIBLE.test(s);
const noEmoji = (s: string) => !EMOJI.test(s);
const noStackedMarks = (s: string) => !STACKED_MARKS.test(s);

/**
 * A name or a title on one line: letters (any script), digits, spaces and common punctuation.
 * No markup, no line breaks, no invisible characters, no emoji.
 */
export function plainText(max: number) {
  return text(max).pipe(
    z
      .string()
      .refine((s) => !/[\t\r\n]/.test(s), 'form.error.controlCharacters')
      .refine(noInvisible, 'signing.profile.error.invisible')
      .refine(noEmoji, 'signing.profile.error.emoji')
      .refine(noStackedMarks, 'signing.profile.error.marks')
      .refine((s) => !/[<>]/.test(s), 'signing.profile.error.markup')
      .refine((s) => NAME_CHARS.test(s), 'signing.profile.error.nameCharacters')
      .refine((s) => HAS_LETTER_OR_DIGIT.test(s), 'signing.profile.error.nameCharacters'),
  );
}

/** Longer text that may run over several lines; plain text, so no HTML tags. Empty becomes undefined. */
export function optionalFreeText(max: number) {
  return optionalText(max).pipe(
    z
      .string()
      .optional()
      .refine((s) => s === undefined || noInvisible(s), 'signing.profile.error.invisible')
      .refine((s) => s === undefined || noEmoji(s), 'signing.profile.error.emoji')
      .refine((s) => s === undefined || noStackedMarks(s), 'signing.profile.error.marks')
      .refine((s) => s === undefined || !MARKUP.test(s), 'signing.profile.error.markup'),
  );
}

/** Required longer text (a reason, a message): like optionalFreeText, but not empty. */
export function freeText(max: number) {
  return optionalFreeText(max).pipe(z.string({ error: 'form.error.required' }));
}

/** A web address; invisible characters and emoji are refused before the address is read. */
export function website() {
  return z
    .string()
    .optional()
    .refine((s) => s === undefined || noInvisible(s), 'signing.profile.error.invisible')
    .refine((s) => s === undefined || noEmoji(s), 'signing.profile.error.emoji')
    .pipe(optionalWebsite());
}

// ---- the profile

export const profileShape = {
  legalName: plainText(LEGAL_NAME_MAX),
  sector: choice(SECTORS, 'signing.profile.error.sector'),
  sizeBand: choice(SIZE_BANDS, 'signing.profile.error.sizeBand'),
  regions: choices(REGIONS, { min: 1, message: 'signing.profile.error.regions' }),
  languages: choices(LANGS, { min: 1, message: 'signing.profile.error.languages' }),
  website: website(),
  description_nl: optionalFreeText(DESCRIPTION_MAX),
  description_fr: optionalFreeText(DESCRIPTION_MAX),
  description_de: optionalFreeText(DESCRIPTION_MAX),
  description_en: optionalFreeText(DESCRIPTION_MAX),
};

/** The profile's fields in the order the forms show them (the application and the paper form use them). */
export const PROFILE_FIELDS = [
  'legalName',
  'sector',
  'sizeBand',
  'regions',
  'languages',
  'website',
  'description_nl',
  'description_fr',
  'description_de',
  'description_en',
] as const satisfies readonly (keyof typeof profileShape)[];

/** At least one description: the issue goes on the first description field. */
export function requireOneDescription(value: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const present = LANGS.some((l) => {
    const v = value[descriptionField(l)];
    return typeof v === 'string' && v.trim() !== '';
  });
  if (!present)
    ctx.addIssue({ code: 'custom', path: [descriptionField('nl')], message: 'signing.profile.error.description' });
}

export const profileSchema = z.object(profileShape).superRefine(requireOneDescription);

export type ProfileFormData = z.output<typeof profileSchema>;

/** The profile as the organisations service stores it. */
export interface ProfileInput {
  legalName: string;
  sector: Sector;
  sizeBand: SizeBand;
  regions: Region[];
  languages: Lang[];
  website: string | null;
  descriptions: Partial<Record<Lang, string>>;
}

export function toProfileInput(data: ProfileFormData): ProfileInput {
  const descriptions: Partial<Record<Lang, string>> = {};
  for (const l of LANGS) {
    const d = data[descriptionField(l)];
    if (d) descriptions[l] = d;
  }
  return {
    legalName: data.legalName,
    sector: data.sector,
    sizeBand: data.sizeBand,
    regions: data.regions,
    languages: data.languages,
    website: data.website ?? null,
    descriptions,
  };
}

/** The form's values for a stored profile (to prefill the edit page). */
export function profileFormValues(p: ProfileInput): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {
    legalName: p.legalName,
    sector: p.sector,
    sizeBand: p.sizeBand,
    regions: p.regions,
    languages: p.languages,
    website: p.website ?? '',
  };
  for (const l of LANGS) values[descriptionField(l)] = p.descriptions[l] ?? '';
  return values;
}
