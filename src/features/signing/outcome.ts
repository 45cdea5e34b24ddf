import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Config } from '../../config.ts';

/** What signing services need: the database and the settings (links in mails, the uploads folder). */
export interface SigningDeps {
  db: Kysely<DB>;
  config: Config;
}

/**
 * Expected failures are values. `errors` maps a form field to a catalogue key; `values` fills
 * the keys' placeholders; `notice` carries what a page shows beside the form (a link, say).
 */
export type Outcome<T> =
  | { ok: true; value: T }
  | { ok: false; errors: Record<string, string>; values?: Record<string, string>; notice?: Notice };

export type Notice =
  { kind: 'alreadySigned'; slug: string; name: string } | { kind: 'inProgress'; applicationId: string | null };

export const DAY = 86_400_000;
/** The executive's personal link works this long. */
export const TOKEN_MS = 14 * DAY;

export const fail = (
  errors: Record<string, string>,
  extra: { values?: Record<string, string>; notice?: Notice } = {},
) => ({ ok: false, errors, ...extra }) as const;

/** A unique index refused a row: two requests raced for the same enterprise number or token. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string } | null;
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
