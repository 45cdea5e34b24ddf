import type { FastifyInstance, FastifyRequest } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { consume } from './rate-limit.ts';
import { clientAddressHash } from './client-address.ts';
import { sendError } from './errors.tsx';

type Bucket = 'api' | 'site';

/** The API and the open-data exports (all under /api/) are costlier per request: a tighter limit. */
function bucketOf(request: FastifyRequest): Bucket {
  return request.url.startsWith('/api/') ? 'api' : 'site';
}

/** Load balancers ask these every few seconds; they never count. */
const UNLIMITED = new Set(['/healthz', '/readyz']);

/**
 * @fastify/rate-limit's store contract on our `rate_limits` table: every app process on the
 * same database shares the counts (its default store is per process).
 */
function databaseStore(db: Kysely<DB>) {
  return class DatabaseStore {
    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
      max: number,
    ): void {
      consume(db, `http:${key}`, max, timeWindow).then(
        (r) => callback(null, { current: r.allowed ? max - r.remaining : max + 1, ttl: r.retryAfter * 1000 }),
        (err: Error) => callback(err),
      );
    }
    child(): DatabaseStore {
      return this;
    }
  };
}

/**
 * A limit per client address on every route, counted before anything else runs (the body is
 * not even read). The key is a keyed hash of the address, as `request.ip` gives it: behind a
 * reverse proxy that is only right with TRUST_PROXY set (see config.ts). Over the limit, a page
 * gets the localised error page and the API JSON, both 429 with Retry-After.
 */
export async function registerRequestLimits(app: FastifyInstance): Promise<void> {
  const { db, config } = app.deps;
  const perMinute = (bucket: Bucket) =>
    bucket === 'api' ? config.rateLimit.apiPerMinute : config.rateLimit.pagesPerMinute;
  await app.register(rateLimit, { global: false, store: databaseStore(db) });
  const check = app.createRateLimit({
    timeWindow: 60_000,
    keyGenerator: async (request) => `${bucketOf(request)}:${await clientAddressHash(request)}`,
    max: (request) => perMinute(bucketOf(request)),
    allowList: (request) => UNLIMITED.has(request.url) || perMinute(bucketOf(request)) === 0,
  });
  app.addHook('onRequest', async (request, reply) => {
    const result = await check(request);
    if (result.isAllowed || !result.isExceeded) return;
    reply.header('retry-after', String(Math.max(1, result.ttlInSeconds)));
    return sendError(request, reply, 429, 'tooManyRequests');
  });
}
