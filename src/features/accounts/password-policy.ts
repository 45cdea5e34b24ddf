import { z } from 'zod';

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;

/**
 * Long enough passwords that people still pick often (from public breach lists), plus the
 * words of this site. Compared without case. A short list on purpose: length does most of
 * the work; this only stops the worst guesses.
 */
// prettier-ignore
const COMMON = new Set([
  '123456789012', '1234567890123', '12345678901234', '123123123123', '111111111111',
  'qwertyuiopas', 'qwerty123456', '1q2w3e4r5t6y', 'azertyuiop12', 'azerty123456',
  'qwertzuiop12', 'password1234', 'password12345', 'passwordpassword', 'iloveyou1234',
  'wachtwoord123', 'wachtwoord1234', 'motdepasse123', 'motdepasse1234', 'passwort1234',
  'passwort12345', 'welkom123456', 'bienvenue123', 'willkommen12', 'welcome12345',
  'letmein12345', 'adminadmin12', 'administrator', 'changeme1234', 'inclusio1234',
  'inclusio2024', 'inclusio2025', 'inclusio2026', 'belgium12345', 'belgique1234',
  'belgie123456', 'qwertyqwerty', 'abcdefghijkl', 'abc123abc123', 'football1234',
]);

/** Very weak shapes: one repeated character, or a plain run of digits. */
function isTrivial(password: string): boolean {
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return true;
  if (new Set(lower).size <= 2) return true;
  return /^\d+$/.test(lower) && '0123456789012345678901234567890'.includes(lower);
}

/** A password someone chooses now: 12 to 200 characters, not on the list. Never trimmed. */
export function newPassword() {
  return z
    .string({ error: 'form.error.required' })
    .min(1, 'form.error.required')
    .min(PASSWORD_MIN, 'accounts.error.passwordTooShort')
    .max(PASSWORD_MAX, 'accounts.error.passwordTooLong')
    .refine((p) => !isTrivial(p), 'accounts.error.passwordCommon');
}

/** A password someone types to prove who they are: only required, and bounded. */
export function currentPassword() {
  return z.string({ error: 'form.error.required' }).min(1, 'form.error.required').max(1000);
}
