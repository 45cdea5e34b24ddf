import fs from 'node:fs';
import readline from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.ts';
import { rebuildTagBits } from '../features/organisations/service.ts';

/**
 * Tables in foreign-key order: parents before children, so a restore inserts cleanly.
 * A backup is gzipped JSON lines ({"table":…,"row":…}); it restores into either engine,
 * which also makes it the way to move from SQLite to PostgreSQL.
 */
export const TABLES_IN_ORDER: (keyof DB)[] = [
  'settings',
  'users',
  'sessions',
  'tokens',
  'second_factors',
  'recovery_codes',
  'charter_versions',
  'charter_texts',
  'charter_commitments',
  'organisations',
  'organisation_regions',
  'organisation_languages',
  'organisation_descriptions',
  'organisation_events',
  'memberships',
  'invitations',
  'applications',
  'signatures',
  'application_drafts',
  'jobs',
  'audit_log',
  'rate_limits',
];

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
    // The charter text is loaded on start; the backup's copy replaces it.
    for (const table of ['charter_commitments', 'charter_texts', 'charter_versions', 'settings'] as const) {
      await trx.deleteFrom(table).execute();
    }
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
      if (!TABLES_IN_ORDER.includes(table)) throw new Error(`Unknown table in backup: ${table}`);
      if (batch.table !== table) {
        await flush();
        batch.table = table;
      }
      batch.rows.push(row);
      if (batch.rows.length >= BATCH) await flush();
    }
    await flush();
    await rebuildTagBits(trx);
  });
  return counts;
}
