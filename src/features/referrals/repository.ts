import { sql, type Insertable, type Kysely, type Selectable, type Transaction, type Updateable } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { contentChanged } from '../../platform/http/page-cache.ts';
import type { ReferralCreditsTable, ReferralsTable, ReferralState } from './referrals.table.ts';

// The referrals' queries: one invitation by id or by its link's code, an organisation's list a
// page at a time, the invitations an organisation applied with, the credits and the kept totals.

type Db = Kysely<DB> | Transaction<DB>;
export type Referral = Selectable<ReferralsTable>;

/** A keyset position in an organisation's list: the last invitation shown, newest first. */
export interface Cursor {
  at: string;
  id: string;
}

export async function insertReferral(db: Db, row: Insertable<ReferralsTable>): Promise<void> {
  await db.insertInto('referrals').values(row).execute();
}

/** Rows per statement: 20 columns × 400 rows stays under both engines' limits on bound parameters. */
const CHUNK = 400;

export async function insertReferrals(db: Db, rows: Insertable<ReferralsTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK)
    await db
      .insertInto('referrals')
      .values(rows.slice(i, i + CHUNK))
      .execute();
}

export async function referralByToken(db: Db, token: string): Promise<Referral | undefined> {
  return db.selectFrom('referrals').selectAll().where('token', '=', token).executeTakeFirst();
}

export async function referralOf(db: Db, orgId: string, id: string): Promise<Referral | undefined> {
  return db.selectFrom('referrals').selectAll().where('id', '=', id).where('org_id', '=', orgId).executeTakeFirst();
}

/** Moves an invitation on, only from the states given: false when another request moved it first. */
export async function moveReferral(
  db: Db,
  id: string,
  from: readonly ReferralState[],
  set: Updateable<ReferralsTable>,
): Promise<boolean> {
  const res = await db
    .updateTable('referrals')
    .set(set)
    .where('id', '=', id)
    .where('state', 'in', [...from])
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** One more opening of the link; the first one's time is kept. */
export async function countOpening(db: Db, id: string, at: string): Promise<void> {
  await db
    .updateTable('referrals')
    .set((eb) => ({
      open_count: eb('open_count', '+', 1),
      first_opened_at: eb.fn.coalesce('first_opened_at', eb.val(at)),
    }))
    .where('id', '=', id)
    .execute();
}

/** One page of an organisation's invitations, newest first, on (org_id, created_at, id). */
export async function listPage(db: Db, orgId: string, after: Cursor | null, size: number): Promise<Referral[]> {
  let q = db.selectFrom('referrals').selectAll().where('org_id', '=', orgId);
  if (after)
    q = q.where((eb) =>
      eb.or([eb('created_at', '<', after.at), eb.and([eb('created_at', '=', after.at), eb('id', '<', after.id)])]),
    );
  return q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(size).execute();
}

/** The invitations an organisation applied with and that wait for its signature. */
export async function appliedWith(db: Db, appliedOrgId: string): Promise<Referral[]> {
  return db
    .selectFrom('referrals')
    .selectAll()
    .where('applied_org_id', '=', appliedOrgId)
    .where('state', '=', 'applied')
    .execute();
}

/** Records a credit once per pair: true when it is new. */
export async function insertCredit(db: Db, row: ReferralCreditsTable): Promise<boolean> {
  const inserted = await db
    .insertInto('referral_credits')
    .values(row)
    .onConflict((oc) => oc.columns(['inviter_org_id', 'invitee_org_id']).doNothing())
    .returning('invitee_org_id')
    .execute();
  return inserted.length > 0;
}

export type Counter = 'sent' | 'opened' | 'applied' | 'signed' | 'brought_in';

/** The content name of the counts a signatory's profile shows ("brought in N", ADR 0022). */
export const REFERRALS_CONTENT = 'referrals';

/** Adds `by` to one of an organisation's counts for a year (ADR 0024's pattern: kept by the write). */
export async function bump(db: Db, orgId: string, year: number, counter: Counter, by = 1): Promise<void> {
  const zero = { sent: 0, opened: 0, applied: 0, signed: 0, brought_in: 0 };
  await db
    .insertInto('referral_totals')
    .values({ org_id: orgId, year, ...zero, [counter]: by })
    .onConflict((oc) =>
      oc.columns(['org_id', 'year']).doUpdateSet({ [counter]: sql`${sql.ref(`referral_totals.${counter}`)} + ${by}` }),
    )
    .execute();
  await contentChanged(db, REFERRALS_CONTENT);
}

export type TotalsRow = Selectable<DB['referral_totals']>;

/** An organisation's kept counts, every year (a handful of rows on the primary key). */
export async function totalsOf(db: Db, orgId: string): Promise<TotalsRow[]> {
  return db.selectFrom('referral_totals').selectAll().where('org_id', '=', orgId).execute();
}
