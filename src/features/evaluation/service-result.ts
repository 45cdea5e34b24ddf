import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { belgianDate } from '../../platform/i18n/format.ts';
import * as repo from './repository-vote.ts';
import { currentEvaluation } from './service-vote.ts';
import { outcomeOf, type Majority, type Quorum, type Tally, type VoteResult } from './vote.ts';

// The result of the vote, per proposal: the kept counts and what outcomeOf makes of them. The
// page, the open data and the draft of the next charter version all read it from here.

/** A proposal as anyone may read it: the quoted passage, the new wording, the reason. */
export interface PublicProposal {
  id: string;
  commitment: number;
  lang: string;
  quoted: string;
  proposed: string;
  reason: string;
  groupTitle: string | null;
}

export interface ProposalResult extends PublicProposal {
  tally: Tally;
  result: VoteResult;
}

export type EvaluationResult =
  | { kind: 'none' }
  /** Counts stay hidden until the result day. */
  | { kind: 'pending'; resultOn: string; voteOpensOn: string; proposals: PublicProposal[] }
  | {
      kind: 'ready';
      evaluationId: string;
      charterVersion: number;
      resultOn: string;
      quorum: Quorum;
      majority: Majority;
      eligible: number;
      publishedVersion: number | null;
      publishedAt: string | null;
      proposals: ProposalResult[];
    };

export async function evaluationResult(db: Kysely<DB>, today = belgianDate()): Promise<EvaluationResult> {
  const current = await currentEvaluation(db, today);
  if (!current) return { kind: 'none' };
  const { row, phase } = current;
  const [proposals, groups] = await Promise.all([repo.openProposals(db, row.id), repo.groupsOf(db, row.id)]);
  const titles = new Map(groups.map((g) => [g.id, g.title]));
  const readable = (p: repo.ProposalRow): PublicProposal => ({
    id: p.id,
    commitment: Number(p.commitment),
    lang: p.lang,
    quoted: p.quoted,
    proposed: p.proposed,
    reason: p.reason,
    groupTitle: p.group_id ? (titles.get(p.group_id) ?? null) : null,
  });
  if (phase !== 'result')
    return { kind: 'pending', resultOn: row.result_on, voteOpensOn: row.vote_opens_on, proposals: proposals.map(readable) };
  const eligible = Number(row.eligible_count ?? 0);
  const rules = { quorum: row.quorum, majority: row.majority };
  return {
    kind: 'ready',
    evaluationId: row.id,
    charterVersion: Number(row.charter_version),
    resultOn: row.result_on,
    quorum: row.quorum,
    majority: row.majority,
    eligible,
    publishedVersion: row.published_version === null ? null : Number(row.published_version),
    publishedAt: row.published_at,
    proposals: proposals.map((p) => {
      const tally = { yes: Number(p.yes_count), no: Number(p.no_count), abstain: Number(p.abstain_count) };
      return { ...readable(p), tally, result: outcomeOf(tally, eligible, rules) };
    }),
  };
}
