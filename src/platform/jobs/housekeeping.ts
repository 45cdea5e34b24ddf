import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { addMs, now } from '../db/sql.ts';
import { purgeRateLimits } from '../http/rate-limit.ts';
import { SPENT_PAYLOAD } from './queue.ts';
import type { Registry } from '../registry.ts';
import type { Config } from '../../config.ts';

const HOUR = 3600_000;

/** The privacy notice promises the audit log is kept five years, and no longer. */
const AUDIT_KEPT_MS = 5 * 365.25 * 24 * HOUR;

/** Forgets what has expired: old rate-limit windows, finished jobs after 30 days, audit lines after 5 years, and each feature's own. */
export async function housekeeping(db: Kysely<DB>, registry: Registry, config: Config): Promise<void> {
  await purgeRateLimits(db);
  await db.deleteFrom('jobs').where('status', '=', 'done').where('finished_at', '<=', addMs(now(), -30 * 24 * HOUR)).execute();
  // Jobs finished before payloads were dropped on the spot still hold mails with one-time links.
  await db
    .updateTable('jobs')
    .set({ payload: SPENT_PAYLOAD })
    .where('status', 'in', ['done', 'failed'])
    .where('payload', '!=', SPENT_PAYLOAD)
    .execute();
  await db.deleteFrom('audit_log').where('at', '<', addMs(now(), -AUDIT_KEPT_MS)).execute();
  for (const feature of registry.features) await feature.housekeeping?.(db, config);
}

/** Runs housekeeping now and then every hour; the timer never keeps the process alive. */
export function scheduleHousekeeping(
  db: Kysely<DB>,
  registry: Registry,
  config: Config,
  log: (err: unknown) => void,
): () => void {
  const run = () => housekeeping(db, registry, config).catch(log);
  void run();
  const timer = setInterval(run, HOUR);
  timer.unref();
  return () => clearInterval(timer);
}
