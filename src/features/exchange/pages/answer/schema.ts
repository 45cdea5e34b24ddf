import { z } from 'zod';
import { addressToShare, consent, optionalEmail, optionalText, text } from '../../../../platform/http/fields.ts';

export const MESSAGE_MAX = 3000;

/** "Share my address" is a checkbox: ticked only when it arrives as "yes". */
export const answerSchema = z
  .object({
    name: text(120),
    email: optionalEmail(),
    /** The organisation they answer for, if any: an exchange is between organisations. */
    organisation: optionalText(200),
    message: text(MESSAGE_MAX, { min: 10 }),
    share: consent(),
  })
  .superRefine(addressToShare);

export type AnswerInput = z.output<typeof answerSchema>;
