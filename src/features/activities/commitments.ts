import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { CommitmentPart, CommitmentsOrg } from '../../platform/feature.ts';
import { keptTotals, totalKey } from './totals.ts';
import { trainingHours } from './components.tsx';

// The activity log's part of "the nine commitments at a glance" (issue 8): for commitments 4, 5,
// 6 and 8, how many activities the organisation logged in the year and how many people they
// reached, and for 4 the training hours. One read of the kept totals (activity_totals, ADR 0024:
// one primary-key range per organisation), never the activities themselves, so the space stays
// fast at any size of log. The public profile counts public activities only.

/** The commitments an activity may serve that the log counts; the others have their own features. */
const COUNTED = [4, 5, 6, 8] as const;

export async function activityCommitments(
  db: Kysely<DB>,
  { id: orgId }: CommitmentsOrg,
  year: number,
  scope: 'space' | 'public',
): Promise<CommitmentPart[]> {
  const totals = await keptTotals(db, orgId, [year], scope === 'public' ? ['public'] : ['public', 'private']);
  const log = { path: `/organisations/${orgId}/activities/new`, label: 'activities.log.new' };
  return COUNTED.map((commitment) => {
    const kept = totals.get(totalKey(year, commitment));
    const done: CommitmentPart['done'] = [];
    if (kept && kept.entries > 0) {
      done.push({ key: 'activities.commitments.entries', values: { count: kept.entries, people: kept.people } });
      if (commitment === 4 && kept.trainingMinutes > 0)
        done.push({ key: 'activities.commitments.training', values: { hours: trainingHours(kept) } });
    }
    if (scope === 'public') return { commitment, done, more: [] };
    // Commitment 8 also leads to the national online-safety resources (the safety feature's page).
    const more = commitment === 8 ? [log, { path: '/safety', label: 'safety.nav' }] : [log];
    return { commitment, done, more };
  });
}
