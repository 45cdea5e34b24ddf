import type { Transaction } from 'kysely';
import type { DB } from './db/schema.ts';
import type { Dialect } from './db/database.ts';

/**
 * The events features tell one another about, by name, with what each carries. A feature that
 * emits an event declares it next to its code by module augmentation:
 *
 *   declare module '../../platform/events.ts' {
 *     interface Events { 'accounts:closing': { userId: string } }
 *   }
 *
 * and a feature that cares subscribes in its manifest (`events: { 'accounts:closing': … }`).
 * So the emitter does not import its listeners, and no import cycle grows between features.
 * Names are `feature:what` (a colon), so they never look like catalogue keys.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by augmentation
export interface Events {}

export type EventName = keyof Events & string;

/**
 * A listener may refuse what the event announces (an account cannot close while its owner is an
 * organisation's only administrator): the same shape as a failed Outcome, catalogue keys per
 * field. The emitter must then roll its transaction back, since earlier listeners have run.
 */
export interface Refusal {
  errors: Record<string, string>;
  values?: Record<string, string | number>;
}

/** The emitter's transaction and its engine (listeners that lock rows need to know which). */
export interface Tx {
  trx: Transaction<DB>;
  dialect: Dialect;
}

/** Runs inside the emitter's transaction: what it writes commits or rolls back with the change. */
export type Listener<K extends EventName> = (tx: Tx, event: Events[K]) => Promise<Refusal | void>;

export type Subscriptions = { [K in EventName]?: Listener<K> };

export interface EventBus {
  /** Tells every listener, in feature order; stops at and returns the first refusal. */
  emit<K extends EventName>(tx: Tx, name: K, event: Events[K]): Promise<Refusal | null>;
}

/** A bus over the subscriptions of each feature, in the order given. */
export function eventBus(subscriptions: Subscriptions[]): EventBus {
  return {
    async emit(tx, name, event) {
      for (const subscription of subscriptions) {
        const listener = subscription[name];
        if (!listener) continue;
        const refusal = await listener(tx, event);
        if (refusal) return refusal;
      }
      return null;
    },
  };
}

/** Thrown inside a transaction to roll it back when a listener refused; carries the refusal out. */
export class Refused extends Error {
  constructor(readonly refusal: Refusal) {
    super('refused by a listener');
  }
}
