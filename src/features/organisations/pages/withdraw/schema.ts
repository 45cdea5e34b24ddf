import { z } from 'zod';
import { freeText } from '../../profile-schema.ts';
import { WITHDRAWAL_REASON_MAX } from '../../withdrawal.ts';

/** The reason is shown on the public profile, so it follows the profile's rules for free text. */
export const reasonSchema = z.object({ reason: freeText(WITHDRAWAL_REASON_MAX) });

/** The confirmation step carries the reason again, and which button was pressed. */
export const confirmSchema = reasonSchema.extend({ step: z.enum(['confirm', 'edit']).default('confirm') });
