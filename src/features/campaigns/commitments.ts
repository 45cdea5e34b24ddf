import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { CommitmentPart } from '../../platform/feature.ts';

// Commitment 6 at a glance: the campaigns an organisation supported in the year and, on its
// space, the people its participations reached. Read from the supporters' index by organisation
// and from the reach the listener keeps (reach.ts), never summed over the activities.

export async function campaignCommitments(
  db: Kysely<DB>,
  orgId: string,
  year: number,
  scope: 'space' | 'public',
): Promise<CommitmentPart[]> {
  const [supported, reach] = await Promise.all([
    db
      .selectFrom('campaign_supporters')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('org_id', '=', orgId)
      .where('year', '=', year)
      .executeTakeFirst(),
    db
      .selectFrom('campaign_reach')
      .select((eb) => eb.fn.sum<number>('people').as('people'))
      .where('org_id', '=', orgId)
      .where('year', '=', year)
      .where('visibility', 'in', scope === 'space' ? ['public', 'private'] : ['public'])
      .executeTakeFirst(),
  ]);
  const count = Number(supported?.n ?? 0);
  const people = Number(reach?.people ?? 0);
  const done = [{ key: 'campaigns.commitment.supported', values: { count } }];
  if (scope === 'space' || people > 0) done.push({ key: 'campaigns.commitment.reach', values: { count: people } });
  return [
    {
      commitment: 6,
      done,
      more: scope === 'space' ? [{ path: '/campaigns', label: 'campaigns.commitment.more' }] : [],
    },
  ];
}
