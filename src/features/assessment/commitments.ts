import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { CommitmentPart, CommitmentsOrg } from '../../platform/feature.ts';
import { profileOf } from './repository-results.ts';

// Commitment 7 at a glance: the organisation's last self-assessment (when, how many dimensions)
// or the one being answered, from its one `assessment_profiles` row (read by primary key, kept
// by submissions). On the public profile only when the organisation chose to show it. A year's
// page shows the last assessment made in that year or before: the profile keeps only the last.

export async function assessmentCommitments(
  db: Kysely<DB>,
  { id: orgId }: CommitmentsOrg,
  year: number,
  scope: 'space' | 'public',
): Promise<CommitmentPart[]> {
  const profile = await profileOf(db, orgId);
  const last = profile?.last_submitted_at && profile.last_year !== null && profile.last_year <= year ? profile : null;
  const done: CommitmentPart['done'] = [];
  if (scope === 'public') {
    if (last && last.public === 1)
      done.push({
        key: 'assessment.commitments.public',
        values: { year: String(last.last_year), count: last.last_dimensions },
      });
    return [{ commitment: 7, done, more: [] }];
  }
  if (last)
    done.push({
      key: 'assessment.commitments.last',
      values: { count: last.last_dimensions },
      dates: { date: last.last_submitted_at! },
    });
  if (profile?.draft_run_id) done.push({ key: 'assessment.commitments.draft' });
  return [
    {
      commitment: 7,
      done,
      more: [{ path: `/organisations/${orgId}/assessment`, label: 'assessment.commitments.more' }],
    },
  ];
}
