import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../platform/db/schema.ts';
import { now } from '../../platform/db/sql.ts';
import { audit } from '../../platform/audit/audit.ts';
import { belgianDate } from '../../platform/i18n/format.ts';
import { fail, ok, type Outcome } from '../../platform/outcome.ts';

/** A message for the form (a field, or `_form`): the page is shown again with it. */
export const invalid = (errors: Record<string, string>) => ({ ok: false as const, errors, error: 'invalid' as const });
import { contactsOf } from '../accounts/service.ts';
import { countSignatories } from '../organisations/service-directory.ts';
import { organisationRefs } from '../organisations/service-registration.ts';
import { isAdmin } from '../organisations/service.ts';
import type { VoteChoice } from './evaluation.table.ts';
import { phaseOf, type Phase } from './phases.ts';
import * as repo from './repository-vote.ts';

// The vote: one vote per signatory organisation and proposal, cast by one of its administrators,
// changeable until the result day. `today` is a Belgian day (YYYY-MM-DD) the tests can set.

export const CHOICES = ['yes', 'no', 'abstain'] as const satisfies readonly VoteChoice[];

export interface CurrentEvaluation {
  row: repo.EvaluationRow;
  phase: Phase;
}

/**
 * The newest evaluation and its phase on `today`. From the vote on, the number of eligible
 * organisations is frozen to the signatories counted the first time anyone asks (a kept count,
 * not a scan): later signatories do not move the quorum. Idempotent, whoever asks first.
 */
export async function currentEvaluation(db: Kysely<DB>, today = belgianDate()): Promise<CurrentEvaluation | null> {
  const row = await repo.latestEvaluation(db);
  if (!row) return null;
  const phase = phaseOf(row, today);
  if ((phase === 'vote' || phase === 'result') && row.eligible_count === null) {
    row.eligible_count = await db.transaction().execute(async (trx) => {
      const count = await countSignatories(trx);
      if (await repo.freezeEligible(trx, row.id, count, now())) {
        await audit(trx, {
          actor: null,
          action: 'evaluation.eligible_frozen',
          subjectType: 'evaluation',
          subjectId: row.id,
          details: { eligible: count },
        });
        return count;
      }
      return Number((await repo.latestEvaluation(trx))?.eligible_count ?? count);
    });
  }
  return { row, phase };
}

export interface CastVote {
  choice: VoteChoice;
  byName: string;
  at: string;
}

export interface SheetProposal {
  proposal: repo.ProposalRow;
  vote: CastVote | null;
}

export interface SheetGroup {
  /** The secretariat's title; null for the proposals in no group. */
  title: string | null;
  proposals: SheetProposal[];
}

export interface VoteSheet {
  evaluation: repo.EvaluationRow;
  phase: Phase;
  /** Only signatories vote; others see the proposals and why they cannot. */
  signatory: boolean;
  groups: SheetGroup[];
}

/** Every open proposal, grouped as the secretariat grouped them, with the organisation's vote. */
export async function voteSheet(db: Kysely<DB>, orgId: string, today = belgianDate()): Promise<VoteSheet | null> {
  const current = await currentEvaluation(db, today);
  if (!current) return null;
  const { row } = current;
  const [proposals, groups, orgs] = await Promise.all([
    repo.openProposals(db, row.id),
    repo.groupsOf(db, row.id),
    organisationRefs(db, [orgId]),
  ]);
  const votes = await repo.votesOfOrganisation(
    db,
    orgId,
    proposals.map((p) => p.id),
  );
  const people = new Map((await contactsOf(db, votes.map((v) => v.cast_by))).map((c) => [c.id, c.name]));
  const voteOf = new Map(
    votes.map((v) => [v.proposal_id, { choice: v.choice, byName: people.get(v.cast_by) ?? '', at: v.cast_at }]),
  );
  const sheet = (p: repo.ProposalRow): SheetProposal => ({ proposal: p, vote: voteOf.get(p.id) ?? null });
  const grouped: SheetGroup[] = groups.map((g) => ({
    title: g.title,
    proposals: proposals.filter((p) => p.group_id === g.id).map(sheet),
  }));
  const known = new Set(groups.map((g) => g.id));
  grouped.push({ title: null, proposals: proposals.filter((p) => !p.group_id || !known.has(p.group_id)).map(sheet) });
  return {
    evaluation: row,
    phase: current.phase,
    signatory: orgs.get(orgId)?.status === 'signatory',
    groups: grouped.filter((g) => g.proposals.length > 0),
  };
}

/** The form's field for a proposal's vote. */
export const voteField = (proposalId: string) => `vote-${proposalId}`;

/** The vote form's fields, one per open proposal; at least one must be chosen. */
export function voteSchema(proposalIds: readonly string[]) {
  const shape = Object.fromEntries(proposalIds.map((id) => [voteField(id), z.enum(CHOICES).optional()]));
  return z
    .object(shape)
    .refine((data) => Object.values(data).some((v) => v !== undefined), {
      message: 'evaluation.vote.error.none',
      path: ['_form'],
    });
}

export type VoteRefusal = 'notFound' | 'forbidden' | 'invalid';

/**
 * Records the organisation's votes. Refused when the vote is not open, when the person is not
 * (or no longer) one of its administrators, or when it is not a signatory.
 */
export async function castVotes(
  db: Kysely<DB>,
  actor: string,
  orgId: string,
  choices: Readonly<Record<string, VoteChoice | undefined>>,
  today = belgianDate(),
): Promise<Outcome<{ changed: number }, VoteRefusal>> {
  const current = await currentEvaluation(db, today);
  if (!current) return fail('notFound');
  if (current.phase !== 'vote') return invalid({ _form: 'evaluation.vote.error.closed' });
  const open = new Set((await repo.openProposals(db, current.row.id)).map((p) => p.id));
  const wanted = Object.entries(choices).filter(
    (e): e is [string, VoteChoice] => e[1] !== undefined && open.has(e[0]),
  );
  if (wanted.length === 0) return invalid({ _form: 'evaluation.vote.error.none' });
  return db.transaction().execute(async (trx): Promise<Outcome<{ changed: number }, VoteRefusal>> => {
    const [admin, orgs] = await Promise.all([isAdmin(trx, orgId, actor), organisationRefs(trx, [orgId])]);
    if (!admin || orgs.get(orgId)?.status !== 'signatory') return fail('forbidden');
    const at = now();
    let changed = 0;
    for (const [proposalId, choice] of wanted) {
      const cast = await repo.castVote(trx, { proposalId, orgId, choice, castBy: actor, castAt: at });
      if (cast.kind === 'same') continue;
      changed++;
      await audit(trx, {
        actor,
        action: 'evaluation.vote_cast',
        subjectType: 'evaluation_proposal',
        subjectId: proposalId,
        details: { orgId, choice, before: cast.kind === 'changed' ? cast.from : null },
      });
    }
    return ok({ changed });
  });
}
