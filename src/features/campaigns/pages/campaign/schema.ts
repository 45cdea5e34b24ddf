import { z } from 'zod';
import { choice, optionalText } from '../../../../platform/http/fields.ts';
import { day, whole } from '../../../actions/fields.ts';
import { PEOPLE_MAX, VISIBILITIES } from '../../../activities/service.ts';

// Logging a participation: the day, the people reached, a note, and who may see it.

export const NOTE_MAX = 1000;

export const participationSchema = z.object({
  orgId: z.string({ error: 'campaigns.error.org' }).min(1, 'campaigns.error.org').max(64),
  on: day(),
  people: whole(0, PEOPLE_MAX, 'campaigns.error.people'),
  note: optionalText(NOTE_MAX),
  visibility: choice(VISIBILITIES, 'campaigns.error.visibility').default('public'),
});

export const orgSchema = z.object({
  orgId: z.string({ error: 'campaigns.error.org' }).min(1, 'campaigns.error.org').max(64),
});
