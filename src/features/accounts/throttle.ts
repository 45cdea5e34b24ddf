import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { keyedHash } from '../../platform/auth/secrets.ts';
import { MINUTE } from './outcome.ts';

/**
 * Failed sign-ins slow down further tries instead of locking the account. A hard lock (five
 * wrong passwords, fifteen minutes) let anyone keep anyone else out, the secretariat included.
 * Here the failures are counted under three keys, each with its own growing delay:
 *
 * - one account from one address: a few free tries for typos, then 30 s, 1 min, 2 min… up to
 *   15 min. This is what slows a guesser down;
 * - one address, whatever the account: stops one machine from trying many accounts;
 * - one account, whatever the address: slows a guesser spread over many machines, with a low
 *   ceiling (1 minute), so the owner, trying from their own address, still gets in.
 *
 * A refused try (still waiting) is not counted, so waiting is always enough. The keys are keyed
 * hashes of the typed address and of the client address: an unknown address is counted exactly
 * like a known one, and the table holds no personal data.
 */
export interface ThrottleRule {
  /** Failures that cost nothing (typos). */
  free: number;
  /** The delay after the first failure past the free ones; it doubles with each further one. */
  baseMs: number;
  capMs: number;
}

export const THROTTLE = {
  pair: { free: 4, baseMs: 30_000, capMs: 15 * MINUTE },
  address: { free: 20, baseMs: 30_000, capMs: 60 * MINUTE },
  account: { free: 10, baseMs: 5_000, capMs: MINUTE },
} as const satisfies Record<string, ThrottleRule>;

/** Failures older than this are forgotten: a key starts again from nothing. */
export const FORGET_AFTER_MS = 24 * 60 * MINUTE;

/** How long to wait after the `failures`-th failure in a row. */
export function delayAfter(rule: ThrottleRule, failures: number): number {
  if (failures <= rule.free) return 0;
  return Math.min(rule.capMs, rule.baseMs * 2 ** Math.min(30, failures - rule.free - 1));
}

export interface ThrottleKeys {
  pair: string;
  address: string;
  account: string;
}

/** The three keys for a typed e-mail address (as the form normalised it) and a client address hash. */
export async function throttleKeys(
  db: Kysely<DB>,
  secret: string | undefined,
  email: string,
  addressHash: string,
): Promise<ThrottleKeys> {
  const account = await keyedHash(db, secret, `email:${email.trim().toLowerCase()}`);
  return { pair: `pair:${account}:${addressHash}`, address: `address:${addressHash}`, account: `account:${account}` };
}

/** Milliseconds until a try is allowed again under any of the keys (0: go ahead). */
export async function waitFor(db: Kysely<DB>, keys: ThrottleKeys, nowMs = Date.now()): Promise<number> {
  const rows = await db
    .selectFrom('sign_in_throttle')
    .select('blocked_until')
    .where('key', 'in', [keys.pair, keys.address, keys.account])
    .execute();
  return Math.max(0, ...rows.map((r) => Number(r.blocked_until) - nowMs));
}

async function countFailure(db: Kysely<DB>, key: string, rule: ThrottleRule, nowMs: number): Promise<number> {
  const stale = sql<boolean>`${sql.ref('sign_in_throttle.last_failed_at')} < ${nowMs - FORGET_AFTER_MS}`;
  // One upsert counts the failure atomically (several processes, one database).
  const row = await db
    .insertInto('sign_in_throttle')
    .values({ key, failures: 1, last_failed_at: nowMs, blocked_until: nowMs + delayAfter(rule, 1) })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql<number>`case when ${stale} then 1 else ${sql.ref('sign_in_throttle.failures')} + 1 end`,
        last_failed_at: sql<number>`cast(${nowMs} as bigint)`,
      }),
    )
    .returning('failures')
    .executeTakeFirstOrThrow();
  const failures = Number(row.failures);
  const delay = delayAfter(rule, failures);
  if (delay > 0)
    await db
      .updateTable('sign_in_throttle')
      .set({ blocked_until: nowMs + delay })
      .where('key', '=', key)
      .execute();
  return failures;
}

export interface FailureCount {
  /** Milliseconds before the next try is allowed (0: at once). */
  waitMs: number;
  /** True when this failure was the one that started slowing the account down from everywhere. */
  accountNowSlowed: boolean;
}

/** Counts one failed sign-in under all three keys. */
export async function recordFailure(db: Kysely<DB>, keys: ThrottleKeys, nowMs = Date.now()): Promise<FailureCount> {
  const pair = await countFailure(db, keys.pair, THROTTLE.pair, nowMs);
  const address = await countFailure(db, keys.address, THROTTLE.address, nowMs);
  const account = await countFailure(db, keys.account, THROTTLE.account, nowMs);
  const waitMs = Math.max(
    delayAfter(THROTTLE.pair, pair),
    delayAfter(THROTTLE.address, address),
    delayAfter(THROTTLE.account, account),
  );
  return { waitMs, accountNowSlowed: account === THROTTLE.account.free + 1 };
}

/** The owner got in: forget this account's failures (the address's stay, they may be a guesser's). */
export async function clearAccount(db: Kysely<DB>, keys: ThrottleKeys): Promise<void> {
  await db.deleteFrom('sign_in_throttle').where('key', 'in', [keys.pair, keys.account]).execute();
}

/**
 * A new password was set from a reset link: every slow-down on this account ends, from every
 * address, so the owner who forgot the password is not kept waiting by their own typos.
 */
export async function clearAccountEverywhere(db: Kysely<DB>, secret: string | undefined, email: string): Promise<void> {
  const account = await keyedHash(db, secret, `email:${email.trim().toLowerCase()}`);
  await db
    .deleteFrom('sign_in_throttle')
    .where((eb) => eb.or([eb('key', '=', `account:${account}`), eb('key', 'like', `pair:${account}:%`)]))
    .execute();
}

/** Housekeeping: keys without a failure for a day are forgotten. */
export async function purgeThrottle(db: Kysely<DB>, nowMs = Date.now()): Promise<void> {
  await db
    .deleteFrom('sign_in_throttle')
    .where('last_failed_at', '<', nowMs - FORGET_AFTER_MS)
    .execute();
}
