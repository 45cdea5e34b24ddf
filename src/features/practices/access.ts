import type { Dialect } from '../../platform/db/database.ts';
import { signatoryRoleOf } from '../organisations/service.ts';
import type { Trx } from './outcome.ts';
import type { Practice, Revision } from './repository.ts';

// Who may do what, checked again inside each change's transaction: the route's permission read
// the session, which may be older than a role change or a withdrawal.

/** The person's role in this signatory organisation, or null (organisations' one check). */
export const roleIn = (trx: Trx, orgId: string, userId: string) => signatoryRoleOf(trx, orgId, userId);

/** The practice, locked for the change on PostgreSQL (SQLite runs one writer at a time). */
export async function lockPractice(trx: Trx, dialect: Dialect, practiceId: string): Promise<Practice | undefined> {
  let query = trx.selectFrom('practices').selectAll().where('id', '=', practiceId);
  if (dialect === 'postgres') query = query.forUpdate();
  return query.executeTakeFirst();
}

/**
 * Whether the secretariat may read a revision: once its organisation has sent it (submitted,
 * then returned, published or superseded), but never a draft nobody has submitted yet, which is
 * the organisation's own work in progress.
 */
export function isReviewable(revision: Pick<Revision, 'status' | 'submitted_at'>): boolean {
  return revision.status !== 'draft' || revision.submitted_at !== null;
}
