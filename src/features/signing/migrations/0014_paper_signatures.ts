import type { Kysely } from 'kysely';

// Signatures on paper (the secretariat records them): how each signature was given, the scan of
// the signed form (a file name in uploads/scans, shown only to the secretariat) and who recorded
// it; and on the organisation, how its current signature was given, for the directory's open data.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('signatures')
    .addColumn('method', 'text', (c) => c.notNull().defaultTo('online'))
    .execute();
  await db.schema.alterTable('signatures').addColumn('scan_file', 'text').execute();
  await db.schema.alterTable('signatures').addColumn('recorded_by', 'text').execute();
  await db.schema
    .alterTable('organisations')
    .addColumn('signed_via', 'text', (c) => c.notNull().defaultTo('online'))
    .execute();
}
