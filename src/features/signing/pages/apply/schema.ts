import { z } from 'zod';
import { choice, email } from '../../../../platform/http/fields.ts';
import { LANGS } from '../../../../platform/i18n/i18n.ts';
import { parseEnterpriseNumber } from '../../../organisations/enterprise-number.ts';
import { plainText, profileShape, requireOneDescription } from '../../../organisations/profile-schema.ts';

export const PERSON_NAME_MAX = 120;
export const PERSON_TITLE_MAX = 120;

/** A required enterprise number in any usual notation; gives the 10 stored digits. */
export function enterpriseNumber(message = 'signing.error.enterpriseNumber') {
  return z
    .string({ error: 'form.error.required' })
    .transform((s) => s.trim())
    .pipe(z.string().min(1, 'form.error.required'))
    .transform((s, ctx) => {
      const digits = parseEnterpriseNumber(s);
      if (digits === null) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return digits;
    });
}

/** The same, but an empty field is fine (undefined). */
export function optionalEnterpriseNumber(message: string) {
  return z
    .string()
    .optional()
    .transform((s) => (s ?? '').trim())
    .transform((s, ctx) => {
      if (s === '') return undefined;
      const digits = parseEnterpriseNumber(s);
      if (digits === null) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return digits;
    });
}

/** The executive who commits: their name and title, where to write, and in which language. */
export const executiveShape = {
  executiveName: plainText(PERSON_NAME_MAX),
  executiveTitle: plainText(PERSON_TITLE_MAX),
  executiveEmail: email(),
  executiveLang: choice(LANGS, 'signing.error.executiveLang'),
};

// Keys in the order the form shows them, so the error summary reads top to bottom.
export const applySchema = z
  .object({
    enterpriseNumber: enterpriseNumber(),
    ...profileShape,
    ...executiveShape,
    invitedBy: optionalEnterpriseNumber('signing.error.invitedByFormat'),
  })
  .superRefine(requireOneDescription);

export type ApplyInput = z.output<typeof applySchema>;

/** Every field of the form, in order (the logo sits after the descriptions). */
export const APPLY_FIELDS = [
  'enterpriseNumber',
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
  'logo',
  'executiveName',
  'executiveTitle',
  'executiveEmail',
  'executiveLang',
  'invitedBy',
] as const;

export const executiveSchema = z.object(executiveShape);
