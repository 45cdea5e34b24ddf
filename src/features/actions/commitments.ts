import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { CommitmentPart, CommitmentsOrg } from '../../platform/feature.ts';

// The joint actions' part of "the nine commitments at a glance" (issue 8), commitment 2: the
// actions the organisation led or took part in during the year (their period overlaps it, and
// they were not stopped), with their mean progress. Two reads (one statement) bounded by the organisation's own
// rows (actions_lead: lead_org_id; action_partners_org: org_id and state), never the whole list.
// The public counts only actions the public list shows.

/** How many actions and their mean progress (0 to 1, for ICU's percent). */
type Tally = { n: number | string; progress: number | string | null };

export async function actionCommitments(
  db: Kysely<DB>,
  { id: orgId }: CommitmentsOrg,
  year: number,
  scope: 'space' | 'public',
): Promise<CommitmentPart[]> {
  const open = scope === 'public';
  // One statement: a scalar subquery gives one value, so each tally is "count|mean" in text,
  // which both engines concatenate alike; every feature's part is read at once for a page.
  const tallies = await db
    .selectNoFrom((eb) => [
      eb
        .selectFrom('actions as a')
        .select((c) => tally(c))
        .where('a.lead_org_id', '=', orgId)
        .where((c) => inYear(c, year))
        .$if(open, (q) => q.where('a.listed', '=', 1))
        .as('led'),
      eb
        .selectFrom('action_partners as p')
        .innerJoin('actions as a', 'a.id', 'p.action_id')
        .select((c) => tally(c))
        .where('p.org_id', '=', orgId)
        .where('p.state', '=', 'partner')
        .where((c) => inYear(c, year))
        .$if(open, (q) => q.where('a.listed', '=', 1))
        .as('joined'),
    ])
    .executeTakeFirstOrThrow();
  const led = parseTally(tallies.led);
  const joined = parseTally(tallies.joined);
  const done: CommitmentPart['done'] = [];
  const line = (key: string, tally: Tally) => {
    if (Number(tally.n) > 0)
      done.push({ key, values: { count: Number(tally.n), progress: Math.round(Number(tally.progress ?? 0)) / 100 } });
  };
  line('actions.commitments.led', led);
  line('actions.commitments.joined', joined);
  const more = open
    ? []
    : [
        { path: `/organisations/${orgId}/actions/new`, label: 'actions.propose.title' },
        { path: '/actions', label: 'actions.nav' },
      ];
  return [{ commitment: 2, done, more }];
}

/** "count|mean progress" of the actions selected (mean empty when there are none). */
function tally(eb: ExpressionBuilder<DB & { a: DB['actions'] }, 'a'>) {
  return sql<string>`count(*) || '|' || coalesce(avg(${eb.ref('a.progress')}), 0)`.as('tally');
}

function parseTally(text: string | null | undefined): Tally {
  const [n, progress] = (text ?? '0|0').split('|');
  return { n: Number(n), progress: Number(progress) };
}

/** Its period overlaps the calendar year (days are YYYY-MM-DD), and it was not stopped. */
function inYear(eb: ExpressionBuilder<DB & { a: DB['actions'] }, 'a'>, year: number) {
  return eb.and([
    eb('a.starts_on', '<=', `${year}-12-31`),
    eb.or([eb('a.ends_on', 'is', null), eb('a.ends_on', '>=', `${year}-01-01`)]),
    eb('a.status', '!=', 'stopped'),
  ]);
}
