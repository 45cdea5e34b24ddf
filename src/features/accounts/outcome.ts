import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Config } from '../../config.ts';

/** What account services need: the database and the settings (for links in mails). */
export interface AccountDeps {
  db: Kysely<DB>;
  config: Config;
}

export type { Outcome } from '../../platform/outcome.ts';

/** Why a link from a mail cannot be used. */
export type LinkProblem = 'missing' | 'used' | 'expired';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

export const VERIFY_TOKEN_MS = 48 * HOUR;
export const RESET_TOKEN_MS = HOUR;
export const CHANGE_EMAIL_TOKEN_MS = 24 * HOUR;

/** The window for wrong current passwords on the settings forms (see service-settings.ts). */
export const PASSWORD_CHECK_WINDOW_MS = 15 * MINUTE;
