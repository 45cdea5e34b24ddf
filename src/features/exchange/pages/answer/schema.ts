import { z } from 'zod';
import { consent, email, optionalText, text } from '../../../../platform/http/fields.ts';

export const MESSAGE_MAX = 3000;

/** "Share my address" is a checkbox: ticked only when it arrives as "yes". */
export const answerSchema = z.object({
  name: text(120),
  email: email(),
  /** The organisation they answer for, if any: an exchange is between organisations. */
  organisation: optionalText(200),
  message: text(MESSAGE_MAX, { min: 10 }),
  share: consent(),
});

export type AnswerInput = z.output<typeof answerSchema>;
