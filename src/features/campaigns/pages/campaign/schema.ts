import { z } from 'zod';
import { choice, optionalText } from '../../../../platform/http/fields.ts';
import { day, whole } from '../../../actions/fields.ts';
import { PEOPLE_MAX, VISIBILITIES } from '../../../activities/service.ts';

// Logging a participation: the day, the people reached, a note, and who may see it.

export const NOTE_MAX = 1000;

/** An organisation's id as our pages write it; anything else (a NUL, markup) is refused before the database. */
const orgId = () => z.string({ error: 'campaigns.error.org' }).regex(/^[A-Za-z0-9_-]{1,64}$/, 'campaigns.error.org');

export const participationSchema = z.object({
  orgId: orgId(),
  on: day(),
  people: whole(0, PEOPLE_MAX, 'campaigns.error.people'),
  note: optionalText(NOTE_MAX),
  visibility: choice(VISIBILITIES, 'campaigns.error.visibility').default('public'),
});

/** Support, or take it back (`stop`): the button pressed says which. */
export const supportSchema = z.object({
  orgId: orgId(),
  action: z.enum(['support', 'stop']).default('support'),
});
