import { z } from 'zod';
import { freeText } from '../../../organisations/profile-schema.ts';

export const DECISION_TEXT_MAX = 2000;

/** A rejection always says why: the applicant reads the reason. */
export const rejectSchema = z.object({ reason: freeText(DECISION_TEXT_MAX) });

/** The question the applicant should answer. */
export const infoSchema = z.object({ message: freeText(DECISION_TEXT_MAX) });
