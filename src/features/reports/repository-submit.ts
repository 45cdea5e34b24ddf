import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { HEADLINE } from './totals.ts';

type Db = Kysely<DB> | Transaction<DB>;

// The report as the targets, statement, submit and amend pages read it: by organisation and year
// (the unique index reports_org_year), with its headline figures.

export async function reportOf(db: Db, orgId: string, year: number) {
  return db
    .selectFrom('reports')
    .select(['id', 'org_id', 'year', 'lang', 'status', 'private', 'amendment_count', 'submitted_at', 'submitted_by', ...HEADLINE])
    .where('org_id', '=', orgId)
    .where('year', '=', year)
    .executeTakeFirst();
}
export type ReportRow = NonNullable<Awaited<ReturnType<typeof reportOf>>>;

export async function sectionsOf(db: Db, reportId: string) {
  return db
    .selectFrom('report_sections')
    .select(['commitment', 'facts', 'confirmed', 'correction', 'worked', 'hard', 'version'])
    .where('report_id', '=', reportId)
    .orderBy('commitment')
    .execute();
}
export type SectionRow = Awaited<ReturnType<typeof sectionsOf>>[number];

/** An earlier report of the organisation that was submitted: then this one is not its first. */
export async function submittedBefore(db: Db, orgId: string, year: number): Promise<boolean> {
  const row = await db
    .selectFrom('reports')
    .select('id')
    .where('org_id', '=', orgId)
    .where('year', '<', year)
    .where('status', '=', 'submitted')
    .executeTakeFirst();
  return row !== undefined;
}

/** Freezes a draft; false when it was no longer a draft (someone submitted it first). */
export async function markSubmitted(
  db: Db,
  reportId: string,
  set: { submitted_by: string; submitted_at: string; private: number },
): Promise<boolean> {
  const result = await db
    .updateTable('reports')
    .set({ ...set, status: 'submitted', updated_at: set.submitted_at })
    .where('id', '=', reportId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
