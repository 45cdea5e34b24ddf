import { z } from 'zod';

/** A code from the app (six digits) or a recovery code; spaces and dashes are fine. */
export const codeField = () =>
  z
    .string({ error: 'accounts.secondFactor.error.codeRequired' })
    .trim()
    .min(1, 'accounts.secondFactor.error.codeRequired')
    .max(40, 'accounts.secondFactor.error.wrongCode');

export const signInCodeSchema = z.object({ code: codeField() });
