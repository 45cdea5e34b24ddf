// The three-year joint evaluation's tables (issue 10). Counts on evaluations and proposals are
// kept by the writes that change them.
import type { Generated } from 'kysely';
import type { Majority, Quorum } from './vote.ts';

export interface EvaluationsTable {
  id: string;
  charter_version: number;
  consultation_opens_on: string;
  proposals_opens_on: string;
  vote_opens_on: string;
  result_on: string;
  quorum: Quorum;
  majority: Majority;
  eligible_count: number | null;
  answer_count: Generated<number>;
  proposal_count: Generated<number>;
  published_version: number | null;
  published_at: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface EvaluationAnswersTable {
  evaluation_id: string;
  org_id: string;
  commitment: number;
  relevance: string;
  difficulty: string;
  change: Generated<string>;
  answered_by: string;
  answered_at: string;
}

export interface EvaluationAnswerCountsTable {
  evaluation_id: string;
  commitment: number;
  question: string;
  answer: string;
  count: Generated<number>;
}

export interface EvaluationGroupsTable {
  id: string;
  evaluation_id: string;
  title: string;
  created_by: string;
  created_at: string;
}

export type ProposalStatus = 'open' | 'withdrawn';

export interface EvaluationProposalsTable {
  id: string;
  evaluation_id: string;
  org_id: string;
  author_id: string;
  commitment: number;
  lang: string;
  quoted: string;
  proposed: string;
  reason: string;
  group_id: string | null;
  status: ProposalStatus;
  support_count: Generated<number>;
  comment_count: Generated<number>;
  yes_count: Generated<number>;
  no_count: Generated<number>;
  abstain_count: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface EvaluationCommentsTable {
  id: string;
  proposal_id: string;
  org_id: string;
  author_id: string;
  body: string;
  created_at: string;
}

export interface EvaluationSupportsTable {
  proposal_id: string;
  org_id: string;
  supported_by: string;
  supported_at: string;
}

export type VoteChoice = 'yes' | 'no' | 'abstain';

export interface EvaluationVotesTable {
  proposal_id: string;
  org_id: string;
  choice: VoteChoice;
  cast_by: string;
  cast_at: string;
}

declare module '../../platform/db/schema.ts' {
  interface DB {
    evaluations: EvaluationsTable;
    evaluation_answers: EvaluationAnswersTable;
    evaluation_answer_counts: EvaluationAnswerCountsTable;
    evaluation_groups: EvaluationGroupsTable;
    evaluation_proposals: EvaluationProposalsTable;
    evaluation_comments: EvaluationCommentsTable;
    evaluation_supports: EvaluationSupportsTable;
    evaluation_votes: EvaluationVotesTable;
  }
}
