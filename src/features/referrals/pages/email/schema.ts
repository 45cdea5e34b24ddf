import { z } from 'zod';
import { choice, email, optionalText, text } from '../../../../platform/http/fields.ts';
import { LANGS } from '../../../../platform/i18n/i18n.ts';
import { MESSAGE_MAX, NAME_MAX, PERSON_MAX, type EmailInput } from '../../service.ts';

// The e-mail invitation's form, in the order it shows its fields (the error summary reads top to bottom).
export const emailSchema = z.object({
  inviteeName: text(NAME_MAX),
  recipientName: text(PERSON_MAX),
  recipientEmail: email(),
  recipientLang: choice(LANGS, 'referrals.error.lang'),
  message: optionalText(MESSAGE_MAX),
});

export const toInput = (data: z.output<typeof emailSchema>): EmailInput => data;

/** The link form on the list: for whom, if the inviter wants to note it. */
export const linkSchema = z.object({ inviteeName: optionalText(NAME_MAX) });

/** Which invitation to stop (a hidden field on the list). */
export const revokeSchema = z.object({ referral: text(64) });
