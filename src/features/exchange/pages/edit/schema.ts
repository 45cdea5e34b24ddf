import { z } from 'zod';
import { choice, choices, text } from '../../../../platform/http/fields.ts';
import { LANGS } from '../../../../platform/i18n/i18n.ts';
import { addDays, CAUSES, KINDS, MAX_DAYS_AHEAD, REGIONS, today, TOPICS } from '../../vocabulary.ts';

export const TITLE_MAX = 120;
export const DESCRIPTION_MAX = 3000;

/**
 * A day as people in Belgium write it (31/03/2027, 31.3.2027, 31-03-2027) or as a date field
 * sends it (2027-03-31); null when it is no real day.
 */
export function parseDay(typed: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  const local = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(typed);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : local ? [local[3], local[2], local[1]] : [];
  if (!y || !m || !d) return null;
  const day = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const parsed = new Date(`${day}T12:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day ? null : day;
}

/** The expiry day: a real day, after today, at most MAX_DAYS_AHEAD ahead. */
export const expiryField = () =>
  text(20).pipe(
    z
      .string()
      .transform((s, ctx) => {
        const day = parseDay(s);
        if (!day) ctx.addIssue({ code: 'custom', message: 'exchange.error.expiryFormat' });
        return day ?? '';
      })
      .refine((day) => day === '' || day > today(), 'exchange.error.expiryPast')
      .refine((day) => day === '' || day <= addDays(today(), MAX_DAYS_AHEAD), 'exchange.error.expiryTooFar'),
  );

export const postSchema = z.object({
  kind: choice(KINDS),
  /** The language the author writes it in (the page's by default): its `lang`, its search stemming. */
  language: choice(LANGS, 'exchange.error.language'),
  topic: choice(TOPICS),
  cause: choice(CAUSES),
  region: choices(REGIONS, { min: 1 }),
  title: text(TITLE_MAX, { min: 5 }),
  description: text(DESCRIPTION_MAX, { min: 20 }),
  expires: expiryField(),
});

export type PostInput = z.output<typeof postSchema>;

export const renewSchema = z.object({ expires: expiryField() });
