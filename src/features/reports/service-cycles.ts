import { z } from 'zod';
import { decodeCursor as decodeValues, encodeCursor as encodeValues } from '../../platform/http/cursor.ts';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { now } from '../../platform/db/sql.ts';
import { audit } from '../../platform/audit/audit.ts';
import { fail, invalid, ok, type Outcome } from '../../platform/outcome.ts';
import { belgianToday } from './clock.ts';
import { keepRequiredSignatories, moveCycleStatuses, reminderDays, runReportingDay } from './daily.ts';
import { organisationRefs } from '../organisations/service-registration.ts';
import { queueReminders } from './mails.ts';
import * as repo from './repository-cycles.ts';
import type { CycleDays, CycleRow } from './repository-cycles.ts';
import type { EditDaysInput, ExtendInput, OpenCycleInput } from './pages/secretariat/schema.ts';

// The secretariat's reporting cycles (issue 10): open one for a year, change its days, and send
// reminders on demand. Every change is audited; statuses move in the same transaction.

/** Cycles shown on the list: one a year, so a bounded list. */
const CYCLES_SHOWN = 50;

export interface Cycle {
  year: number;
  opensOn: string;
  dueOn: string;
  graceUntil: string;
  offsets: number[];
  lastDay: string | null;
  /** The kept counts; `notOpen` is what the others leave of the required (never counted rows). */
  counts: {
    required: number;
    notOpen: number;
    notStarted: number;
    inProgress: number;
    reported: number;
    late: number;
    notReporting: number;
  };
}

export function toCycle(r: CycleRow): Cycle {
  const counted = r.not_started_count + r.in_progress_count + r.late_count + r.not_reporting_count;
  return {
    year: r.year,
    opensOn: r.opens_on,
    dueOn: r.due_on,
    graceUntil: r.grace_until,
    offsets: JSON.parse(r.reminder_offsets) as number[],
    lastDay: r.last_day,
    counts: {
      required: r.required_count,
      // Reports from organisations that need not report count as reported but not as required.
      notOpen: Math.max(0, r.required_count - counted - r.reported_count),
      notStarted: r.not_started_count,
      inProgress: r.in_progress_count,
      reported: r.reported_count,
      late: r.late_count,
      notReporting: r.not_reporting_count,
    },
  };
}

export async function listCycles(db: Kysely<DB>): Promise<Cycle[]> {
  return (await repo.cycles(db, CYCLES_SHOWN)).map(toCycle);
}

export async function findCycle(db: Kysely<DB>, year: number): Promise<Cycle | null> {
  const row = await repo.cycleOf(db, year);
  return row ? toCycle(row) : null;
}

/** Each reminder day falls while the cycle is open (between its opening and the grace period's end). */
function remindersOutside(days: CycleDays): boolean {
  return reminderDays({ due_on: days.dueOn, reminder_offsets: JSON.stringify(days.offsets) }).some(
    (d) => d < days.opensOn || d > days.graceUntil,
  );
}

/**
 * Opens the cycle for a year: its days, then a status for every signatory that must report (those
 * that signed before the year began), kept by `keepStatus` with the cycle's counts.
 */
export async function openCycle(
  db: Kysely<DB>,
  actor: string,
  input: OpenCycleInput,
  today = belgianToday(),
): Promise<Outcome<{ year: number; required: number }>> {
  if (input.year > Number(today.slice(0, 4))) return invalid({ year: 'reports.cycles.error.future' });
  const days: CycleDays = {
    opensOn: input.opensOn,
    dueOn: input.dueOn,
    graceUntil: input.graceUntil,
    offsets: input.reminders,
  };
  if (remindersOutside(days)) return invalid({ reminders: 'reports.cycles.error.reminderOutside' });
  return db.transaction().execute(async (trx) => {
    if (await repo.cycleOf(trx, input.year))
      return invalid({ year: 'reports.cycles.error.exists' }, { year: input.year });
    await repo.insertCycle(trx, input.year, days, actor, now());
    const required = await keepRequiredSignatories(trx, input.year, today);
    await audit(trx, {
      actor,
      action: 'reports.cycle_opened',
      subjectType: 'reporting_cycle',
      subjectId: String(input.year),
      details: { ...days, required },
    });
    return ok({ year: input.year, required });
  });
}

