import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';

export interface RateLimitResult {
  /** False once more than `max` attempts fell in the current window. */
  allowed: boolean;
  /** Whole seconds until the window starts again (at least 1), as an HTTP Retry-After header wants. */
  retryAfter: number;
  /** Attempts left in this window after this one (0 when this was the last allowed one). */
  remaining: number;
}

/**
 * Counts one attempt for `key` in a fixed window of `windowMs` and says whether it is allowed.
 *
 * One upsert does the whole job, so the count is right with any number of app processes on
 * the same database (SQLite and PostgreSQL both run INSERT … ON CONFLICT DO UPDATE atomically
 * per row). A window that has run out starts again at 1.
 */
export async function consume(
  db: Kysely<DB> | Transaction<DB>,
  key: string,
  max: number,
  windowMs: number,
  nowMs: number = Date.now(),
): Promise<RateLimitResult> {
  const resetAt = nowMs + windowMs;
  const expired = sql<boolean>`${sql.ref('rate_limits.reset_at')} <= ${nowMs}`;
  const row = await db
    .insertInto('rate_limits')
    .values({ key, count: 1, reset_at: resetAt })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        count: sql<number>`case when ${expired} then 1 else ${sql.ref('rate_limits.count')} + 1 end`,
        reset_at: sql<number>`case when ${expired} then cast(${resetAt} as bigint) else ${sql.ref('rate_limits.reset_at')} end`,
      }),
    )
    .returning(['count', 'reset_at'])
    .executeTakeFirstOrThrow();
  if (Math.random() < 0.01) await purgeRateLimits(db, nowMs);
  const count = Number(row.count);
  return {
    allowed: count <= max,
    retryAfter: Math.max(1, Math.ceil((Number(row.reset_at) - nowMs) / 1000)),
    remaining: Math.max(0, max - count),
  };
}

/** Forgets windows that ended more than a day ago; counters must not pile up for ever. */
export async function purgeRateLimits(db: Kysely<DB> | Transaction<DB>, nowMs: number = Date.now()): Promise<void> {
  await db
    .deleteFrom('rate_limits')
    .where('reset_at', '<', nowMs - 24 * 3600_000)
    .execute();
}

/** Forgets one key, e.g. the failed sign-ins for an address once its owner signs in. */
export async function resetLimit(db: Kysely<DB> | Transaction<DB>, key: string): Promise<void> {
  await db.deleteFrom('rate_limits').where('key', '=', key).execute();
}
