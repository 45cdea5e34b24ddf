import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { CommitmentPart, CommitmentsOrg } from '../../platform/feature.ts';

// Commitment 6 at a glance: the campaigns an organisation supported in the year and, on its
// space, the people its participations reached. Read from the supporters' index by organisation
// and from the reach the listener keeps (reach.ts), never summed over the activities.

export async function campaignCommitments(
  db: Kysely<DB>,
  { id: orgId }: CommitmentsOrg,
  year: number,
  scope: 'space' | 'public',
): Promise<CommitmentPart[]> {
  // One statement for both: every feature's part is read at once for a page.
  const row = await db
    .selectNoFrom((eb) => [
      eb
        .selectFrom('campaign_supporters')
        .select((c) => c.fn.countAll<number>().as('n'))
        .where('org_id', '=', orgId)
        .where('year', '=', year)
        .as('supported'),
      eb
        .selectFrom('campaign_reach')
        .select((c) => c.fn.sum<number>('people').as('people'))
        .where('org_id', '=', orgId)
        .where('year', '=', year)
        .where('visibility', 'in', scope === 'space' ? ['public', 'private'] : ['public'])
        .as('people'),
    ])
    .executeTakeFirstOrThrow();
  const count = Number(row.supported ?? 0);
  const people = Number(row.people ?? 0);
  // Only what is not nothing: the page says "nothing recorded" itself (platform/feature.ts).
  const done: CommitmentPart['done'] = [];
  if (count > 0) done.push({ key: 'campaigns.commitment.supported', values: { count } });
  if (people > 0) done.push({ key: 'campaigns.commitment.reach', values: { count: people } });
  return [
    {
      commitment: 6,
      done,
      more: scope === 'space' ? [{ path: '/campaigns', label: 'campaigns.commitment.more' }] : [],
    },
  ];
}
