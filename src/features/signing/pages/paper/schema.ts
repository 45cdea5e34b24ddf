import { belgianDate } from '../../../../platform/i18n/format.ts';
import { z } from 'zod';
import { choice, optionalEmail } from '../../../../platform/http/fields.ts';
import { LANGS } from '../../../../platform/i18n/i18n.ts';
import {
  plainText,
  PROFILE_FIELDS,
  profileShape,
  requireOneDescription,
} from '../../../organisations/profile-schema.ts';
import {
  enterpriseNumber,
  INVITED_BY_MESSAGES,
  optionalEnterpriseNumber,
  PERSON_NAME_MAX,
  PERSON_TITLE_MAX,
} from '../apply/schema.ts';

// The secretariat records a signature given on the paper form: the organisation's details with
// exactly the online application's rules (the same shapes), the executive who signed, when, which
// charter version and in which language the form was. The scan is checked apart (a file).

/**
 * A date as people write it (14/03/2026, 14.3.2026, 14-03-2026) or as a date picker sends it
 * (2026-03-14), as YYYY-MM-DD; null when it is not a real calendar date.
 */
export function parseDate(input: string): string | null {
  const s = input.trim();
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 2000 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** The day the form was signed: a real date, and not after today (in Belgium). */
export function signedOn() {
  return z
    .string({ error: 'form.error.required' })
    .transform((s) => s.trim())
    .pipe(z.string().min(1, 'form.error.required'))
    .transform((s, ctx) => {
      const date = parseDate(s);
      if (!date) {
        ctx.addIssue({ code: 'custom', message: 'signing.paper.error.date' });
        return z.NEVER;
      }
      if (date > belgianDate()) {
        ctx.addIssue({ code: 'custom', message: 'signing.paper.error.future' });
        return z.NEVER;
      }
      return date;
    });
}

export const CHARTER_VERSION_MAX = 1000;

// Keys in the order the form shows them, so the error summary reads top to bottom.
export const paperSchema = z
  .object({
    enterpriseNumber: enterpriseNumber(),
    ...profileShape,
    invitedBy: optionalEnterpriseNumber(INVITED_BY_MESSAGES),
    // Invited to administer the organisation's page: nobody applied online to become it.
    contactEmail: optionalEmail(),
    executiveName: plainText(PERSON_NAME_MAX),
    executiveTitle: plainText(PERSON_TITLE_MAX),
    signedOn: signedOn(),
    charterVersion: z
      .string({ error: 'signing.paper.error.version' })
      .regex(/^\d{1,4}$/, 'signing.paper.error.version')
      .transform(Number)
      .pipe(z.number().int().min(1, 'signing.paper.error.version').max(CHARTER_VERSION_MAX)),
    formLang: choice(LANGS, 'signing.paper.error.formLang'),
  })
  .superRefine(requireOneDescription);

export type PaperInput = z.output<typeof paperSchema>;

/** Every field, in the order of the page (the scan last). */
export const PAPER_FIELDS = [
  'enterpriseNumber',
  ...PROFILE_FIELDS,
  'invitedBy',
  'contactEmail',
  'executiveName',
  'executiveTitle',
  'signedOn',
  'charterVersion',
  'formLang',
  'scan',
] as const;
