import { z } from 'zod';
import { choice, optionalText, text } from '../../../../platform/http/fields.ts';
import { PARTS } from '../../service-amend.ts';

export const REASON_MAX = 1000;
export const NARRATIVE_MAX = 4000;

/** A headline figure: a whole number of zero or more, or empty for none. */
const figure = () =>
  z
    .string()
    .optional()
    .transform((s) => (s ?? '').trim().replace(/[\s.]/g, ''))
    .pipe(z.string().regex(/^\d{0,9}$/, 'reports.amend.error.figure'))
    .transform((s) => (s === '' ? null : Number(s)));

const words = () => optionalText(NARRATIVE_MAX).transform((s) => s ?? '');

/** Every field of every part: the service takes those of the part chosen. */
export const amendSchema = z.object({
  part: choice(PARTS),
  reason: text(REASON_MAX),
  people_trained: figure(),
  people_reached: figure(),
  training_hours: figure(),
  devices: figure(),
  correction: words(),
  worked: words(),
  hard: words(),
});

/** The part in the address (?part=…), or none yet. */
export const partOf = (raw: unknown) => ((PARTS as readonly unknown[]).includes(raw) ? (raw as (typeof PARTS)[number]) : null);
