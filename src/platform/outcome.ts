/**
 * What a service returns for things that can go wrong in ordinary use (a duplicate, an expired
 * link, a wrong password, a member who is not there): a value, not an exception. One type for
 * every feature, in one shape:
 *
 * - `errors` maps a form field to a catalogue key (`_form` for the form as a whole), and `values`
 *   fills that key's placeholders: the form is shown again with them (`handleForm` does so).
 * - `error`, when the service gives `Reason`, says why in a word the route turns into another
 *   page: `'notFound'` into 404, `'forbidden'` into 403, `'lastAdmin'` into an explanation.
 *   A failure with a reason has no field errors (`errors` is then `{}`).
 * - `Extra` is what a feature's pages need besides (signing adds a `notice`).
 */
export type Outcome<T, Reason = never, Extra = unknown> = Success<T> | Failure<Reason, Extra>;

export interface Success<T> {
  ok: true;
  value: T;
}

export type Failure<Reason = never, Extra = unknown> = {
  ok: false;
  errors: Record<string, string>;
  values?: Record<string, string | number>;
} & ([Reason] extends [never] ? { error?: undefined } : { error: Reason }) &
  Extra;

export const ok = <T>(value: T): Success<T> => ({ ok: true, value });

/** A failure with a reason for the route (`fail('notFound')`). */
export const fail = <const Reason>(error: Reason): { ok: false; errors: Record<string, string>; error: Reason } => ({
  ok: false,
  errors: {},
  error,
});

/** A failure that shows the form again with a message per field (catalogue keys). */
export const invalid = (
  errors: Record<string, string>,
  values?: Record<string, string | number>,
): { ok: false; errors: Record<string, string>; values?: Record<string, string | number> } =>
  values ? { ok: false, errors, values } : { ok: false, errors };
