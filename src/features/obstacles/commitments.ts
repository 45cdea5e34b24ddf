import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { CommitmentPart, CommitmentsOrg } from '../../platform/feature.ts';
import { yearBounds } from '../organisations/service-directory.ts';

// The obstacle register's part of "the nine commitments at a glance" (issue 8), commitment 2:
// the obstacles the organisation reported in the year, and those of others it said it sees too.
// Two counts (one statement) on per-organisation ranges (obstacles_org and obstacle_endorsements_org, both
// org_id then created_at), never the register. Its members count what it did, hidden reports
// too; the public counts only what the public list shows.

export async function obstacleCommitments(
  db: Kysely<DB>,
  { id: orgId }: CommitmentsOrg,
  year: number,
  scope: 'space' | 'public',
): Promise<CommitmentPart[]> {
  const { from, to } = yearBounds(year);
  const open = scope === 'public';
  // Both counts in one statement: the space and the profile call every feature's part at once,
  // and each round trip costs more than these two small range scans.
  const counts = await db
    .selectNoFrom((eb) => [
      eb
        .selectFrom('obstacles')
        .select((c) => c.fn.countAll<number>().as('n'))
        .where('org_id', '=', orgId)
        .where('created_at', '>=', from)
        .where('created_at', '<', to)
        .$if(open, (q) => q.where('listed', '=', 1))
        .as('reported'),
      eb
        .selectFrom('obstacle_endorsements as e')
        .innerJoin('obstacles as o', 'o.id', 'e.obstacle_id')
        .select((c) => c.fn.countAll<number>().as('n'))
        .where('e.org_id', '=', orgId)
        .where('e.created_at', '>=', from)
        .where('e.created_at', '<', to)
        .$if(open, (q) => q.where('o.listed', '=', 1))
        .as('endorsed'),
    ])
    .executeTakeFirstOrThrow();
  const reported = Number(counts.reported ?? 0);
  const endorsed = Number(counts.endorsed ?? 0);
  const done: CommitmentPart['done'] = [];
  if (reported > 0) done.push({ key: 'obstacles.commitments.reported', values: { count: reported } });
  if (endorsed > 0) done.push({ key: 'obstacles.commitments.endorsed', values: { count: endorsed } });
  const more = open
    ? []
    : [
        { path: `/organisations/${orgId}/obstacles/new`, label: 'obstacles.report.title' },
        { path: '/obstacles', label: 'obstacles.nav' },
      ];
  return [{ commitment: 2, done, more }];
}
