import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { CommitmentPart } from '../../platform/feature.ts';
import { yearBounds } from '../organisations/service-directory.ts';

// The practices' part of "the nine commitments at a glance" (issue 8), commitment 1: how many
// practices the organisation first published in the year, and how many it adopted from others.
// Two reads on per-organisation indexes (practices_org: org_id and status lead; and
// practice_adoptions_org: org_id, created_at), bounded by the organisation's own rows, never the
// library. An archived practice was still shared that year: its members see it counted, the
// public only what is in the library now.

export async function practiceCommitments(
  db: Kysely<DB>,
  orgId: string,
  year: number,
  scope: 'space' | 'public',
): Promise<CommitmentPart[]> {
  const { from, to } = yearBounds(year);
  const [shared, adopted] = await Promise.all([
    // The organisation's published practices' dates, counted here: a bound on published_at in
    // the query would let SQLite walk the library's index (status, published_at) for the whole
    // year of every organisation instead of this organisation's few rows.
    db
      .selectFrom('practices')
      .select('published_at')
      .where('org_id', '=', orgId)
      .where('status', 'in', scope === 'public' ? ['published'] : ['published', 'archived'])
      .execute()
      .then((rows) => ({
        n: rows.filter((r) => r.published_at && r.published_at >= from && r.published_at < to).length,
      })),
    db
      .selectFrom('practice_adoptions as a')
      .innerJoin('practices as p', 'p.id', 'a.practice_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('a.org_id', '=', orgId)
      .where('a.created_at', '>=', from)
      .where('a.created_at', '<', to)
      .$if(scope === 'public', (q) => q.where('p.status', '=', 'published'))
      .executeTakeFirstOrThrow(),
  ]);
  const done: CommitmentPart['done'] = [];
  if (Number(shared.n) > 0) done.push({ key: 'practices.commitments.shared', values: { count: Number(shared.n) } });
  if (Number(adopted.n) > 0) done.push({ key: 'practices.commitments.adopted', values: { count: Number(adopted.n) } });
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
