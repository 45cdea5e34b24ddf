import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { CommitmentPart, CommitmentsOrg } from '../../platform/feature.ts';
import * as repo from './repository.ts';
import type { Referral } from './repository.ts';

// What the pages read: an organisation's invitations a page at a time, and its part of the nine
// commitments (commitment 5) from the kept counts, never by counting invitations.

export const PAGE_SIZE = 20;
export type { Referral };

export interface ListPage {
  items: Referral[];
  next: string | null;
}

export const encodeCursor = (c: repo.Cursor): string => Buffer.from(`${c.at}~${c.id}`).toString('base64url');

export function decodeCursor(token: unknown): repo.Cursor | null {
  if (typeof token !== 'string' || token.length === 0 || token.length > 200) return null;
  const m = /^([0-9T:.Z-]{10,30})~([A-Za-z0-9-]{1,64})$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  return m ? { at: m[1]!, id: m[2]! } : null;
}

export async function referralList(
  db: Kysely<DB>,
  orgId: string,
  after: repo.Cursor | null,
  size = PAGE_SIZE,
): Promise<ListPage> {
  const rows = await repo.listPage(db, orgId, after, size + 1);
  const items = rows.slice(0, size);
  const last = items[items.length - 1];
  return { items, next: rows.length > size && last ? encodeCursor({ at: last.created_at, id: last.id }) : null };
}

export interface Counts {
  sent: number;
  opened: number;
  applied: number;
  signed: number;
  broughtIn: number;
}

/** An organisation's counts for one year, and the organisations it brought in over all years. */
export async function countsOf(
  db: Kysely<DB>,
  orgId: string,
  year: number,
): Promise<{ year: Counts; allTime: number }> {
  const rows = await repo.totalsOf(db, orgId);
  const mine = rows.find((r) => Number(r.year) === year);
  return {
    year: {
      sent: Number(mine?.sent ?? 0),
      opened: Number(mine?.opened ?? 0),
      applied: Number(mine?.applied ?? 0),
      signed: Number(mine?.signed ?? 0),
      broughtIn: Number(mine?.brought_in ?? 0),
    },
    allTime: rows.reduce((sum, r) => sum + Number(r.brought_in), 0),
  };
}

/**
 * Commitment 5 at a glance. The space: the year's invitations (sent, opened, applied, signed) and
 * the organisations brought in that year, with where to invite and follow them. The profile: the
 * organisations brought in over all years (a credit does not lapse with the calendar).
 */
export async function commitments(
  db: Kysely<DB>,
  { id: orgId }: CommitmentsOrg,
  year: number,
  scope: 'space' | 'public',
): Promise<CommitmentPart[]> {
  const counts = await countsOf(db, orgId, year);
  if (scope === 'public') {
    if (counts.allTime === 0) return [];
    return [
      { commitment: 5, done: [{ key: 'referrals.commitment.public', values: { count: counts.allTime } }], more: [] },
    ];
  }
  const c = counts.year;
  const done: CommitmentPart['done'] = [];
  if (c.sent + c.opened + c.applied + c.signed > 0)
    done.push({
      key: 'referrals.commitment.space',
      values: { sent: c.sent, opened: c.opened, applied: c.applied, signed: c.signed },
    });
  if (c.broughtIn > 0) done.push({ key: 'referrals.commitment.broughtIn', values: { count: c.broughtIn } });
  return [
    {
      commitment: 5,
      done,
      more: [
        { path: `/organisations/${orgId}/referrals/email`, label: 'referrals.more.invite' },
        { path: `/organisations/${orgId}/referrals`, label: 'referrals.more.list' },
      ],
    },
  ];
}
