import { z } from 'zod';
import { choice, consent, optionalText } from '../../../../platform/http/fields.ts';
import { LANGS } from '../../../../platform/i18n/i18n.ts';
import { HEADLINE_COLUMNS, type Headline } from '../../repository-report.ts';

// The report editor's forms: starting a report, a section, the headline figures. Every form
// that saves carries the version it was opened at (ADR 0034).

export const CORRECTION_MAX = 2000;
export const NARRATIVE_MAX = 1500;
/** Larger than any organisation's yearly figure, small enough for an integer column. */
export const FIGURE_MAX = 100_000_000;

/** The version the form was opened at: a whole number; anything else is a forged form. */
const version = z
  .string({ error: 'form.error.format' })
  .regex(/^\d{1,9}$/, 'form.error.format')
  .transform(Number);

export const startSchema = z.object({ lang: choice(LANGS) });

export const sectionSchema = z
  .object({
    version,
    confirmed: consent(),
    correction: optionalText(CORRECTION_MAX).transform((s) => s ?? ''),
    worked: optionalText(NARRATIVE_MAX).transform((s) => s ?? ''),
    hard: optionalText(NARRATIVE_MAX).transform((s) => s ?? ''),
  })
  .superRefine((f, ctx) => {
    // Either the figures are right or they are corrected: both at once says two things.
    if (f.confirmed && f.correction !== '')
      ctx.addIssue({ code: 'custom', path: ['correction'], message: 'reports.section.error.both' });
  });

/** An optional whole number, 0 or more: empty is "not given", spaces and dots between thousands allowed. */
const figure = () =>
  z
    .string()
    .optional()
    .transform((s, ctx) => {
      const typed = (s ?? '').trim();
      if (typed === '') return null;
      const digits = typed.replace(/[\s.\u00a0\u202f]/g, '');
      const n = /^\d{1,9}$/.test(digits) ? Number(digits) : NaN;
      if (!(n >= 0 && n <= FIGURE_MAX)) {
        ctx.addIssue({ code: 'custom', message: 'reports.headline.error.figure' });
        return null;
      }
      return n;
    });

export const headlineSchema = z.object({
  version,
  people_trained: figure(),
  people_reached: figure(),
  training_hours: figure(),
  devices: figure(),
});

export const figuresOf = (data: z.output<typeof headlineSchema>): Headline =>
  Object.fromEntries(HEADLINE_COLUMNS.map((c) => [c, data[c]])) as Headline;
