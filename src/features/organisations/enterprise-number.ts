// The Belgian enterprise number (KBO/BCE): 10 digits, the first 0 or 1, the last two a
// check on the first eight: 97 − (first eight mod 97). We store the 10 digits without
// separators and show them as 0xxx.xxx.xxx.

/** Only these may appear around the digits: a "BE" prefix, spaces, dots and dashes. */
const ALLOWED = /^(?:BE)?[\s.\-\d]*$/i;

/**
 * The 10 digits a person meant, or null when the input cannot be an enterprise number.
 * Accepts "BE 0202.239.951", "0202 239 951", "0202-239-951" and the old 9-digit form
 * "202.239.951" (a 0 is put in front). Does not check the checksum: see isValidEnterpriseNumber.
 */
export function normaliseEnterpriseNumber(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > 40) return null;
  const trimmed = input.trim();
  if (!ALLOWED.test(trimmed)) return null;
  const digits = trimmed.replace(/^BE/i, '').replace(/[\s.\-]/g, '');
  if (digits.length === 9) return `0${digits}`;
  return digits.length === 10 ? digits : null;
}

/** True for 10 digits that start with 0 or 1 and carry the right check digits. */
export function isValidEnterpriseNumber(digits: string): boolean {
  if (!/^[01]\d{9}$/.test(digits)) return false;
  return Number(digits.slice(8)) === checkDigits(Number(digits.slice(0, 8)));
}

/** 97 − (first eight digits mod 97): always 1 … 97. */
export function checkDigits(firstEight: number): number {
  return 97 - (firstEight % 97);
}

/**
 * What is wrong with a number, so that the message can say it: `format` when it cannot be an
 * enterprise number at all (not 9 or 10 digits, a letter, a first digit other than 0 or 1),
 * `checkDigits` when it looks right but its last two digits do not match the first eight (a
 * typing mistake, most of the time).
 */
export type EnterpriseNumberProblem = 'format' | 'checkDigits';

export type EnterpriseNumberCheck = { ok: true; digits: string } | { ok: false; problem: EnterpriseNumberProblem };

/** Normalises and checks in one go, telling a wrong format from wrong check digits. Never throws. */
export function checkEnterpriseNumber(input: unknown): EnterpriseNumberCheck {
  const digits = normaliseEnterpriseNumber(input);
  if (digits === null || !/^[01]/.test(digits)) return { ok: false, problem: 'format' };
  return isValidEnterpriseNumber(digits) ? { ok: true, digits } : { ok: false, problem: 'checkDigits' };
}

/** Normalises and checks in one go: the stored form, or null. Never throws. */
export function parseEnterpriseNumber(input: unknown): string | null {
  const checked = checkEnterpriseNumber(input);
  return checked.ok ? checked.digits : null;
}

/** "0202239951" → "0202.239.951"; anything else is returned unchanged. */
export function formatEnterpriseNumber(digits: string): string {
  return /^\d{10}$/.test(digits) ? `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}` : digits;
}
