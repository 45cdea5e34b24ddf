import type { z } from 'zod';
import { hasMessage, type Lang, translator } from '../i18n/i18n.ts';
import type { FormState } from '../views/form.tsx';

export type RawBody = Record<string, unknown>;

/** Field names whose values are never sent back to the browser. */
const SECRET_FIELDS = new Set(['password', 'current_password', 'new_password', '_csrf']);

/** What the user typed, as strings, to show the form again exactly as it was. */
export function typedValues(body: RawBody | undefined): FormState['values'] {
  const values: FormState['values'] = {};
  for (const [key, value] of Object.entries(body ?? {})) {
    if (SECRET_FIELDS.has(key)) continue;
    if (typeof value === 'string') values[key] = value;
    else if (Array.isArray(value)) values[key] = value.filter((v): v is string => typeof v === 'string');
  }
  return values;
}

/**
 * Turns a zod issue into a sentence in the user's language. Schemas either name a catalogue
 * key as their message (for field-specific advice) or rely on these generic ones.
 */
function messageFor(issue: z.core.$ZodIssue, lang: Lang): string {
  const t = translator(lang);
  if (issue.message && hasMessage(lang, issue.message)) {
    const params = (issue as { params?: Record<string, string | number> }).params ?? {};
    return t(issue.message, params);
  }
  switch (issue.code) {
    case 'too_small':
      return Number(issue.minimum) <= 1 ? t('form.error.required') : t('form.error.tooShort', { min: Number(issue.minimum) });
    case 'too_big':
      return t('form.error.tooLong', { max: Number(issue.maximum) });
    case 'invalid_format':
      if (issue.format === 'email') return t('form.error.email');
      if (issue.format === 'url') return t('form.error.url');
      return t('form.error.format');
    case 'invalid_value':
      return t('form.error.choose');
    case 'invalid_type':
      return issue.input === undefined ? t('form.error.required') : t('form.error.format');
    default:
      return t('form.error.format');
  }
}

export type FormResult<T> = { ok: true; data: T; values: FormState['values'] } | { ok: false; form: FormState };

export function parseForm<S extends z.ZodType>(schema: S, body: unknown, lang: Lang): FormResult<z.output<S>> {
  const raw = (body && typeof body === 'object' ? body : {}) as RawBody;
  const values = typedValues(raw);
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data, values };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '_form');
    // The first problem per field is the one to fix first; more would be noise.
    if (!(field in errors)) errors[field] = messageFor(issue, lang);
  }
  return { ok: false, form: { values, errors } };
}

/** A service's errors (catalogue keys per field) as sentences in the reader's language. */
export function translateErrors(
  lang: Lang,
  errors: Record<string, string>,
  values: Record<string, string | number> = {},
): Record<string, string> {
  const t = translator(lang);
  return Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, t(key, values)]));
}

/** Adds errors found by a service (a duplicate, a wrong password) to a form state. */
export function formWithErrors(values: FormState['values'], errors: Record<string, string>): FormState {
  return { values, errors };
}
