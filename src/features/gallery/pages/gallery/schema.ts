import { z } from 'zod';
import { choice, choices, email, optionalText, text } from '../../../../platform/http/fields.ts';
import { WORK_LANGUAGES, type Region, type Sector } from '../../../organisations/vocabulary.ts';

// The gallery's two sample forms. They store nothing: a valid form only shows a success banner.

export const SIZES = ['small', 'medium', 'large'] as const;
// Sample choices: codes of the organisation vocabulary (a subset, to keep the samples short).
export const LANGUAGES = WORK_LANGUAGES;
export const REGIONS = ['brussels', 'flanders', 'wallonia'] as const satisfies readonly Region[];
export const SECTORS = ['public', 'private', 'nonprofit'] as const satisfies readonly Sector[];
export const CONTACTS = ['email', 'phone', 'post'] as const;
export const TOPICS = ['skills', 'access', 'services'] as const;
export const STORY_MAX = 500;
export const DESCRIPTION_MAX = 200;

/** An uploaded file as the multipart parser hands it over; an empty file means none was chosen. */
const upload = z
  .unknown()
  .transform((v) =>
    typeof v === 'object' && v !== null && 'data' in v && Buffer.isBuffer(v.data) && v.data.length > 0 ? v : undefined,
  );

/** Form A: every kind of field, filled in correctly. */
export const fieldsSchema = z.object({
  fullName: text(100),
  phone: optionalText(30),
  postcode: optionalText(4).refine((s) => s === undefined || /^\d{4}$/.test(s), 'gallery.error.postcode'),
  story: optionalText(STORY_MAX),
  region: choice(REGIONS),
  size: choice(SIZES),
  languages: choices(LANGUAGES, { min: 1 }),
  document: upload,
});

/** Form B: shown with an error on every field, as after sending it empty. */
export const errorsSchema = z.object({
  email: email(),
  description: text(DESCRIPTION_MAX),
  sector: choice(SECTORS),
  contact: choice(CONTACTS),
  topics: choices(TOPICS, { min: 1 }),
  logo: upload.refine((v) => v !== undefined, 'gallery.error.file'),
});

/** The submit button says which form was sent. */
export const FORM_NAMES = ['fields', 'errors'] as const;
export type FormName = (typeof FORM_NAMES)[number];
