import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { now } from '../../platform/db/sql.ts';
import { audit } from '../../platform/audit/audit.ts';
import { contentChanged } from '../../platform/http/page-cache.ts';
import { invalid, ok, type Outcome } from '../../platform/outcome.ts';
import { organisationSpace } from '../organisations/service.ts';
import { belgianToday, dayOf } from './clock.ts';
import { keepStatus } from './kept.ts';
import { REPORTS_CONTENT } from './content.ts';
import { reportToChange, reportToRead } from './report-access.ts';
import { markSubmitted, sectionsOf, submittedBefore, type ReportRow, type SectionRow } from './repository-submit.ts';
import { statementOf, type StatementRow } from './repository-statement.ts';
import { addToTotals, HEADLINE, scopesOf, storedContribution, type HeadlineField } from './totals.ts';
import type { ReportingStatus } from './status.ts';

// Submitting a report: the check page lists what is missing, and the report is frozen only when
// the executive has signed the statement and every section is confirmed or corrected. Submitting
// moves the organisation's reporting status (kept.ts), the totals (totals.ts) and the profile's
// cached pages in one transaction.

/**
 * An organisation in its first year may keep its first report private: it signed during the
 * report's year, or within the twelve months before the cycle opened (whichever reaches further
 * back), or later; and it has submitted no report for an earlier year. Days are Belgian days.
 */
export function inFirstYear(signedAt: string | null, year: number, opensOn: string): boolean {
  if (!signedAt) return false;
  const yearBefore = `${Number(opensOn.slice(0, 4)) - 1}${opensOn.slice(4)}`;
  const from = `${year}-01-01` < yearBefore ? `${year}-01-01` : yearBefore;
  return dayOf(signedAt) >= from;
}

export interface SubmitCheck {
  report: ReportRow;
  statement: StatementRow | null;
  /** Commitments whose section is neither confirmed nor corrected: they block submitting. */
  unconfirmed: number[];
  /** Headline figures left empty: allowed (as nothing to count), but shown. */
  emptyFigures: HeadlineField[];
  statementSigned: boolean;
  mayKeepPrivate: boolean;
  ready: boolean;
}

const settled = (s: SectionRow) => s.confirmed === 1 || s.correction.trim() !== '';

async function checkOf(db: Kysely<DB>, report: ReportRow): Promise<SubmitCheck> {
  const [sections, statement, space, earlier, cycle] = await Promise.all([
    sectionsOf(db, report.id),
    statementOf(db, report.id),
    organisationSpace(db, report.org_id),
    submittedBefore(db, report.org_id, report.year),
    db.selectFrom('reporting_cycles').select('opens_on').where('year', '=', report.year).executeTakeFirst(),
  ]);
  const unconfirmed = sections.filter((s) => !settled(s)).map((s) => s.commitment);
  const statementSigned = Boolean(statement?.signed_at);
  const signedAt = space?.org.signed_at ?? null;
  return {
    report,
    statement: statement ?? null,
    unconfirmed,
    emptyFigures: HEADLINE.filter((f) => report[f] === null),
    statementSigned,
    mayKeepPrivate: !earlier && cycle !== undefined && inFirstYear(signedAt, report.year, cycle.opens_on),
    ready: statementSigned && unconfirmed.length === 0 && sections.length > 0,
  };
}

/** What the check page shows. */
export async function submitCheck(db: Kysely<DB>, orgId: string, year: number): Promise<SubmitCheck | null> {
  const report = await reportToRead(db, orgId, year);
  return report ? checkOf(db, report) : null;
}

/** Freezes the report, and moves the status, the totals and the profile's cache with it. */
export async function submitReport(
  db: Kysely<DB>,
  actor: string,
  orgId: string,
  year: number,
  input: { keepPrivate: boolean },
  today: string = belgianToday(),
): Promise<Outcome<{ status: ReportingStatus | null }, 'notFound' | 'forbidden' | 'invalid'>> {
  return db.transaction().execute(async (trx) => {
    const found = await reportToChange(trx, actor, orgId, year, 'draft');
    if (!found.ok) return found;
    const check = await checkOf(trx, found.report);
    const refuse = (errors: Record<string, string>, values?: Record<string, string | number>) => ({
      ...invalid(errors, values),
      error: 'invalid' as const,
    });
    if (!check.statementSigned) return refuse({ _form: 'reports.submit.error.statement' });
    if (!check.ready) return refuse({ _form: 'reports.submit.error.sections' }, { count: check.unconfirmed.length });
    if (input.keepPrivate && !check.mayKeepPrivate) return refuse({ keepPrivate: 'reports.submit.error.notFirstYear' });
    const at = now();
    const frozen = await markSubmitted(trx, found.report.id, { submitted_by: actor, submitted_at: at, private: input.keepPrivate ? 1 : 0 });
    if (!frozen) return refuse({ _form: 'reports.submit.error.alreadySubmitted' });
    const space = await organisationSpace(trx, orgId);
    const status = await keepStatus(trx, { orgId, year, signedAt: space?.org.signed_at ?? null, today });
    const scopes = await scopesOf(trx, orgId);
    if (scopes) await addToTotals(trx, year, scopes, await storedContribution(trx, found.report));
    await contentChanged(trx, REPORTS_CONTENT);
    await audit(trx, {
      actor,
      action: 'reports.submitted',
      subjectType: 'report',
      subjectId: found.report.id,
      details: { orgId, year, private: input.keepPrivate, status },
    });
    return ok({ status });
  });
}
