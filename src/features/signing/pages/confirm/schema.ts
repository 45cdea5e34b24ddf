import { z } from 'zod';
import { optionalFreeText, plainText } from '../../../organisations/profile-schema.ts';
import { PERSON_NAME_MAX, PERSON_TITLE_MAX } from '../apply/schema.ts';

export const DECLINE_REASON_MAX = 1000;

/** Signing: the executive's name and title as they want them on record, and their explicit commitment. */
export const signSchema = z.object({
  signerName: plainText(PERSON_NAME_MAX),
  signerTitle: plainText(PERSON_TITLE_MAX),
  commit: z.literal('yes', { error: 'signing.confirm.error.commit' }),
  // The fingerprint of the text the page showed; the service compares it with the text it signs.
  textHash: z.string({ error: 'signing.error.textChanged' }).regex(/^[a-f0-9]{64}$/, 'signing.error.textChanged'),
});

export const declineSchema = z.object({ reason: optionalFreeText(DECLINE_REASON_MAX) });
