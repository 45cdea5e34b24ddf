import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { newId, now } from '../../platform/db/sql.ts';
import { audit } from '../../platform/audit/audit.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import { fail, ok, type Outcome } from '../../platform/outcome.ts';
import { belgianToday } from './clock.ts';
import { hasOpened } from './phases.ts';
import { currentEvaluation } from './service-setup.ts';
import { proposalList, GROUPS_SHOWN, type ProposalList } from './service-proposals.ts';
import { invalidFields } from './refusals.ts';
import * as repo from './repository-proposals.ts';

// The secretariat puts proposals that touch the same passage or idea together, so that they are
// read (and voted on) side by side. Groups change until the vote opens; then they are the ballot's.

export const GROUP_TITLE_MAX = 200;

export type GroupRefusal = 'closed' | 'notFound' | 'invalid';

/** The groups and a page of the open proposals, to sort them into groups. */
export function groupsPage(db: Kysely<DB>, lang: Lang, after: unknown, today = belgianToday()): Promise<ProposalList> {
  return proposalList(db, lang, { commitment: null, groupId: null }, after, today);
}

/** A running evaluation whose vote has not opened yet, or null. */
async function beforeVote(db: Kysely<DB>, today: string) {
  const current = await currentEvaluation(db, today);
  return current && !hasOpened(current.evaluation, 'vote', today) ? current.evaluation : null;
}

export async function createGroup(
  db: Kysely<DB>,
  actor: string,
  title: string,
  today = belgianToday(),
): Promise<Outcome<{ id: string }, GroupRefusal>> {
  const evaluation = await beforeVote(db, today);
  if (!evaluation) return fail('closed');
  const groups = await repo.groupsOf(db, evaluation.id, GROUPS_SHOWN);
  if (groups.length >= GROUPS_SHOWN) return invalidFields({ title: 'evaluation.groups.error.tooMany' }, { max: GROUPS_SHOWN });
  if (groups.some((g) => g.title.toLowerCase() === title.toLowerCase()))
    return invalidFields({ title: 'evaluation.groups.error.exists' });
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await repo.insertGroup(trx, { id, evaluation_id: evaluation.id, title, created_by: actor, created_at: now() });
    await audit(trx, { actor, action: 'evaluation.group_created', subjectType: 'evaluation_group', subjectId: id, details: { title } });
  });
  return ok({ id });
}

/** Puts a proposal in a group of the same evaluation, or (`groupId` null) out of any. */
export async function assignGroup(
  db: Kysely<DB>,
  actor: string,
  proposalId: string,
  groupId: string | null,
  today = belgianToday(),
): Promise<Outcome<null, GroupRefusal>> {
  const proposal = await repo.proposalById(db, proposalId);
  if (!proposal) return fail('notFound');
  const evaluation = await beforeVote(db, today);
  if (!evaluation || proposal.evaluation_id !== evaluation.id) return fail('closed');
  const group = groupId ? await repo.groupById(db, groupId) : null;
  if (groupId && group?.evaluation_id !== evaluation.id) return invalidFields({ [`group-${proposalId}`]: 'form.error.choose' });
  if (proposal.group_id === groupId) return ok(null);
  await db.transaction().execute(async (trx) => {
    await repo.setGroup(trx, proposalId, groupId, now());
    await audit(trx, {
      actor,
      action: 'evaluation.proposal_grouped',
      subjectType: 'evaluation_proposal',
      subjectId: proposalId,
      details: { from: proposal.group_id, to: groupId },
    });
  });
  return ok(null);
}
