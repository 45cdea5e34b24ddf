import { sql } from 'kysely';
import { audit } from '../../platform/audit/audit.ts';
import { now } from '../../platform/db/sql.ts';
import { fail, ok, type Outcome } from '../../platform/outcome.ts';
import { addToCount } from './derived.ts';
import type { PracticeDeps } from './outcome.ts';
import type { Db } from './repository.ts';
import type { Cursor } from './service-read.ts';

// The secretariat's side of problem reports: the open ones, oldest first, and marking one
// handled. The number of open reports is a row of practice_counts that the writes move
// (reportProblem adds one, closeReport takes one away), so the overview never counts the table.

export const REPORTS_PAGE = 25;

export interface ReportLine {
  id: string;
  reason: string;
  details: string | null;
  createdAt: string;
  practiceSlug: string;
  practiceStatus: string;
  /** The published title in the practice's original language (or any, if that one is gone). */
  title: string;
}

/** How many reports wait for the secretariat: one row of the maintained counts. */
export async function openReportCount(db: Db): Promise<number> {
  const row = await db
    .selectFrom('practice_counts')
    .select('n')
    .where('facet', '=', 'reports')
    .where('value', '=', 'open')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The open reports, oldest first, a page at a time (index practice_reports_queue). */
export async function openReports(
  db: Db,
  after: Cursor | null,
): Promise<{ open: number; lines: ReportLine[]; next: Cursor | null }> {
  let query = db
    .selectFrom('practice_reports as r')
    .innerJoin('practices as p', 'p.id', 'r.practice_id')
    .select(['r.id', 'r.reason', 'r.details', 'r.created_at', 'p.slug', 'p.status', 'p.original_lang', 'p.published_revision_id'])
    .where('r.status', '=', 'open');
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('r.created_at', '>', after.at),
        eb.and([eb('r.created_at', '=', after.at), eb('r.id', '>', after.id)]),
      ]),
    );
  }
  const rows = await query
    .orderBy('r.created_at')
    .orderBy('r.id')
    .limit(REPORTS_PAGE + 1)
    .execute();
  const page = rows.slice(0, REPORTS_PAGE);
  const revisionIds = [...new Set(page.map((r) => r.published_revision_id).filter((id): id is string => !!id))];
  const texts = revisionIds.length
    ? await db
        .selectFrom('practice_texts')
        .select(['revision_id', 'lang', 'title'])
        .where('revision_id', 'in', revisionIds)
        .execute()
    : [];
  const titleOf = (revisionId: string | null, lang: string) => {
    const mine = texts.filter((t) => t.revision_id === revisionId);
    return (mine.find((t) => t.lang === lang) ?? mine[0])?.title ?? '';
  };
  const last = page[page.length - 1];
  return {
    open: await openReportCount(db),
    lines: page.map((r) => ({
      id: r.id,
      reason: r.reason,
      details: r.details,
      createdAt: r.created_at,
      practiceSlug: r.slug,
      practiceStatus: r.status,
      title: titleOf(r.published_revision_id, r.original_lang),
    })),
    next: rows.length > REPORTS_PAGE && last ? { at: last.created_at, id: last.id } : null,
  };
}

/** The secretariat marks a report handled. Twice is refused (409), so the count cannot drift. */
export async function closeReport(
  deps: PracticeDeps,
  userId: string,
  reportId: string,
): Promise<Outcome<null, 'notFound' | 'conflict'>> {
  return deps.db.transaction().execute(async (trx) => {
    const closed = await trx
      .updateTable('practice_reports')
      .set({ status: 'closed', closed_at: now(), closed_by: userId })
      .where('id', '=', reportId)
      .where('status', '=', 'open')
      .returning(['practice_id'])
      .executeTakeFirst();
    if (!closed) {
      const exists = await trx.selectFrom('practice_reports').select(sql<number>`1`.as('one')).where('id', '=', reportId).executeTakeFirst();
      return exists
        ? { ok: false as const, errors: { _form: 'practices.report.error.closed' }, error: 'conflict' as const }
        : fail('notFound' as const);
    }
    await addToCount(trx, 'reports', 'open', -1);
    await audit(trx, {
      actor: userId,
      action: 'practices.report_closed',
      subjectType: 'practice',
      subjectId: closed.practice_id,
      details: { report: reportId },
    });
    return ok(null);
  });
}

/** After a restore (practice_counts is not backed up): the open reports' count anew from the rows. */
export async function rebuildReportCount(db: Db): Promise<void> {
  const row = await db
    .selectFrom('practice_reports')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'open')
    .executeTakeFirstOrThrow();
  await db.deleteFrom('practice_counts').where('facet', '=', 'reports').execute();
  await addToCount(db, 'reports', 'open', Number(row.n));
}
