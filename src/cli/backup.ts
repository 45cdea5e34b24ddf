import fs from 'node:fs';
import readline from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.ts';
import { everyContentChanged } from '../platform/http/page-cache.ts';
import { registry } from '../features/index.ts';

/**
 * Tables in foreign-key order: parents before children, so a restore inserts cleanly. The
 * platform's come first, then each feature's as its manifest lists them (`tables`), in the
 * order of src/features/index.ts.
 * A backup is gzipped JSON lines ({"table":…,"row":…}); it restores into either engine,
 * which also makes it the way to move from SQLite to PostgreSQL.
 */
export const TABLES_IN_ORDER: readonly (keyof DB)[] = registry.tables;

/** Tables a backup leaves out: the job queue (its mails hold one-time links) and what features declare (ADR 0012). */
export const NOT_BACKED_UP: readonly (keyof DB)[] = registry.notBackedUp;

/** Full-text indexes (platform/search, ADR 0011) are rebuilt from the rows on restore, never backed up. */
export function isDerivedTable(name: string): boolean {
  return name.startsWith('search_');
}

const BATCH = 500;

export async function backup(db: Kysely<DB>, file: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  async function* lines() {
    for (const table of TABLES_IN_ORDER) {
      const rows = await db.selectFrom(table).selectAll().execute();
      counts[table] = rows.length;
      for (const row of rows) yield `${JSON.stringify({ table, row })}\n`;
    }
  }
  await pipeline(Readable.from(lines()), createGzip(), fs.createWriteStream(file));
  return counts;
}

/** Restores into a migrated database that holds no organisations or users yet. */
export async function restore(db: Kysely<DB>, file: string): Promise<Record<string, number>> {
  const existing = await db.selectFrom('users').select('id').limit(1).execute();
  if (existing.length > 0) throw new Error('The database already has users: restore only into a new, empty database.');
  const counts: Record<string, number> = {};
  await db.transaction().execute(async (trx) => {
    // What a fresh database holds (the charter text loaded on start, its settings) is replaced
    // by the backup's copy: children first.
    for (const table of [...TABLES_IN_ORDER].reverse()) await trx.deleteFrom(table).execute();
    const batch: { table: keyof DB | null; rows: Record<string, unknown>[] } = { table: null, rows: [] };
    const flush = async () => {
      if (!batch.table || batch.rows.length === 0) return;
      await trx
        .insertInto(batch.table)
        .values(batch.rows as never)
        .execute();
      counts[batch.table] = (counts[batch.table] ?? 0) + batch.rows.length;
      batch.rows = [];
    };
    // Opened only now, right before it is read: lines a stream emits before anyone iterates
    // are lost, and a small file read during the slower PostgreSQL statements above would
    // leave this loop waiting for ever.
    const rl = readline.createInterface({ input: fs.createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
    for await (const line of rl) {
      if (!line.trim()) continue;
      const { table, row } = JSON.parse(line) as { table: keyof DB; row: Record<string, unknown> };
      // A backup made before the queue was left out still holds its jobs: drop them here too.
      if (NOT_BACKED_UP.includes(table)) continue;
      if (!TABLES_IN_ORDER.includes(table)) throw new Error(`Unknown table in backup: ${table}`);
      if (batch.table !== table) {
        await flush();
        batch.table = table;
      }
      batch.rows.push(row);
      if (batch.rows.length >= BATCH) await flush();
    }
    await flush();
    // Each feature rebuilds what it derives from its rows (the directory's filter bits, say).
    for (const feature of registry.features) await feature.afterRestore?.(trx);
    // Every page a running process keeps was made from other rows (ADR 0022).
    await everyContentChanged(trx);
  });
  return counts;
}
