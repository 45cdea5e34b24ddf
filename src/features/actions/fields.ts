import { z } from 'zod';

// Fields the actions' forms share: a calendar day and a whole number, typed as people type them.

/** 2026-03-14 (a date picker), or 14/03/2026, 14.3.2026: a real day between 2000 and 2100. */
export function dayOf(input: string): string | null {
  const parts = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(input) ?? /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(input);
  if (!parts) return null;
  const [a, b, c] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const [year, month, day] = a > 31 ? [a, b, c] : [c, b, a];
  if (year < 2000 || year > 2100) return null;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  // A day that does not exist (31 April) comes back as another one.
  return new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso) ? iso : null;
}

const raw = () =>
  z
    .string()
    .optional()
    .transform((s) => (s ?? '').trim());

export function day() {
  return raw().transform((s, ctx) => {
    const d = s ? dayOf(s) : null;
    if (!d) ctx.addIssue({ code: 'custom', message: s ? 'actions.error.date' : 'form.error.required' });
    return d ?? '';
  });
}

export function optionalDay() {
  return raw().transform((s, ctx) => {
    if (!s) return null;
    const d = dayOf(s);
    if (!d) ctx.addIssue({ code: 'custom', message: 'actions.error.date' });
    return d;
  });
}

/** A whole number from `min` to `max`, spaces and dots between thousands allowed (1.000, 1 000). */
export function whole(min: number, max: number, message: string) {
  return raw().transform((s, ctx) => {
    const digits = s.replace(/[\s.\u00a0\u202f]/g, '');
    const n = /^\d{1,9}$/.test(digits) ? Number(digits) : NaN;
    if (!(n >= min && n <= max)) {
      ctx.addIssue({ code: 'custom', message: s ? message : 'form.error.required' });
      return 0;
    }
    return n;
  });
}
