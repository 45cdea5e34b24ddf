import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { newId, now } from '../../platform/db/sql.ts';
import { audit } from '../../platform/audit/audit.ts';
import { invalid, ok, type Outcome } from '../../platform/outcome.ts';
import { progressOf, type Progress } from './progress.ts';
import { reportToChange, reportToRead } from './report-access.ts';
import * as repo from './repository-targets.ts';
import type { ReportRow } from './repository-submit.ts';

// The organisation's own targets in a report: new ones for the years after it, and the value
// reached for earlier ones now due, with the progress status computed the Open SDG way
// (progress.ts) and stored beside the value.

type Refusal = 'notFound' | 'forbidden' | 'invalid';

export interface TargetInput {
  indicator: string;
  unit?: string;
  direction: 'increase' | 'decrease';
  baseYear: number;
  baseValue: string;
  targetYear: number;
  targetValue: string;
}

export interface DueTarget {
  target: repo.TargetRow;
  /** The status with its inputs; null while no value reached was entered. */
  progress: Progress | null;
}

export interface TargetsView {
  report: ReportRow;
  due: DueTarget[];
  set: repo.TargetRow[];
}

/** The progress of a target whose value reached in `year` is `reached`. */
export function progressFor(target: repo.TargetRow, year: number, reached: string): Progress {
  return progressOf({
    observations: [
      { year: target.base_year, value: Number(target.base_value) },
      { year, value: Number(reached) },
    ],
    direction: target.direction,
    target: { value: Number(target.target_value), year: target.target_year },
  });
}

export async function targetsView(db: Kysely<DB>, orgId: string, year: number): Promise<TargetsView | null> {
  const report = await reportToRead(db, orgId, year);
  if (!report) return null;
  const [due, set] = await Promise.all([repo.targetsDue(db, orgId, report), repo.targetsSetIn(db, report.id)]);
  return {
    report,
    due: due.map((target) => ({
      target,
      progress:
        target.reached_value !== null && target.reached_report_id === report.id
          ? progressFor(target, year, target.reached_value)
          : null,
    })),
    set,
  };
}

/** Years must make sense for the report: a base no later than its year, a target after it. */
function checkYears(input: TargetInput, year: number) {
  const errors: Record<string, string> = {};
  if (input.baseYear > year) errors.baseYear = 'reports.targets.error.baseYear';
  if (input.targetYear <= year) errors.targetYear = 'reports.targets.error.targetYear';
  return Object.keys(errors).length ? invalid(errors, { year }) : null;
}

const fields = (input: TargetInput): repo.TargetFields => ({
  indicator: input.indicator,
  unit: input.unit ?? '',
  direction: input.direction,
  base_year: input.baseYear,
  base_value: input.baseValue,
  target_year: input.targetYear,
  target_value: input.targetValue,
});

export async function addTarget(
  db: Kysely<DB>,
  actor: string,
  orgId: string,
  year: number,
  input: TargetInput,
): Promise<Outcome<{ id: string }, Refusal>> {
  return db.transaction().execute(async (trx) => {
    const found = await reportToChange(trx, actor, orgId, year, 'draft');
    if (!found.ok) return found;
    const bad = checkYears(input, year);
    if (bad) return { ...bad, error: 'invalid' as const };
    const id = newId();
    await repo.insertTarget(trx, { id, org_id: orgId, set_in_report_id: found.report.id, at: now(), ...fields(input) });
    await audit(trx, { actor, action: 'reports.target_added', subjectType: 'report', subjectId: found.report.id, details: { targetId: id, ...fields(input) } });
    return ok({ id });
  });
}

/** A target this report set, for its edit page. */
export async function targetSetIn(db: Kysely<DB>, orgId: string, year: number, targetId: string) {
  const report = await reportToRead(db, orgId, year);
  const target = report ? await repo.targetOf(db, orgId, targetId) : undefined;
  return report && target && target.set_in_report_id === report.id ? { report, target } : null;
}

export async function changeTarget(
  db: Kysely<DB>,
  actor: string,
  orgId: string,
  year: number,
  targetId: string,
  input: TargetInput | null,
): Promise<Outcome<null, Refusal>> {
  return db.transaction().execute(async (trx) => {
    const found = await reportToChange(trx, actor, orgId, year, 'draft');
    if (!found.ok) return found;
    const target = await repo.targetOf(trx, orgId, targetId);
    if (!target || target.set_in_report_id !== found.report.id) return { ok: false as const, errors: {}, error: 'notFound' as const };
    const subject = { subjectType: 'report', subjectId: found.report.id };
    if (input === null) {
      await repo.deleteTarget(trx, targetId);
      await audit(trx, { actor, action: 'reports.target_deleted', ...subject, details: { targetId, indicator: target.indicator } });
      return ok(null);
    }
    const bad = checkYears(input, year);
    if (bad) return { ...bad, error: 'invalid' as const };
    await repo.updateTarget(trx, targetId, fields(input), now());
    await audit(trx, { actor, action: 'reports.target_changed', ...subject, details: { targetId, ...fields(input) } });
    return ok(null);
  });
}

/**
 * Records the values the due targets reached in the report's year (undefined clears a value this
 * report recorded), each with its progress status.
 */
export async function recordReached(
  db: Kysely<DB>,
  actor: string,
  orgId: string,
  year: number,
  values: Record<string, string | undefined>,
): Promise<Outcome<null, Refusal>> {
  return db.transaction().execute(async (trx) => {
    const found = await reportToChange(trx, actor, orgId, year, 'draft');
    if (!found.ok) return found;
    const at = now();
    for (const target of await repo.targetsDue(trx, orgId, found.report)) {
      if (!(target.id in values)) continue;
      const reached = values[target.id] ?? null;
      // Clearing never erases a value an earlier report recorded.
      if (reached === null && target.reached_report_id !== found.report.id) continue;
      if (reached === target.reached_value && target.reached_report_id === found.report.id) continue;
      const progress = reached === null ? null : progressFor(target, year, reached).status;
      const reachedIn = reached === null ? null : found.report.id;
      await repo.recordReached(trx, target.id, { reached_value: reached, reached_report_id: reachedIn, progress }, at);
      await audit(trx, {
        actor,
        action: 'reports.target_reached',
        subjectType: 'report',
        subjectId: found.report.id,
        details: { targetId: target.id, reached, progress },
      });
    }
    return ok(null);
  });
}
