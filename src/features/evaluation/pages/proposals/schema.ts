import { z } from 'zod';
import { choice, text } from '../../../../platform/http/fields.ts';
import { COMMENT_MAX, PROPOSED_MAX, QUOTE_MAX, REASON_MAX, type ProposalInput } from '../../service-proposals.ts';
import { GROUP_TITLE_MAX } from '../../service-groups.ts';

export const COMMITMENT_CHOICES = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;
/** The authoritative texts: a proposal quotes one of them. */
export const QUOTE_LANGS = ['nl', 'fr'] as const;
/** Fewer characters than this is not a passage but a word or two: too little to change wording. */
export const QUOTE_MIN = 10;

export const proposalSchema = z
  .object({
    commitment: choice(COMMITMENT_CHOICES, 'evaluation.proposals.error.commitment'),
    lang: choice(QUOTE_LANGS),
    quoted: text(QUOTE_MAX, { min: QUOTE_MIN }),
    proposed: text(PROPOSED_MAX),
    reason: text(REASON_MAX),
  })
  .transform((f): ProposalInput => ({ ...f, commitment: Number(f.commitment) }));

/** An id as the pages write them (lower-case hex and dashes): anything else is no choice, and never reaches a query. */
const ID = /^[0-9a-f-]{1,100}$/;
/** The organisation acting: one of the reader's, checked again by the service. */
const org = () => z.string({ error: 'form.error.choose' }).regex(ID, 'form.error.choose');

export const commentSchema = z.object({ org: org(), body: text(COMMENT_MAX) });
/** Support (`yes`) or take the support back (`no`), for one organisation. */
export const supportSchema = z.object({ org: org(), support: choice(['yes', 'no'] as const) });
export const withdrawSchema = z.object({ org: org() });

export const groupSchema = z.object({ title: text(GROUP_TITLE_MAX) });
/** The group chosen for one proposal (its own field, so that every proposal's select has its own id). */
export const assignSchema = (proposalId: string) =>
  z
    .object({ [`group-${proposalId}`]: z.union([z.literal(''), z.string().regex(ID, 'form.error.choose')]).optional() })
    .transform((f) => (f[`group-${proposalId}`] as string | undefined) || null);

/** The list's filters from the address; anything unknown is no filter. */
export function listFilter(query: unknown): { commitment: number | null; groupId: string | null; after: unknown } {
  const q = (query ?? {}) as Record<string, unknown>;
  const commitment = typeof q.commitment === 'string' && /^[1-9]$/.test(q.commitment) ? Number(q.commitment) : null;
  const groupId = typeof q.group === 'string' && /^[0-9a-f-]{36}$/.test(q.group) ? q.group : null;
  return { commitment, groupId, after: q.after };
}
