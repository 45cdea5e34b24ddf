import fs from 'node:fs';
import readline from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.ts';
import { rebuildSearchIndex, rebuildTagBits } from '../features/organisations/service.ts';

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
  'audit_log',
  'rate_limits',
];

/**
 * Tables a backup leaves out. The job queue holds mails not yet sent, and their one-time links
 * (executive signing, invitation, reset) in plain text: a backup must not keep them. After a
 * restore those mails are simply not sent; the people ask for a new link. The sign-in throttle
 * is short-lived state about recent failures (keyed hashes of addresses): nothing to restore.
 */
export const NOT_BACKED_UP: (keyof DB)[] = ['jobs', 'sign_in_throttle'];

/**
 * Tables that hold only what can be derived from the others, left out of backups and rebuilt
 * on restore (ADR 0011): the organisation counts (triggers) and every full-text index.
 */
export function isDerivedTable(name: string): boolean {
  return name === 'organisation_counts' || name.startsWith('search_');
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
    // The charter text is loaded on start; the backup's copy replaces it, and the audit line of
    // that load (about a version row that is now gone) gives way to the backup's own lines.
    for (const table of [
      'charter_commitments',
      'charter_texts',
      'charter_versions',
      'settings',
      'audit_log',
    ] as const) {
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
    await rebuildTagBits(trx);
    // Counts follow the rows by themselves (triggers); the search index is not in the backup.
    await rebuildSearchIndex(trx);
  });
  return counts;
}
