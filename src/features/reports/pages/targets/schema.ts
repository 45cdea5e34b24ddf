import { z } from 'zod';
import { choice, optionalText, text } from '../../../../platform/http/fields.ts';

export const INDICATOR_MAX = 200;
export const UNIT_MAX = 40;

/** A decimal number as people type it ("12,5" or "12.5"), kept as text with a dot. */
export const decimal = () =>
  z
    .string({ error: 'form.error.required' })
    .transform((s) => s.trim().replace(/\s/g, '').replace(',', '.'))
    .pipe(z.string().min(1, 'form.error.required').regex(/^-?\d{1,12}(\.\d{1,6})?$/, 'reports.targets.error.number'));

/** An optional decimal: empty means none (undefined). */
export const optionalDecimal = () =>
  z
    .string()
    .optional()
    .transform((s) => (s ?? '').trim().replace(/\s/g, '').replace(',', '.'))
    .pipe(z.string().regex(/^(-?\d{1,12}(\.\d{1,6})?)?$/, 'reports.targets.error.number'))
    .transform((s) => (s === '' ? undefined : s));

const year = () =>
  z
    .string({ error: 'form.error.required' })
    .trim()
    .regex(/^\d{4}$/, 'reports.targets.error.year')
    .transform(Number);

export const DIRECTIONS = ['increase', 'decrease'] as const;

export const targetSchema = z.object({
  indicator: text(INDICATOR_MAX),
  unit: optionalText(UNIT_MAX),
  direction: choice(DIRECTIONS),
  baseYear: year(),
  baseValue: decimal(),
  targetYear: year(),
  targetValue: decimal(),
});

/** The field of a due target's value reached. */
export const reachedField = (targetId: string) => `reached_${targetId}`;

/** One optional value per due target, by field name. */
export const reachedSchema = (targetIds: readonly string[]) =>
  z.object(Object.fromEntries(targetIds.map((id) => [reachedField(id), optionalDecimal()])));
