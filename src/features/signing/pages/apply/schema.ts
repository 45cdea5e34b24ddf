import { z } from 'zod';
import { choice, email } from '../../../../platform/http/fields.ts';
import { LANGS } from '../../../../platform/i18n/i18n.ts';
import { checkEnterpriseNumber, type EnterpriseNumberProblem } from '../../../organisations/enterprise-number.ts';
import {
  plainText,
  PROFILE_FIELDS,
  profileShape,
  requireOneDescription,
} from '../../../organisations/profile-schema.ts';

export const PERSON_NAME_MAX = 120;
export const PERSON_TITLE_MAX = 120;

/** A message (catalogue key) for each thing that can be wrong with an enterprise number. */
export type EnterpriseNumberMessages = Record<EnterpriseNumberProblem, string>;

const ENTERPRISE_NUMBER_MESSAGES: EnterpriseNumberMessages = {
  format: 'signing.error.enterpriseNumber',
  checkDigits: 'signing.error.enterpriseNumberCheck',
};

export const INVITED_BY_MESSAGES: EnterpriseNumberMessages = {
  format: 'signing.error.invitedByFormat',
  checkDigits: 'signing.error.invitedByCheck',
};

/** The 10 digits, or an issue that says whether the format or the check digits are wrong. */
function digitsOrIssue(s: string, messages: EnterpriseNumberMessages, ctx: z.RefinementCtx): string {
  const checked = checkEnterpriseNumber(s);
  if (checked.ok) return checked.digits;
  ctx.addIssue({ code: 'custom', message: messages[checked.problem] });
  return z.NEVER;
}

/** A required enterprise number in any usual notation; gives the 10 stored digits. */
export function enterpriseNumber(messages: EnterpriseNumberMessages = ENTERPRISE_NUMBER_MESSAGES) {
  return z
    .string({ error: 'form.error.required' })
    .transform((s) => s.trim())
    .pipe(z.string().min(1, 'form.error.required'))
    .transform((s, ctx) => digitsOrIssue(s, messages, ctx));
}

/** The same, but an empty field is fine (undefined). */
export function optionalEnterpriseNumber(messages: EnterpriseNumberMessages) {
  return z
    .string()
    .optional()
    .transform((s) => (s ?? '').trim())
    .transform((s, ctx) => (s === '' ? undefined : digitsOrIssue(s, messages, ctx)));
}

/** The executive who commits: their name and title, where to write, and in which language. */
export const executiveShape = {
  executiveName: plainText(PERSON_NAME_MAX),
  executiveTitle: plainText(PERSON_TITLE_MAX),
  executiveEmail: email(),
  executiveLang: choice(LANGS, 'signing.error.executiveLang'),
};

/**
 * The code of the invitation link the applicant came with (a hidden field, kept in the draft):
 * the referrals feature hears of it through signing:applied. Anything else is dropped, never an error.
 */
export const REFERRAL_CODE = /^[A-Za-z0-9_-]{20,64}$/;
const referralCode = z
  .unknown()
  .optional()
  .transform((v) => (typeof v === 'string' && REFERRAL_CODE.test(v) ? v : undefined));

// Keys in the order the form shows them, so the error summary reads top to bottom.
export const applySchema = z
  .object({
    enterpriseNumber: enterpriseNumber(),
    ...profileShape,
    ...executiveShape,
    invitedBy: optionalEnterpriseNumber(INVITED_BY_MESSAGES),
    referral: referralCode,
  })
  .superRefine(requireOneDescription);

export type ApplyInput = z.output<typeof applySchema>;

/** Every field of the form, in order (the logo sits after the descriptions; the hidden referral code last). */
export const APPLY_FIELDS = [
  'enterpriseNumber',
  ...PROFILE_FIELDS,
  'logo',
  'executiveName',
  'executiveTitle',
  'executiveEmail',
  'executiveLang',
  'invitedBy',
  'referral',
] as const;

export const executiveSchema = z.object(executiveShape);
