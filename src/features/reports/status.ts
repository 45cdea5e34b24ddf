// An organisation's reporting status in a cycle (issue 10), as the profile, the directory's filter,
// open data and the secretariat's dashboard show it. Pure: the daily job and the pages give it
// the cycle, the organisation's signature, its report's state and today's date in Belgium.
//
// Like the UN Global Compact: an organisation that has not reported when the deadline passes is
// late; when the grace period ends too, it is "not reporting", publicly. A report submitted
// after the deadline still counts as reported, and says so.

/** A cycle's dates, as days in Belgium (YYYY-MM-DD); the report is about `year`. */
export interface CycleDates {
  year: number;
  opensOn: string;
  dueOn: string;
  graceUntil: string;
}

export type ReportingStatus =
  'notRequired' | 'notOpen' | 'notStarted' | 'inProgress' | 'reported' | 'late' | 'notReporting';

export interface StatusInput {
  cycle: CycleDates;
  /** When the organisation signed (an ISO moment), or null if it has not. */
  signedAt: string | null;
  /** The organisation's report for this cycle: started (a draft) and when it was submitted. */
  report: { submittedOn: string | null } | null;
  /** Today in Belgium, YYYY-MM-DD. */
  today: string;
}

export interface StatusAnswer {
  status: ReportingStatus;
  /** The day the status holds from, to show with it ("late since 1 June"). */
  since: string | null;
  /** Submitted after the deadline (a reported status only). */
  afterDeadline: boolean;
}

const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * Must an organisation report for `year`? Those that signed before the year began, in Belgian
 * time: the first of January of `year` at midnight in Brussels is 31 December, 23:00 UTC (the
 * winter offset, which always holds on that date).
 */
export function mustReport(signedAt: string | null, year: number): boolean {
  return signedAt !== null && Date.parse(signedAt) < Date.parse(`${year - 1}-12-31T23:00:00Z`);
}

export function reportingStatus({ cycle, signedAt, report, today }: StatusInput): StatusAnswer {
  const submitted = report?.submittedOn ?? null;
  if (submitted !== null) return { status: 'reported', since: submitted, afterDeadline: submitted > cycle.dueOn };
  if (!mustReport(signedAt, cycle.year)) return { status: 'notRequired', since: null, afterDeadline: false };
  if (today < cycle.opensOn) return { status: 'notOpen', since: null, afterDeadline: false };
  if (today <= cycle.dueOn)
    return report
      ? { status: 'inProgress', since: null, afterDeadline: false }
      : { status: 'notStarted', since: cycle.opensOn, afterDeadline: false };
  if (today <= cycle.graceUntil) return { status: 'late', since: dayAfter(cycle.dueOn), afterDeadline: false };
  return { status: 'notReporting', since: dayAfter(cycle.graceUntil), afterDeadline: false };
}
