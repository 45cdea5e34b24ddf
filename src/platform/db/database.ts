import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import {
  Kysely,
  PostgresDialect,
  SqliteDialect,
  sql,
  type PostgresPool,
  type PostgresPoolClient,
  type SqliteDatabase,
} from 'kysely';
import type { DB } from './schema.ts';

export type Dialect = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  dialect: Dialect;
  close(): Promise<void>;
}

// PostgreSQL returns COUNT(*) and BIGINT as strings; we never count past 2^53.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

export function openDatabase(url: string): Database {
  if (url.startsWith('sqlite:')) return openSqlite(url.slice('sqlite:'.length));
  return openPostgres(url);
}

function openSqlite(file: string): Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const conn = new SQLite(file);
  // WAL lets readers go on while one writer writes; busy_timeout waits instead of failing
  // when a CLI command and the server write at the same moment.
  conn.pragma('journal_mode = WAL');
  conn.pragma('synchronous = NORMAL');
  conn.pragma('foreign_keys = ON');
  conn.pragma('busy_timeout = 5000');
  // 64 MiB of page cache (the default is 2 MiB): at 100,000 organisations the directory's indexes
  // and the full-text index stay in memory, and bulk seeding does not thrash.
  conn.pragma('cache_size = -65536');
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(conn) }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

/** Enough for every distinct statement the app builds; filters combine into a few hundred. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every statement anew, and on SQLite preparing costs about as much as running a
 * small indexed query. The app builds the same SQL text again and again (values are parameters),
 * so prepared statements are kept by their text, the least recently used dropped beyond the limit.
 * A statement still being iterated is busy and cannot be shared: then a fresh one is prepared.
 */
function withStatementCache(conn: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => conn.close(),
    prepare(text: string) {
      const cached = cache.get(text);
      if (cached && !cached.busy) {
        // Moved to the end: the statement dropped when the cache is full is the least recently used.
        cache.delete(text);
        cache.set(text, cached);
        return cached;
      }
      const statement = conn.prepare(text);
      if (!cached) {
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
        cache.set(text, statement);
      }
      return statement;
    },
  };
}

function openPostgres(url: string): Database {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection can be cut by the server (restart, failover, a dropped database). The
  // pool already discards it and the next query opens a new one, where any lasting failure is
  // reported; without a listener the 'error' event would end the whole process.
  pool.on('error', () => {});
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: withNamedStatements(pool) }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}

/** Statements kept prepared per connection; beyond it a statement is sent unnamed, as before. */
const NAMED_PER_CONNECTION = 300;

/** Only reads and writes of rows: a schema change is never kept, nor planned ahead of one. */
const ROW_STATEMENT = /^\s*(select|insert|update|delete|with)\b/i;

/**
 * Kysely sends every statement unnamed, so PostgreSQL parses and plans it on every execution: for
 * the app's small indexed queries that is most of their cost in the server. The app sends the
 * same texts again and again (values are parameters), so each connection keeps the first
 * NAMED_PER_CONNECTION distinct texts as named prepared statements (pg parses a name once per
 * connection); PostgreSQL then plans them once when a generic plan is as good, which it judges
 * after five runs. The bound keeps the server's memory in hand: texts with lists of values
 * (`in ($1, $2, …)`) vary with the list's length.
 */
function withNamedStatements(pool: pg.Pool): PostgresPool {
  const named = new WeakMap<pg.PoolClient, Set<string>>();
  return {
    async connect() {
      const client = await pool.connect();
      const known = named.get(client) ?? new Set<string>();
      named.set(client, known);
      const query = (text: unknown, values?: readonly unknown[]) => {
        // A cursor (not a text) is Kysely's streaming; it goes through as it is.
        if (typeof text !== 'string' || !ROW_STATEMENT.test(text)) return client.query(text as never, values as never);
        const name = `k${createHash('sha1').update(text).digest('base64url')}`;
        if (!known.has(name)) {
          if (known.size >= NAMED_PER_CONNECTION) return client.query(text, values as unknown[]);
          known.add(name);
        }
        return client.query({ name, text, values: values as unknown[] });
      };
      return { query: query as unknown as PostgresPoolClient['query'], release: (destroy) => client.release(destroy) };
    },
    end: () => pool.end(),
  };
}

export async function ping(db: Kysely<DB>): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
