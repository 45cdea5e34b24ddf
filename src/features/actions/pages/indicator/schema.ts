import { z } from 'zod';
import { text } from '../../../../platform/http/fields.ts';
import { day, optionalDay, whole } from '../../fields.ts';
import { NAME_MAX, UNIT_MAX, UPDATE_MAX, VALUE_MAX, type IndicatorInput } from '../../service-indicators.ts';

// An indicator: what is counted, in which unit, the target and where it stands on a date.

export const indicatorSchema = z.object({
  name: text(NAME_MAX),
  unit: text(UNIT_MAX),
  target: whole(1, VALUE_MAX, 'actions.indicator.error.number'),
  current: whole(0, VALUE_MAX, 'actions.indicator.error.number'),
  measuredOn: day(),
});

export const toIndicator = (f: z.output<typeof indicatorSchema>): IndicatorInput => f;

/** An update: the news, and its date (today when left empty). */
export const updateSchema = z.object({ body: text(UPDATE_MAX), postedOn: optionalDay() });
