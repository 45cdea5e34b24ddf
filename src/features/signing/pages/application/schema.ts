import { z } from 'zod';
import { freeText } from '../../../organisations/profile-schema.ts';
import { executiveShape } from '../apply/schema.ts';

export const REPLY_MAX = 2000;

/** The applicant's answer to the secretariat's question. */
export const replySchema = z.object({ reply: freeText(REPLY_MAX) });

/** Sending the executive's link again, to the same or corrected details. */
export const resendSchema = z.object(executiveShape);
