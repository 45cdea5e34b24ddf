import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { CommitmentPart } from '../../platform/feature.ts';
import { yearBounds } from '../organisations/service-directory.ts';

// The obstacle register's part of "the nine commitments at a glance" (issue 8), commitment 2:
// the obstacles the organisation reported in the year, and those of others it said it sees too.
// Two counts on per-organisation ranges (obstacles_org and obstacle_endorsements_org, both
// org_id then created_at), never the register. Its members count what it did, hidden reports
// too; the public counts only what the public list shows.

export async function obstacleCommitments(
  db: Kysely<DB>,
  orgId: string,
  year: number,
  scope: 'space' | 'public',
): Promise<CommitmentPart[]> {
  const { from, to } = yearBounds(year);
  const open = scope === 'public';
  const [reported, endorsed] = await Promise.all([
    db
      .selectFrom('obstacles')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('org_id', '=', orgId)
      .where('created_at', '>=', from)
      .where('created_at', '<', to)
      .$if(open, (q) => q.where('listed', '=', 1))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('obstacle_endorsements as e')
      .innerJoin('obstacles as o', 'o.id', 'e.obstacle_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('e.org_id', '=', orgId)
      .where('e.created_at', '>=', from)
      .where('e.created_at', '<', to)
      .$if(open, (q) => q.where('o.listed', '=', 1))
      .executeTakeFirstOrThrow(),
  ]);
  const done: CommitmentPart['done'] = [];
  if (Number(reported.n) > 0)
    done.push({ key: 'obstacles.commitments.reported', values: { count: Number(reported.n) } });
  if (Number(endorsed.n) > 0)
    done.push({ key: 'obstacles.commitments.endorsed', values: { count: Number(endorsed.n) } });
  const more = open
    ? []
    : [
        { path: `/organisations/${orgId}/obstacles/new`, label: 'obstacles.report.title' },
        { path: '/obstacles', label: 'obstacles.nav' },
      ];
  return [{ commitment: 2, done, more }];
}