export type CycleRefusal = 'notFound' | 'invalid';

/** Field errors, with the reason the route leaves to the form (it shows them again). */
const refused = (errors: Record<string, string>) => ({ ...invalid(errors), error: 'invalid' as const });

/**
 * Changes a cycle's days. Before it opens, every day may change; once it is open, only the
 * deadline and the end of the grace period, and only to a later day. Statuses move at once to
 * what the new days make them today.
 */
export async function changeCycleDays(
  db: Kysely<DB>,
  actor: string,
  year: number,
  input: EditDaysInput | ExtendInput,
  today = belgianToday(),
): Promise<Outcome<null, CycleRefusal>> {
  return db.transaction().execute(async (trx) => {
    const before = await repo.cycleOf(trx, year);
    if (!before) return fail('notFound');
    const opened = isOpened(before, today);
    const full = 'opensOn' in input && !opened;
    const days: CycleDays = {
      opensOn: full ? input.opensOn : before.opens_on,
      dueOn: input.dueOn,
      graceUntil: input.graceUntil,
      offsets: full ? input.reminders : (JSON.parse(before.reminder_offsets) as number[]),
    };
    if (opened) {
      const errors: Record<string, string> = {};
      if (days.dueOn < before.due_on) errors.dueOn = 'reports.cycles.error.dueEarlier';
      if (days.graceUntil < before.grace_until) errors.graceUntil = 'reports.cycles.error.graceEarlier';
      if (Object.keys(errors).length) return refused(errors);
    } else if (days.dueOn <= days.opensOn) return refused({ dueOn: 'reports.cycles.error.dueBeforeOpen' });
    // Once open, the reminder days are fixed as offsets: a grace period too short for them is the error.
    if (remindersOutside(days))
      return refused({ [opened ? 'graceUntil' : 'reminders']: 'reports.cycles.error.reminderOutside' });
    await repo.updateCycleDays(trx, year, days, now());
    const after = await repo.cycleOf(trx, year);
    await moveCycleStatuses(trx, after!, today);
    await audit(trx, {
      actor,
      action: 'reports.cycle_changed',
      subjectType: 'reporting_cycle',
      subjectId: String(year),
      details: {
        before: {
          opensOn: before.opens_on,
          dueOn: before.due_on,
          graceUntil: before.grace_until,
          offsets: JSON.parse(before.reminder_offsets) as number[],
        },
        after: days,
      },
    });
    return ok(null);
  });
}

/** A cycle is open from its first day on: then its opening and reminder days are fixed. */
export const isOpened = (cycle: Pick<CycleRow, 'opens_on'>, today: string) => today >= cycle.opens_on;

export type RemindersRefusal = 'notFound' | 'notOpen' | 'closed';

/**
 * The secretariat's "send reminders now": the same digest as the daily job's, once a day per
 * cycle (the day's automatic reminders count). Returns how many people it reaches, or null when
 * the cycle's reminders went out today already.
 */
export async function sendRemindersNow(
  db: Kysely<DB>,
  actor: string,
  year: number,
  today = belgianToday(),
): Promise<Outcome<{ people: number | null }, RemindersRefusal>> {
  // Today's statuses first (the hourly job may not have run yet today): a reminder names the
  // status of the day; if today is a reminder day, its reminders go now and this sends none.
  await runReportingDay(db, today);
  return db.transaction().execute(async (trx) => {
    const cycle = await repo.cycleOf(trx, year);
    if (!cycle) return fail('notFound');
    if (!isOpened(cycle, today)) return fail('notOpen');
    if (today > cycle.grace_until) return fail('closed');
    if (!(await repo.claimReminderDay(trx, year, today))) return ok({ people: null });
    const people = await queueReminders(trx, [year], today);
    await audit(trx, {
      actor,
      action: 'reports.reminders_sent',
      subjectType: 'reporting_cycle',
      subjectId: String(year),
      details: { people, day: today },
    });
    return ok({ people });
  });
}

