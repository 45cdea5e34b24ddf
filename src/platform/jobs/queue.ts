import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Dialect } from '../db/database.ts';
import { addMs, newId, now } from '../db/sql.ts';

export type JobHandler = (payload: unknown) => Promise<void>;

export async function enqueue(db: Kysely<DB>, queue: string, payload: unknown, runAt = now()): Promise<string> {
  const id = newId();
  await db
    .insertInto('jobs')
    .values({ id, queue, payload: JSON.stringify(payload), status: 'pending', attempts: 0, max_attempts: 8, run_at: runAt, created_at: now() })
    .execute();
  return id;
}

const LOCK_MS = 5 * 60_000;

/**
 * Claims one due job. On PostgreSQL, FOR UPDATE SKIP LOCKED lets several app processes
 * work the same queue without taking the same job; SQLite has one writer at a time anyway.
 * A job whose worker died is claimed again once its lock runs out.
 */
export async function claimJob(db: Kysely<DB>, dialect: Dialect) {
  const at = now();
  return db.transaction().execute(async (trx) => {
    let query = trx
      .selectFrom('jobs')
      .selectAll()
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'pending'), eb('run_at', '<=', at)]),
          eb.and([eb('status', '=', 'running'), eb('locked_until', '<', at)]),
        ]),
      )
      .orderBy('run_at')
      .limit(1);
    if (dialect === 'postgres') query = query.forUpdate().skipLocked();
    const job = await query.executeTakeFirst();
    if (!job) return null;
    await trx
      .updateTable('jobs')
      .set({ status: 'running', attempts: job.attempts + 1, locked_until: addMs(at, LOCK_MS) })
      .where('id', '=', job.id)
      .execute();
    return { ...job, attempts: job.attempts + 1 };
  });
}

/** Retries wait 30 s, 1 min, 2 min … up to 6 h. */
export function backoffMs(attempt: number): number {
  return Math.min(30_000 * 2 ** (attempt - 1), 6 * 3600_000);
}

/**
 * What a finished job keeps of its payload: nothing. A mail's payload is its rendered text, with
 * one-time links (signing, invitation, reset) in it; those links are stored hashed everywhere
 * else, so once the mail is sent, or will never be, the plain copy goes. A retry still has it.
 */
export const SPENT_PAYLOAD = '{}';

export async function runOneJob(db: Kysely<DB>, dialect: Dialect, handlers: Record<string, JobHandler>): Promise<boolean> {
  const job = await claimJob(db, dialect);
  if (!job) return false;
  const handler = handlers[job.queue];
  try {
    if (!handler) throw new Error(`No handler for queue ${job.queue}`);
    await handler(JSON.parse(job.payload));
    await db
      .updateTable('jobs')
      .set({ status: 'done', finished_at: now(), locked_until: null, payload: SPENT_PAYLOAD })
      .where('id', '=', job.id)
      .execute();
  } catch (err) {
    const giveUp = job.attempts >= job.max_attempts;
    await db
      .updateTable('jobs')
      .set({
        status: giveUp ? 'failed' : 'pending',
        run_at: addMs(now(), backoffMs(job.attempts)),
        locked_until: null,
        last_error: String((err as Error).message ?? err).slice(0, 500),
        finished_at: giveUp ? now() : null,
        ...(giveUp ? { payload: SPENT_PAYLOAD } : {}),
      })
      .where('id', '=', job.id)
      .execute();
  }
  return true;
}

/** Runs every job that is due now; tests and the CLI use it to drain the queue. */
export async function runDueJobs(db: Kysely<DB>, dialect: Dialect, handlers: Record<string, JobHandler>): Promise<number> {
  let count = 0;
  while (await runOneJob(db, dialect, handlers)) count++;
  return count;
}

export interface Worker {
  stop(): Promise<void>;
}

/** Polls the queue; stop() waits for the job in hand, so a shutdown never cuts a mail in half. */
export function startWorker(db: Kysely<DB>, dialect: Dialect, handlers: Record<string, JobHandler>, log: (err: unknown) => void, intervalMs = 1000): Worker {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const tick = async () => {
    if (stopped) return;
    running = runDueJobs(db, dialect, handlers).catch(log);
    await running;
    if (!stopped) timer = setTimeout(tick, intervalMs);
  };
  let timer = setTimeout(tick, intervalMs);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

export async function pendingJobCount(db: Kysely<DB>): Promise<number> {
  const row = await db.selectFrom('jobs').select(sql<number>`count(*)`.as('n')).where('status', 'in', ['pending', 'running']).executeTakeFirstOrThrow();
  return Number(row.n);
}
