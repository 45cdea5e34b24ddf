import { z } from 'zod';
import { text } from '../../../../platform/http/fields.ts';

export const REASON_MAX = 1000;

/** The reason is shown to the post's organisation: it says what to change. */
export const hideSchema = z.object({ reason: text(REASON_MAX, { min: 10 }) });