/** The values the edit form starts with. */
export function daysValues(cycle: Cycle): Record<string, string> {
  return {
    opensOn: cycle.opensOn,
    dueOn: cycle.dueOn,
    graceUntil: cycle.graceUntil,
    reminders: cycle.offsets.join(', '),
  };
}

/** The year the form proposes: last year, or this year once last year's cycle is open. */
export function proposedYear(cycles: readonly Cycle[], today = belgianToday()): number {
  const last = Number(today.slice(0, 4)) - 1;
  return cycles.some((c) => c.year === last) ? last + 1 : last;
}

// ——— the cycle's dashboard: its organisations by status ———

/** The statuses a cycle's organisations can have, in the order the dashboard lists them. */
export const DASHBOARD_STATUSES = ['notOpen', 'notStarted', 'inProgress', 'late', 'reported', 'notReporting'] as const;
export type DashboardStatus = (typeof DASHBOARD_STATUSES)[number];
export const DASHBOARD_PAGE = 50;

export interface DashboardLine {
  orgId: string;
  slug: string | null;
  /** Null when the organisation is gone (a race at most: its statuses go with it). */
  name: string | null;
  status: DashboardStatus;
  /** The day the status holds from, or when it was last set (in progress has no day of its own). */
  since: string;
  afterDeadline: boolean;
}

interface Cursor {
  status: DashboardStatus;
  orgId: string;
}

const isDashboardStatus = (s: unknown): s is DashboardStatus => DASHBOARD_STATUSES.includes(s as DashboardStatus);

const cursorSchema = z.tuple([z.enum(DASHBOARD_STATUSES), z.string().regex(/^[A-Za-z0-9-]{1,64}$/)]);

export const encodeCursor = (c: Cursor) => encodeValues([c.status, c.orgId]);

/** The "next page" link's cursor, or null for anything else (the first page is then shown). */
export function decodeCursor(raw: unknown): Cursor | null {
  const values = decodeValues(raw, cursorSchema);
  return values && { status: values[0], orgId: values[1] };
}

/** The filter as typed in the address: one status, or every one. */
export const statusFilter = (raw: unknown): DashboardStatus | null => (isDashboardStatus(raw) ? raw : null);

/**
 * One page of the cycle's organisations, status after status in the dashboard's order (or one
 * status), each status read on the (year, status, org_id) index from where the cursor stands,
 * with the names read in one call to the organisations' service. One row more than shown tells
 * whether there is a next page.
 */
export async function dashboardPage(
  db: Kysely<DB>,
  year: number,
  only: DashboardStatus | null,
  cursor: Cursor | null,
): Promise<{ lines: DashboardLine[]; next: string | null }> {
  const statuses = only ? [only] : [...DASHBOARD_STATUSES];
  const start = cursor ? Math.max(0, statuses.indexOf(cursor.status)) : 0;
  const rows: repo.StatusLine[] = [];
  for (let i = start; i < statuses.length && rows.length <= DASHBOARD_PAGE; i++) {
    const after = cursor && i === start && cursor.status === statuses[i] ? cursor.orgId : null;
    rows.push(...(await repo.statusLines(db, year, statuses[i]!, after, DASHBOARD_PAGE + 1 - rows.length)));
  }
  const shown = rows.slice(0, DASHBOARD_PAGE);
  const refs = await organisationRefs(
    db,
    shown.map((r) => r.org_id),
  );
  const last = shown[shown.length - 1];
  return {
    lines: shown.map((r) => ({
      orgId: r.org_id,
      slug: refs.get(r.org_id)?.slug ?? null,
      name: refs.get(r.org_id)?.legalName ?? null,
      status: r.status as DashboardStatus,
      since: r.since ?? r.updated_at,
      afterDeadline: r.after_deadline === 1,
    })),
    next:
      rows.length > DASHBOARD_PAGE && last
        ? encodeCursor({ status: last.status as DashboardStatus, orgId: last.org_id })
        : null,
  };
}
