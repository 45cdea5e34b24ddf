import { z } from 'zod';
import { choice } from '../../../../platform/http/fields.ts';
import type { Settings } from '../../service-setup.ts';
import type { EvaluationRow } from '../../repository-setup.ts';

export const QUORUMS = ['none', 'half', 'twoThirds'] as const;
export const MAJORITIES = ['simple', 'absolute', 'twoThirds'] as const;

/**
 * A day as a date picker sends it (2027-03-01) or as people write it here (1/3/2027, 01.03.2027),
 * as YYYY-MM-DD; null when it is no real calendar day.
 */
export function dayOf(input: string): string | null {
  const s = input.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : local ? [local[3], local[2], local[1]] : [];
  if (!y) return null;
  const day = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (day.getUTCDate() !== Number(d) || day.getUTCMonth() !== Number(m) - 1 || Number(y) < 2020) return null;
  return day.toISOString().slice(0, 10);
}

const day = () =>
  z
    .string({ error: 'form.error.required' })
    .transform((s) => s.trim())
    .pipe(z.string().min(1, 'form.error.required').max(20))
    .transform((s, ctx) => {
      const parsed = dayOf(s);
      if (!parsed) {
        ctx.addIssue({ code: 'custom', message: 'evaluation.setup.error.day' });
        return z.NEVER;
      }
      return parsed;
    });

export const setupSchema = z
  .object({
    consultation: day(),
    proposals: day(),
    vote: day(),
    result: day(),
    quorum: choice(QUORUMS),
    majority: choice(MAJORITIES),
  })
  .transform(
    (f): Settings => ({
      consultation_opens_on: f.consultation,
      proposals_opens_on: f.proposals,
      vote_opens_on: f.vote,
      result_on: f.result,
      quorum: f.quorum,
      majority: f.majority,
    }),
  );

/** The running evaluation's settings as the form shows them. */
export function valuesOf(e: EvaluationRow): Record<string, string> {
  return {
    consultation: e.consultation_opens_on,
    proposals: e.proposals_opens_on,
    vote: e.vote_opens_on,
    result: e.result_on,
    quorum: e.quorum,
    majority: e.majority,
  };
}
