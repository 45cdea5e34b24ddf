import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Headline } from './totals.ts';

type Db = Kysely<DB> | Transaction<DB>;

// Amendments after submitting (report_amendments), and the writes that change a submitted
// report's content with them.

export interface SectionText {
  confirmed: number;
  correction: string;
  worked: string;
  hard: string;
}

export async function sectionText(db: Db, reportId: string, commitment: number): Promise<SectionText | undefined> {
  return db
    .selectFrom('report_sections')
    .select(['confirmed', 'correction', 'worked', 'hard'])
    .where('report_id', '=', reportId)
    .where('commitment', '=', commitment)
    .executeTakeFirst();
}

export async function setHeadline(db: Db, reportId: string, figures: Headline, at: string): Promise<void> {
  await db
    .updateTable('reports')
    .set({ ...figures, headline_version: sql`headline_version + 1`, amendment_count: sql`amendment_count + 1`, updated_at: at })
    .where('id', '=', reportId)
    .execute();
}

export async function setSection(db: Db, reportId: string, commitment: number, text: SectionText, by: string, at: string): Promise<void> {
  await db
    .updateTable('report_sections')
    .set({ ...text, version: sql`version + 1`, updated_by: by, updated_at: at })
    .where('report_id', '=', reportId)
    .where('commitment', '=', commitment)
    .execute();
  await db
    .updateTable('reports')
    .set({ amendment_count: sql`amendment_count + 1`, updated_at: at })
    .where('id', '=', reportId)
    .execute();
}

export async function insertAmendment(
  db: Db,
  row: { id: string; report_id: string; part: string; reason: string; before: string; after: string; made_by: string; made_at: string },
): Promise<void> {
  await db.insertInto('report_amendments').values(row).execute();
}

/** A report's amendments, newest first (indexed by report, time and id); a report has few. */
export async function amendmentsOf(db: Db, reportId: string) {
  return db
    .selectFrom('report_amendments')
    .select(['id', 'part', 'reason', 'made_at'])
    .where('report_id', '=', reportId)
    .orderBy('made_at', 'desc')
    .orderBy('id', 'desc')
    .limit(100)
    .execute();
}
