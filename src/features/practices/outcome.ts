import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Dialect } from '../../platform/db/database.ts';
import type { Config } from '../../config.ts';
import type { EventBus } from '../../platform/events.ts';
import type { Outcome as PlatformOutcome } from '../../platform/outcome.ts';

/** What the practices services need: the database, its engine (row locks), settings (mails, uploads) and the event bus. */
export interface PracticeDeps {
  db: Kysely<DB>;
  dialect: Dialect;
  config: Config;
  events: EventBus;
}

/**
 * Why a change was refused: `notFound` and `forbidden` become another page; `conflict` (the
 * practice is not in a state that allows it: 409) and `invalid` (400) show the form again with
 * the message.
 */
export type Reason = 'notFound' | 'forbidden' | 'conflict' | 'invalid';

export type Outcome<T> = PlatformOutcome<T, Reason>;

export type Trx = Transaction<DB>;

/** The practice's state does not allow the change: a message on the form as a whole (409). */
export const conflict = (key: string) => ({ ok: false as const, errors: { _form: key }, error: 'conflict' as const });

/** A field's value is refused by the service (400). */
export const invalidField = (field: string, key: string) => ({
  ok: false as const,
  errors: { [field]: key },
  error: 'invalid' as const,
});
