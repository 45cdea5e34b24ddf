import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { signatoryRoleOf } from '../organisations/service.ts';
import { isEditor } from './repository-runs.ts';

// Who may write an organisation's self-assessment: its administrators, and the members they
// name as assessment editors. Only while the organisation is a signatory: the seventh
// commitment is a signatory's, and an applicant, a withdrawn or a rejected organisation has
// none to assess (its members still read the runs it made). The membership is read again on
// every write, inside the write's transaction: a member who left keeps an editors row (they
// may come back) but no right, and an administrator who became a plain member keeps only what
// the editors row gives.

export type Writer = 'admin' | 'editor';

export async function writerRole(
  db: Kysely<DB> | Transaction<DB>,
  orgId: string,
  userId: string,
): Promise<Writer | null> {
  const role = await signatoryRoleOf(db, orgId, userId);
  if (role === 'admin') return 'admin';
  if (role === 'member' && (await isEditor(db, orgId, userId))) return 'editor';
  return null;
}
