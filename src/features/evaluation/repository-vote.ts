import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { VoteChoice } from './evaluation.table.ts';

// The queries of the vote, the result and the publication. The counts on a proposal are kept by
// the votes' writes (castVote), so the result reads them instead of counting votes.

type Db = Kysely<DB> | Transaction<DB>;

const EVALUATION_COLUMNS = [
  'id',
  'charter_version',
  'consultation_opens_on',
  'proposals_opens_on',
  'vote_opens_on',
  'result_on',
  'quorum',
  'majority',
  'eligible_count',
  'published_version',
  'published_at',
] as const;

/** The newest evaluation (one every three years: the table stays tiny). */
export function latestEvaluation(db: Db) {
  return db
    .selectFrom('evaluations')
    .select(EVALUATION_COLUMNS)
    .orderBy('consultation_opens_on', 'desc')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}
export type EvaluationRow = NonNullable<Awaited<ReturnType<typeof latestEvaluation>>>;

/** Freezes the number of eligible organisations once; true when this call did. */
export async function freezeEligible(db: Db, evaluationId: string, count: number, at: string): Promise<boolean> {
  const result = await db
    .updateTable('evaluations')
    .set({ eligible_count: count, updated_at: at })
    .where('id', '=', evaluationId)
    .where('eligible_count', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

const PROPOSAL_COLUMNS = [
  'id',
  'org_id',
  'commitment',
  'lang',
  'quoted',
  'proposed',
  'reason',
  'group_id',
  'yes_count',
  'no_count',
  'abstain_count',
  'created_at',
] as const;

/** The proposals put to the vote (withdrawn ones are not), by commitment, walking the list index. */
export function openProposals(db: Db, evaluationId: string) {
  return db
    .selectFrom('evaluation_proposals')
    .select(PROPOSAL_COLUMNS)
    .where('evaluation_id', '=', evaluationId)
    .where('status', '=', 'open')
    .orderBy('commitment')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
export type ProposalRow = Awaited<ReturnType<typeof openProposals>>[number];

export function groupsOf(db: Db, evaluationId: string) {
  return db
    .selectFrom('evaluation_groups')
    .select(['id', 'title'])
    .where('evaluation_id', '=', evaluationId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** One organisation's votes on the given proposals (the org_id, proposal_id index). */
export function votesOfOrganisation(db: Db, orgId: string, proposalIds: readonly string[]) {
  if (proposalIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('evaluation_votes')
    .select(['proposal_id', 'choice', 'cast_by', 'cast_at'])
    .where('org_id', '=', orgId)
    .where('proposal_id', 'in', [...proposalIds])
    .execute();
}

const COUNT_COLUMN = { yes: 'yes_count', no: 'no_count', abstain: 'abstain_count' } as const;

async function moveCount(db: Db, proposalId: string, choice: VoteChoice, by: 1 | -1): Promise<void> {
  const column = COUNT_COLUMN[choice];
  await db
    .updateTable('evaluation_proposals')
    .set((eb) => ({ [column]: eb(column, '+', by) }))
    .where('id', '=', proposalId)
    .execute();
}

export type CastResult = { kind: 'new' } | { kind: 'changed'; from: VoteChoice } | { kind: 'same' };

/**
 * Records an organisation's vote and moves the proposal's counts with it: a first vote adds
 * one, a changed vote takes one from the old choice and adds one to the new. Each step changes
 * a row only if it is still as read, so two administrators voting at the same moment cannot
 * count twice: the one that loses reads again.
 */
export async function castVote(
  db: Db,
  vote: { proposalId: string; orgId: string; choice: VoteChoice; castBy: string; castAt: string },
): Promise<CastResult> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const held = await db
      .selectFrom('evaluation_votes')
      .select('choice')
      .where('proposal_id', '=', vote.proposalId)
      .where('org_id', '=', vote.orgId)
      .executeTakeFirst();
    if (!held) {
      const inserted = await db
        .insertInto('evaluation_votes')
        .values({
          proposal_id: vote.proposalId,
          org_id: vote.orgId,
          choice: vote.choice,
          cast_by: vote.castBy,
          cast_at: vote.castAt,
        })
        .onConflict((oc) => oc.columns(['proposal_id', 'org_id']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) continue;
      await moveCount(db, vote.proposalId, vote.choice, 1);
      return { kind: 'new' };
    }
    const updated = await db
      .updateTable('evaluation_votes')
      .set({ choice: vote.choice, cast_by: vote.castBy, cast_at: vote.castAt })
      .where('proposal_id', '=', vote.proposalId)
      .where('org_id', '=', vote.orgId)
      .where('choice', '=', held.choice)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) continue;
    if (held.choice === vote.choice) return { kind: 'same' };
    await moveCount(db, vote.proposalId, held.choice, -1);
    await moveCount(db, vote.proposalId, vote.choice, 1);
    return { kind: 'changed', from: held.choice };
  }
  throw new Error('the vote kept changing under this write');
}

/** Records that the accepted proposals were published as `version`; false when already done. */
export async function markPublished(db: Db, evaluationId: string, version: number, at: string): Promise<boolean> {
  const result = await db
    .updateTable('evaluations')
    .set({ published_version: version, published_at: at, updated_at: at })
    .where('id', '=', evaluationId)
    .where('published_version', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
