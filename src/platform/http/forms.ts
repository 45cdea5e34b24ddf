import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { z } from 'zod';
import { hasMessage, type Lang, translator } from '../i18n/i18n.ts';
import type { FormState } from '../views/form.tsx';
import type { Failure, Outcome } from '../outcome.ts';
import { redirectWithFlash, sendPage } from './render.tsx';
import { sendError } from './errors.tsx';

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

/** The schema of a form that is only a button (and its CSRF token): nothing to check. */
export const NO_FIELDS = z.object({});

/** One POST handler's form loop, described: what to check, what to call, where to go. */
export interface FormLoop<S extends z.ZodType, T, Reason, Extra> {
  schema: S;
  /**
   * Mistakes found in the request before its fields are checked (a refused upload), as
   * catalogue keys per field: shown beside the schema's, and the service is not called.
   */
  refused?: Record<string, string> | null;
  /**
   * The page with the form, filled in with `form` (typed values and errors). A form that is only
   * a button has none: nothing typed can be wrong, and `failed` answers the service's refusals.
   */
  page?(form: FormState): VNode | Promise<VNode>;
  /** Calls the service with the checked input. */
  run(data: z.output<S>): Promise<Outcome<T, Reason, Extra>>;
  /**
   * Where to go when it worked (Post/Redirect/Get), and the banner to show there once; or, for a
   * step of a longer form that changes nothing yet (a confirmation), the next step's page.
   */
  done(value: T): { to: string; flash?: string } | { next: VNode };
  /**
   * Answers a failure in its own way (404 for `notFound`, a field error with 409…) and returns
   * the reply; returns nothing to show the form again with the service's errors and 400.
   * `form` already holds the typed values and the service's errors, translated.
   */
  failed?(failure: Failure<Reason, Extra>, form: FormState): FastifyReply | undefined | Promise<FastifyReply | undefined>;
}

/**
 * The loop every form's POST handler runs: parse and check the body (400 with the same page,
 * every typed value kept, on a mistake), call the service, then redirect with a flash when it
 * worked or show the form again with the service's errors.
 */
export async function handleForm<S extends z.ZodType, T, Reason = never, Extra = unknown>(
  request: FastifyRequest,
  reply: FastifyReply,
  loop: FormLoop<S, T, Reason, Extra>,
): Promise<FastifyReply> {
  const parsed = parseForm(loop.schema, request.body, request.lang);
  const refused = loop.refused && Object.keys(loop.refused).length > 0 ? translateErrors(request.lang, loop.refused) : null;
  if (!parsed.ok || refused) {
    const form = parsed.ok ? { values: parsed.values, errors: {} } : parsed.form;
    return again(request, reply, loop, { ...form, errors: { ...form.errors, ...refused } });
  }
  const result = await loop.run(parsed.data);
  if (result.ok) {
    const done = loop.done(result.value);
    return 'next' in done ? sendPage(request, reply, done.next) : redirectWithFlash(reply, done.to, done.flash);
  }
  const form = formWithErrors(parsed.values, translateErrors(request.lang, result.errors, result.values));
  const answered = await loop.failed?.(result, form);
  return answered ?? again(request, reply, loop, form);
}

/** The form's page again with 400; a form that is only a button has none: the plain 400 page. */
async function again<S extends z.ZodType, T, Reason, Extra>(
  request: FastifyRequest,
  reply: FastifyReply,
  loop: FormLoop<S, T, Reason, Extra>,
  form: FormState,
): Promise<FastifyReply> {
  if (loop.page) return sendPage(request, reply, await loop.page(form), 400);
  return sendError(request, reply, 400, 'badRequest');
}
