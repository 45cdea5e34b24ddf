/**
 * What a service returns for things that can go wrong in ordinary use (a duplicate, an expired
 * link, a wrong password): a value, not an exception. `errors` maps a form field to a catalogue
 * key; `values` fills that key's placeholders. A feature may add what its pages need (`Extra`).
 */
export type Outcome<T, Extra = unknown> =
  | { ok: true; value: T }
  | ({ ok: false; errors: Record<string, string>; values?: Record<string, string | number> } & Extra);
