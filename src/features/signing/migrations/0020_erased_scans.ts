import { sql, type Kysely } from 'kysely';

// Housekeeping deletes the scan files of erased paper signatures, then forgets their names
// (retention.ts, removeErasedScans). This index holds only the rows still waiting, so finding
// them does not read every signature each hour.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index signatures_scans_to_delete on signatures (id) where erased_at is not null and scan_file is not null`.execute(
    db,
  );
}
