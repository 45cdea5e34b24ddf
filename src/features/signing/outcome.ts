import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Dialect } from '../../platform/db/database.ts';
import type { Config } from '../../config.ts';
import type { EventBus } from '../../platform/events.ts';
import './events.ts';
import type { Outcome as PlatformOutcome } from '../../platform/outcome.ts';

/**
 * What signing services need: the database (its dialect for row locks), the settings (links in
 * mails, the uploads folder) and the event bus (signing:applied, signing:signed; events.ts).
 */
export interface SigningDeps {
  db: Kysely<DB>;
  dialect: Dialect;
  config: Config;
  events: EventBus;
}

/**
 * A signing outcome may carry a notice the page shows beside the form (a link, say), and, when
 * a limit refused it, the seconds until it allows again (the page's Retry-After).
 */
export type Outcome<T> = PlatformOutcome<T, never, { notice?: Notice; retryAfter?: number }>;

export type Notice =
  { kind: 'alreadySigned'; slug: string; name: string } | { kind: 'inProgress'; applicationId: string | null };

export const DAY = 86_400_000;
/** The executive's personal link works this long. */
export const TOKEN_MS = 14 * DAY;

export const fail = (
  errors: Record<string, string>,
  extra: { values?: Record<string, string>; notice?: Notice; retryAfter?: number } = {},
) => ({ ok: false, errors, ...extra }) as const;

export { isUniqueViolation } from '../../platform/db/sql.ts';
