import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Dialect } from '../../platform/db/database.ts';
import type { EventBus } from '../../platform/events.ts';
import type { Outcome as PlatformOutcome } from '../../platform/outcome.ts';

/** What the obstacles' services need: the database and its engine (row locks). */
export interface ObstacleDeps {
  db: Kysely<DB>;
  dialect: Dialect;
}

/** A merge also tells other features (joint actions move their links): it needs the event bus. */
export type MergeDeps = ObstacleDeps & { events: EventBus };

/**
 * Why a change was refused: `notFound` and `forbidden` become another page; `conflict` (the
 * obstacle is not in a state that allows it) shows the form again with the message and 409;
 * `invalid` shows it again with a message beside the field and 400.
 */
export type Reason = 'notFound' | 'forbidden' | 'conflict' | 'invalid';

export type Outcome<T> = PlatformOutcome<T, Reason>;

export const conflict = (key: string) => ({ ok: false as const, errors: { _form: key }, error: 'conflict' as const });

/** A field's value is refused by the service (400). */
export const invalidField = (field: string, key: string) => ({
  ok: false as const,
  errors: { [field]: key },
  error: 'invalid' as const,
});
