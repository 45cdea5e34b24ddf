import { z } from 'zod';
import type { EvaluationResult } from './service-result.ts';

// The open data of the joint evaluation: its proposals, and from the result day the counts and
// outcome of each, with the figures the outcome came from (ADR 0031), so anyone can check it.

const proposalSchema = z.object({
  id: z.string(),
  commitment: z.number().int().describe('The commitment (1 to 9) whose wording the proposal changes'),
  lang: z.string().describe('The language of the quoted passage and of the new wording (nl or fr)'),
  quoted: z.string().describe('The passage of the charter text the proposal replaces'),
  proposed: z.string().describe('The new wording'),
  reason: z.string(),
  group: z.string().nullable().describe("The secretariat's title for the proposals it put together"),
  yes: z.number().int().nullable().describe('Yes votes; null before the result day'),
  no: z.number().int().nullable(),
  abstain: z.number().int().nullable(),
  cast: z.number().int().nullable().describe('Organisations that voted, abstentions included'),
  quorum_needed: z.number().int().nullable(),
  yes_needed: z.number().int().nullable(),
  outcome: z.enum(['accepted', 'rejected', 'noQuorum']).nullable(),
});

export const resultResponseSchema = z
  .object({
    status: z.enum(['none', 'pending', 'ready']).describe('none: no evaluation yet; pending: before the result day'),
    result_on: z.string().nullable().describe('The day the result is known (YYYY-MM-DD)'),
    charter_version: z.number().int().nullable().describe('The charter version evaluated'),
    quorum: z.enum(['none', 'half', 'twoThirds']).nullable(),
    majority: z.enum(['simple', 'absolute', 'twoThirds']).nullable(),
    eligible: z.number().int().nullable().describe('Signatory organisations when the vote opened'),
    published_version: z.number().int().nullable().describe('The charter version the accepted proposals became'),
    proposals: z.array(proposalSchema),
  })
  .describe("The joint evaluation's proposals and the vote's result");

export type ResultRecord = z.infer<typeof resultResponseSchema>;

const NO_COUNTS = {
  yes: null,
  no: null,
  abstain: null,
  cast: null,
  quorum_needed: null,
  yes_needed: null,
  outcome: null,
} as const;

export function resultRecord(result: EvaluationResult): ResultRecord {
  const empty = { result_on: null, charter_version: null, quorum: null, majority: null, eligible: null, published_version: null };
  if (result.kind === 'none') return { status: 'none', ...empty, proposals: [] };
  const base = (p: { id: string; commitment: number; lang: string; quoted: string; proposed: string; reason: string; groupTitle: string | null }) => ({
    id: p.id,
    commitment: p.commitment,
    lang: p.lang,
    quoted: p.quoted,
    proposed: p.proposed,
    reason: p.reason,
    group: p.groupTitle,
  });
  if (result.kind === 'pending')
    return {
      status: 'pending',
      ...empty,
      result_on: result.resultOn,
      proposals: result.proposals.map((p) => ({ ...base(p), ...NO_COUNTS })),
    };
  return {
    status: 'ready',
    result_on: result.resultOn,
    charter_version: result.charterVersion,
    quorum: result.quorum,
    majority: result.majority,
    eligible: result.eligible,
    published_version: result.publishedVersion,
    proposals: result.proposals.map((p) => ({
      ...base(p),
      yes: p.tally.yes,
      no: p.tally.no,
      abstain: p.tally.abstain,
      cast: p.result.cast,
      quorum_needed: p.result.quorumNeeded,
      yes_needed: p.result.yesNeeded,
      outcome: p.result.outcome,
    })),
  };
}
