import { z } from 'zod';
import { addressToShare, consent, optionalEmail, text } from '../../../../platform/http/fields.ts';

export const MESSAGE_MAX = 3000;

/** "Share my address with the author" is a checkbox: ticked only when it arrives as "yes". */
export const askSchema = z
  .object({
    name: text(120),
    email: optionalEmail(),
    message: text(MESSAGE_MAX, { min: 10 }),
    share: consent(),
  })
  .superRefine(addressToShare);
