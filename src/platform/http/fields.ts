import { z } from 'zod';

// Building blocks for form schemas, so every form treats text, choices and lists alike.

/** A text field: trimmed, control characters refused, NFC-normalised, line breaks counted as one character (as people see them). */
export function text(max: number, opts: { min?: number } = {}) {
  return z
    .string({ error: 'form.error.required' })
    .transform((s) => s.replace(/\r\n?/g, '\n').normalize('NFC').trim())
    .pipe(
      z
        .string()
        .min(opts.min ?? 1, opts.min && opts.min > 1 ? undefined : 'form.error.required')
        .max(max)
        .refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s), 'form.error.controlCharacters'),
    );
}

/** Optional text: an empty field becomes undefined. */
export function optionalText(max: number) {
  return z
    .string()
    .optional()
    .transform((s) => (s ?? '').replace(/\r\n?/g, '\n').normalize('NFC').trim())
    .pipe(
      z
        .string()
        .max(max)
        .refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s), 'form.error.controlCharacters'),
    )
    .transform((s) => (s === '' ? undefined : s));
}

export function email() {
  return z
    .string({ error: 'form.error.required' })
    .transform((s) => s.trim().toLowerCase())
    .pipe(z.string().min(1, 'form.error.required').max(254).pipe(z.email('form.error.email')));
}

/** An e-mail address that may be left empty (then undefined); lower-cased like `email()`. */
export function optionalEmail() {
  return optionalText(254)
    .transform((s) => s?.toLowerCase())
    .pipe(z.email('form.error.email').optional());
}

/**
 * For a message relayed by mail whose sender may share their address (a practice's question,
 * an answer to an offer): the address is asked for only when they tick "share", so nobody
 * gives it for nothing. Use as `.superRefine(addressToShare)` on a schema with both fields.
 */
export function addressToShare(f: { email?: string; share: boolean }, ctx: z.RefinementCtx): void {
  if (f.share && !f.email) ctx.addIssue({ code: 'custom', path: ['email'], message: 'form.error.emailToShare' });
}

export function choice<const T extends readonly [string, ...string[]]>(values: T, message = 'form.error.choose') {
  return z.enum(values, { error: message });
}

/** Checkboxes arrive as nothing, one string or an array; always give a de-duplicated array. */
export function choices<const T extends readonly [string, ...string[]]>(
  values: T,
  opts: { min?: number; message?: string } = {},
) {
  return z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => [...new Set(v === undefined ? [] : Array.isArray(v) ? v : [v])])
    .pipe(
      z
        .array(z.enum(values, { error: 'form.error.choose' }))
        .min(opts.min ?? 0, opts.message ?? 'form.error.chooseAtLeastOne'),
    );
}

/**
 * One checkbox that says yes to something (share my address): true only when it arrives as
 * "yes", so a missing, repeated or forged value never counts as consent.
 */
export function consent() {
  return z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (Array.isArray(v) ? v.includes('yes') : v === 'yes'));
}

/** A web address; "example.be" is accepted and becomes "https://example.be". */
export function optionalWebsite() {
  return optionalText(300).pipe(
    z
      .string()
      .optional()
      .transform((s) => (s && !/^https?:\/\//i.test(s) ? `https://${s}` : s))
      .refine((s) => s === undefined || isHttpUrl(s), 'form.error.url'),
  );
}

function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.includes('.');
  } catch {
    return false;
  }
}
