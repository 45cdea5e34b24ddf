import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { CommitmentPart, CommitmentsOrg } from '../../platform/feature.ts';
import type { ReportingStatus } from './status.ts';
import { latestStatuses, type KeptStatus } from './repository-public.ts';

// Commitment 9 at a glance: the organisation's reporting status in its latest cycles up to the
// page's year ("Report for 2025: in progress", "Report for 2024: reported on 3 April 2025"), read
// from the statuses `keepStatus` keeps (one primary-key range on (org_id, year)), never from the
// reports. The space links to the newest cycle's report; the profile shows every status but
// "not open", as the directory's filter and the open data do, and no links to forms.

/** How many cycles the glance shows: the page's year's and the two before. */
const CYCLES = 3;

/** One line per status, with the cycle's year: the words of STATUS_LABEL and STATUS_SINCE (labels.ts). */
const LINE: Record<ReportingStatus, string> = {
  notRequired: 'reports.profile.line.notRequired',
  notOpen: 'reports.profile.line.notOpen',
  notStarted: 'reports.profile.line.notStarted',
  inProgress: 'reports.profile.line.inProgress',
  reported: 'reports.profile.line.reported',
  late: 'reports.profile.line.late',
  notReporting: 'reports.profile.line.notReporting',
};

/** A Belgian day as a moment at noon UTC, for the page's date format (always the same day in Brussels). */
const noon = (day: string) => `${day}T12:00:00.000Z`;

function line(s: KeptStatus): CommitmentPart['done'][number] {
  if (s.status === 'reported' && s.afterDeadline)
    return { key: 'reports.profile.line.reportedLate', values: { year: s.year }, dates: { since: noon(s.since!) } };
  const dates: Record<string, string> = {};
  if (s.since) dates.since = noon(s.since);
  if (s.status === 'notStarted' || s.status === 'inProgress' || s.status === 'notOpen') dates.due = noon(s.dueOn);
  return { key: LINE[s.status], values: { year: s.year }, dates };
}

export async function reportCommitments(
  db: Kysely<DB>,
  org: CommitmentsOrg,
  year: number,
  scope: 'space' | 'public',
): Promise<CommitmentPart[]> {
  const statuses = await latestStatuses(db, org.id, year, CYCLES);
  if (scope === 'public') {
    const done = statuses.filter((s) => s.status !== 'notOpen').map(line);
    return [{ commitment: 9, done, more: [] }];
  }
  const newest = statuses[0];
  if (!newest) return [{ commitment: 9, done: [{ key: 'reports.space.noCycle' }], more: [] }];
  return [
    {
      commitment: 9,
      done: statuses.map(line),
      more: [{ path: `/organisations/${org.id}/reports/${newest.year}`, label: 'reports.space.more' }],
    },
  ];
}
