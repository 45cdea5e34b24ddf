import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { ReportStatementsTable } from './reports.table.ts';

type Db = Kysely<DB> | Transaction<DB>;

// The executive's statement of a report (report_statements): one row per report, the link's
// token stored only as its hash.

export async function statementOf(db: Db, reportId: string) {
  return db.selectFrom('report_statements').selectAll().where('report_id', '=', reportId).executeTakeFirst();
}
export type StatementRow = NonNullable<Awaited<ReturnType<typeof statementOf>>>;

/** The statement a link leads to, with its report's organisation and year. */
export async function statementByTokenHash(db: Db, tokenHash: string) {
  return db
    .selectFrom('report_statements as s')
    .innerJoin('reports as r', 'r.id', 's.report_id')
    .selectAll('s')
    .select(['r.org_id', 'r.year', 'r.status as report_status'])
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** A new request replaces the previous one whole: a new executive, a new link, nothing signed. */
export async function putRequest(
  db: Db,
  row: Pick<
    ReportStatementsTable,
    'report_id' | 'executive_name' | 'executive_email' | 'lang' | 'token_hash' | 'expires_at' | 'requested_by' | 'requested_at'
  > & { executive_role: string },
): Promise<void> {
  const { report_id, ...rest } = row;
  const reset = { ...rest, text_hash: null, signed_name: null, signed_at: null };
  await db
    .insertInto('report_statements')
    .values({ report_id, ...reset })
    .onConflict((oc) => oc.column('report_id').doUpdateSet(reset))
    .execute();
}

/** Signs once: false when the link was used or replaced in between. */
export async function markSigned(
  db: Db,
  tokenHash: string,
  set: { signed_name: string; signed_at: string; text_hash: string; lang: string },
): Promise<boolean> {
  const result = await db
    .updateTable('report_statements')
    .set(set)
    .where('token_hash', '=', tokenHash)
    .where('signed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
