import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Deps } from '../../platform/http/types.ts';
import { audit } from '../../platform/audit/audit.ts';
import { isUniqueViolation, newId, now } from '../../platform/db/sql.ts';
import { fail, ok, type Outcome } from '../../platform/outcome.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import { isAdmin, organisationSpace } from '../organisations/service.ts';
import { totalsOfYear } from '../activities/service-read.ts';
import { belgianToday } from './clock.ts';
import { keepStatus } from './kept.ts';
import type { ReportingStatus } from './status.ts';
import * as repo from './repository-report.ts';

// An organisation's reports: the cycles it may report in with its kept status in each, and
// starting a year's report, prefilled with what the platform knew for that year.

export type ReportDeps = Pick<Deps, 'db' | 'dialect' | 'registry'>;

export interface CycleLine {
  year: number;
  opensOn: string;
  dueOn: string;
  graceUntil: string;
  /** The kept status, or null when the organisation need not report that year. */
  status: ReportingStatus | null;
  since: string | null;
  afterDeadline: boolean;
  report: { status: 'draft' | 'submitted'; submittedAt: string | null } | null;
  /** Open for reports: its window has begun. */
  open: boolean;
}

/** Every cycle, newest first, with the organisation's status and report in each: a few rows. */
export async function cyclesOfOrganisation(
  db: Kysely<DB>,
  orgId: string,
  today = belgianToday(),
): Promise<CycleLine[]> {
  const [cycles, statuses, reports] = await Promise.all([
    repo.cycles(db),
    repo.statusesOf(db, orgId),
    repo.reportsOf(db, orgId),
  ]);
  const statusOf = new Map(statuses.map((s) => [Number(s.year), s]));
  const reportOf = new Map(reports.map((r) => [Number(r.year), r]));
  return cycles.map((c) => {
    const year = Number(c.year);
    const s = statusOf.get(year);
    const r = reportOf.get(year);
    return {
      year,
      opensOn: c.opens_on,
      dueOn: c.due_on,
      graceUntil: c.grace_until,
      status: s?.status ?? null,
      since: s?.since ?? null,
      afterDeadline: Number(s?.after_deadline ?? 0) === 1,
      report: r ? { status: r.status, submittedAt: r.submitted_at } : null,
      open: c.opens_on <= today,
    };
  });
}

/** The cycle of `year` with the organisation's line in it, or null when there is no such cycle. */
export async function cycleLine(
  db: Kysely<DB>,
  orgId: string,
  year: number,
  today = belgianToday(),
): Promise<CycleLine | null> {
  return (await cyclesOfOrganisation(db, orgId, today)).find((c) => c.year === year) ?? null;
}

export type StartReason = 'notFound' | 'forbidden' | 'notOpen';

/** The four headline figures the activity log already knows for the year (its kept totals). */
async function headlineFromActivities(db: Kysely<DB>, orgId: string, year: number): Promise<repo.Headline> {
  const all = (await totalsOfYear(db, orgId, year)).find((line) => line.commitment === 0)?.byYear.get(year);
  return {
    // The log keeps people per commitment, not per kind: trained people and devices are typed in.
    people_trained: null,
    people_reached: all && all.entries > 0 ? all.people : null,
    training_hours: all && all.trainingMinutes > 0 ? Math.round(all.trainingMinutes / 60) : null,
    devices: null,
  };
}

/**
 * Starts the organisation's report for `year`: its row in the language chosen, nine sections
 * each prefilled with what every feature says was done for that commitment in the year (a
 * snapshot, confirmed or corrected by the organisation), the headline figures from the
 * activity log, and the organisation's kept status moved to "in progress". A report already
 * there (started by someone else meanwhile) is simply the one to go to.
 */
export async function startReport(
  deps: ReportDeps,
  actor: string,
  orgId: string,
  year: number,
  lang: Lang,
  today = belgianToday(),
): Promise<Outcome<{ reportId: string }, StartReason>> {
  const space = await organisationSpace(deps.db, orgId);
  const cycle = await repo.cycleOf(deps.db, year);
  if (!space || !cycle || space.org.status !== 'signatory') return fail('notFound');
  if (cycle.opens_on > today) return fail('notOpen');
  const existing = await repo.reportOf(deps.db, orgId, year);
  if (existing) return ok({ reportId: existing.id });
  // Read before the transaction: every feature's part of the nine commitments, and the totals.
  const [parts, headline] = await Promise.all([
    deps.registry.commitments(deps.db, space.org, year, 'space'),
    headlineFromActivities(deps.db, orgId, year),
  ]);
  const reportId = newId();
  try {
    return await deps.db.transaction().execute(async (trx) => {
      if (!(await isAdmin(trx, orgId, actor))) return fail('forbidden');
      const at = now();
      await trx
        .insertInto('reports')
        .values({
          id: reportId,
          org_id: orgId,
          year,
          lang,
          status: 'draft',
          private: 0,
          ...headline,
          created_by: actor,
          created_at: at,
          updated_at: at,
          submitted_by: null,
          submitted_at: null,
        })
        .execute();
      await trx
        .insertInto('report_sections')
        .values(
          parts.map((p) => ({
            report_id: reportId,
            commitment: p.commitment,
            facts: JSON.stringify(p.done),
            updated_by: null,
            updated_at: null,
          })),
        )
        .execute();
      await keepStatus(trx, { orgId, year, signedAt: space.org.signed_at, today });
      await audit(trx, {
        actor,
        action: 'reports.report_started',
        subjectType: 'report',
        subjectId: reportId,
        details: { orgId, year, lang, facts: parts.map((p) => p.done.length) },
      });
      return ok({ reportId });
    });
  } catch (err) {
    // Someone started it at the same moment: theirs is the report (reports_org_year is unique).
    if (!isUniqueViolation(err)) throw err;
    const theirs = await repo.reportOf(deps.db, orgId, year);
    if (!theirs) throw err;
    return ok({ reportId: theirs.id });
  }
}
