import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { CommitmentPart, CommitmentsOrg } from '../../platform/feature.ts';
import { yearBounds } from '../organisations/service-directory.ts';

// The practices' part of "the nine commitments at a glance" (issue 8), commitment 1: how many
// practices the organisation first published in the year, and how many it adopted from others.
// Two reads (one statement) on per-organisation indexes (practices_org: org_id and status lead; and
// practice_adoptions_org: org_id, created_at), bounded by the organisation's own rows, never the
// library. An archived practice was still shared that year: its members see it counted, the
// public only what is in the library now.

export async function practiceCommitments(
  db: Kysely<DB>,
  { id: orgId }: CommitmentsOrg,
  year: number,
  scope: 'space' | 'public',
): Promise<CommitmentPart[]> {
  const { from, to } = yearBounds(year);
  // Both counts in one statement: every feature's part is read at once for a page.
  const counts = await db
    .selectNoFrom((eb) => [
      // The year is tested inside the sum, not in the WHERE: a bound on published_at there would
      // let SQLite walk the library's index (status, published_at) for the whole year of every
      // organisation instead of this organisation's few rows.
      eb
        .selectFrom('practices')
        .select(
          sql<number>`coalesce(sum(case when published_at >= ${from} and published_at < ${to} then 1 else 0 end), 0)`.as(
            'n',
          ),
        )
        .where('org_id', '=', orgId)
        .where('status', 'in', scope === 'public' ? ['published'] : ['published', 'archived'])
        .as('shared'),
      eb
        .selectFrom('practice_adoptions as a')
        .innerJoin('practices as p', 'p.id', 'a.practice_id')
        .select((c) => c.fn.countAll<number>().as('n'))
        .where('a.org_id', '=', orgId)
        .where('a.created_at', '>=', from)
        .where('a.created_at', '<', to)
        .$if(scope === 'public', (q) => q.where('p.status', '=', 'published'))
        .as('adopted'),
    ])
    .executeTakeFirstOrThrow();
  const shared = Number(counts.shared ?? 0);
  const adopted = Number(counts.adopted ?? 0);
  const done: CommitmentPart['done'] = [];
  if (shared > 0) done.push({ key: 'practices.commitments.shared', values: { count: shared } });
  if (adopted > 0) done.push({ key: 'practices.commitments.adopted', values: { count: adopted } });
  const more =
    scope === 'space'
      ? [
          { path: `/organisations/${orgId}/practices/new`, label: 'practices.org.new' },
          // Not the header's "Good practices": the space has a link by that name to its own practices.
          { path: '/practices', label: 'practices.commitments.library' },
        ]
      : [];
  return [{ commitment: 1, done, more }];
}
