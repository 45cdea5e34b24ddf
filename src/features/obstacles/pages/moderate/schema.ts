import { z } from 'zod';
import { text } from '../../../../platform/http/fields.ts';
import { REASON_MAX } from '../../service-moderation.ts';

// The secretariat's three forms on one obstacle; each field has its own name, so a form shown
// again with a mistake keeps the others empty.

export const mergeSchema = z.object({ into: text(300) });
export const closeSchema = z.object({ closeReason: text(REASON_MAX) });
export const hideSchema = z.object({ hideReason: text(REASON_MAX) });
