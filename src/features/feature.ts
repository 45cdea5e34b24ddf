import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.ts';

/** What a feature hands the app: its routes, and optionally data it must find in place. */
export interface Feature {
  name: string;
  routes(app: FastifyInstance): Promise<void>;
  /** Runs after migrations on every start and in tests; must be idempotent. */
  prepare?(db: Kysely<DB>): Promise<void>;
  /** Runs about once an hour: forget what has expired. Must be safe to run in several processes at once. */
  housekeeping?(db: Kysely<DB>): Promise<void>;
}
