import { z } from 'zod';
import { day } from '../../../actions/fields.ts';

// The cycle's form: the year, its days (typed as people type dates) and the reminder days, as
// offsets from the deadline. What needs today or the stored cycle (a year already open, days
// that may no longer move) is the service's to check.

export const REMINDERS_MAX = 8;
export const OFFSET_LIMIT = 180;

/** "-14, 0, 7" (commas, spaces or semicolons; a typographic minus too) as sorted whole numbers. */
export function parseOffsets(typed: string): number[] | null {
  const parts = typed
    .replace(/\u2212/g, '-')
    .split(/[\s,;]+/)
    .filter(Boolean);
  if (parts.length === 0 || parts.length > REMINDERS_MAX || parts.some((p) => !/^[+-]?\d{1,3}$/.test(p))) return null;
  const offsets = [...new Set(parts.map(Number))].sort((a, b) => a - b);
  return offsets.every((o) => Math.abs(o) <= OFFSET_LIMIT) ? offsets : null;
}

const reminders = () =>
  z
    .string()
    .optional()
    .transform((s, ctx) => {
      const offsets = parseOffsets(s ?? '');
      if (!offsets)
        ctx.addIssue({ code: 'custom', message: s?.trim() ? 'reports.cycles.error.reminders' : 'form.error.required' });
      return offsets ?? [];
    });

const year = () =>
  z
    .string({ error: 'form.error.required' })
    .transform((s) => s.trim())
    .pipe(z.string().regex(/^\d{4}$/, 'reports.cycles.error.year'))
    .transform(Number)
    .pipe(z.number().int().min(2000, 'reports.cycles.error.year'));

interface Days {
  opensOn?: string;
  dueOn: string;
  graceUntil: string;
}

/** The days in order: it opens before the deadline, the grace period ends on it or after. */
function inOrder(f: Days, ctx: z.RefinementCtx): void {
  if (!f.dueOn || !f.graceUntil) return;
  if (f.opensOn && f.dueOn <= f.opensOn)
    ctx.addIssue({ code: 'custom', path: ['dueOn'], message: 'reports.cycles.error.dueBeforeOpen' });
  if (f.graceUntil < f.dueOn)
    ctx.addIssue({ code: 'custom', path: ['graceUntil'], message: 'reports.cycles.error.graceBeforeDue' });
}

const daysShape = { opensOn: day(), dueOn: day(), graceUntil: day(), reminders: reminders() };

export const openCycleSchema = z.object({ year: year(), ...daysShape }).superRefine(inOrder);
export type OpenCycleInput = z.output<typeof openCycleSchema>;

/** Before the cycle opens, every day may change. */
export const editDaysSchema = z.object(daysShape).superRefine(inOrder);
export type EditDaysInput = z.output<typeof editDaysSchema>;

/** Once it is open, only the deadline and the grace period, and only later. */
export const extendSchema = z.object({ dueOn: day(), graceUntil: day() }).superRefine(inOrder);
export type ExtendInput = z.output<typeof extendSchema>;

/** The offsets as the form shows them again: "-14, 0, 7". */
export const offsetsText = (offsets: readonly number[]) => offsets.join(', ');

/** The form's first values for a year: 1 February to 31 May of the next year, grace until 30 June. */
export function defaultsFor(year: number): Record<string, string> {
  return {
    year: String(year),
    opensOn: `${year + 1}-02-01`,
    dueOn: `${year + 1}-05-31`,
    graceUntil: `${year + 1}-06-30`,
    reminders: offsetsText([-14, 0, 7]),
  };
}
