import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type {
  EvaluationCommentsTable,
  EvaluationGroupsTable,
  EvaluationProposalsTable,
} from './evaluation.table.ts';

// Plain queries on proposals, their comments, supports and groups. Lists are keyset pages on
// (created_at, id), read one row more than shown to know whether a next page exists.

type Db = Kysely<DB> | Transaction<DB>;
export type ProposalRow = Selectable<EvaluationProposalsTable>;
export type CommentRow = Selectable<EvaluationCommentsTable>;
export type GroupRow = Selectable<EvaluationGroupsTable>;
export interface Cursor {
  at: string;
  id: string;
}

export async function insertProposal(
  db: Db,
  row: Omit<ProposalRow, 'support_count' | 'comment_count' | 'yes_count' | 'no_count' | 'abstain_count'>,
): Promise<void> {
  await db.insertInto('evaluation_proposals').values(row).execute();
}

export function proposalById(db: Db, id: string): Promise<ProposalRow | undefined> {
  return db.selectFrom('evaluation_proposals').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface ListFilter {
  commitment: number | null;
  groupId: string | null;
}

/** A page of an evaluation's open proposals, oldest first. */
export function openProposals(
  db: Db,
  evaluationId: string,
  filter: ListFilter,
  after: Cursor | null,
  limit: number,
): Promise<ProposalRow[]> {
  let q = db
    .selectFrom('evaluation_proposals')
    .selectAll()
    .where('evaluation_id', '=', evaluationId)
    .where('status', '=', 'open');
  if (filter.commitment !== null) q = q.where('commitment', '=', filter.commitment);
  if (filter.groupId !== null) q = q.where('group_id', '=', filter.groupId);
  if (after)
    q = q.where((eb) =>
      eb.or([eb('created_at', '>', after.at), eb.and([eb('created_at', '=', after.at), eb('id', '>', after.id)])]),
    );
  return q.orderBy('created_at').orderBy('id').limit(limit).execute();
}

export async function addToProposalCount(db: Db, evaluationId: string, by: 1 | -1): Promise<void> {
  await db
    .updateTable('evaluations')
    .set({ proposal_count: sql<number>`proposal_count + ${by}` })
    .where('id', '=', evaluationId)
    .execute();
}

export async function withdraw(db: Db, proposalId: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('evaluation_proposals')
    .set({ status: 'withdrawn', updated_at: at })
    .where('id', '=', proposalId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

// ——— comments ———

export function commentsOf(db: Db, proposalId: string, after: Cursor | null, limit: number): Promise<CommentRow[]> {
  let q = db.selectFrom('evaluation_comments').selectAll().where('proposal_id', '=', proposalId);
  if (after)
    q = q.where((eb) =>
      eb.or([eb('created_at', '>', after.at), eb.and([eb('created_at', '=', after.at), eb('id', '>', after.id)])]),
    );
  return q.orderBy('created_at').orderBy('id').limit(limit).execute();
}

export async function insertComment(db: Db, row: CommentRow): Promise<void> {
  await db.insertInto('evaluation_comments').values(row).execute();
  await db
    .updateTable('evaluation_proposals')
    .set({ comment_count: sql<number>`comment_count + 1` })
    .where('id', '=', row.proposal_id)
    .execute();
}

// ——— supports ———

/** Which of these organisations support the proposal (a person's few organisations). */
export async function supportingAmong(db: Db, proposalId: string, orgIds: readonly string[]): Promise<Set<string>> {
  if (orgIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('evaluation_supports')
    .select('org_id')
    .where('proposal_id', '=', proposalId)
    .where('org_id', 'in', orgIds)
    .execute();
  return new Set(rows.map((r) => r.org_id));
}

/** One support per organisation: true when this one is new (the count then moves up). */
export async function addSupport(db: Db, proposalId: string, orgId: string, by: string, at: string): Promise<boolean> {
  const result = await db
    .insertInto('evaluation_supports')
    .values({ proposal_id: proposalId, org_id: orgId, supported_by: by, supported_at: at })
    .onConflict((oc) => oc.columns(['proposal_id', 'org_id']).doNothing())
    .executeTakeFirst();
  const added = Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  if (added) await moveSupportCount(db, proposalId, 1);
  return added;
}

export async function removeSupport(db: Db, proposalId: string, orgId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('evaluation_supports')
    .where('proposal_id', '=', proposalId)
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  const removed = Number(result.numDeletedRows) > 0;
  if (removed) await moveSupportCount(db, proposalId, -1);
  return removed;
}

async function moveSupportCount(db: Db, proposalId: string, by: 1 | -1): Promise<void> {
  await db
    .updateTable('evaluation_proposals')
    .set({ support_count: sql<number>`support_count + ${by}` })
    .where('id', '=', proposalId)
    .execute();
}

// ——— groups ———

/** An evaluation's groups, in the order they were made (a few dozen at most). */
export function groupsOf(db: Db, evaluationId: string, limit: number): Promise<GroupRow[]> {
  return db
    .selectFrom('evaluation_groups')
    .selectAll()
    .where('evaluation_id', '=', evaluationId)
    .orderBy('created_at')
    .orderBy('id')
    .limit(limit)
    .execute();
}

export function groupById(db: Db, id: string): Promise<GroupRow | undefined> {
  return db.selectFrom('evaluation_groups').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertGroup(db: Db, row: GroupRow): Promise<void> {
  await db.insertInto('evaluation_groups').values(row).execute();
}

export async function setGroup(db: Db, proposalId: string, groupId: string | null, at: string): Promise<void> {
  await db.updateTable('evaluation_proposals').set({ group_id: groupId, updated_at: at }).where('id', '=', proposalId).execute();
}
