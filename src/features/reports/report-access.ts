import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { fail, invalid } from '../../platform/outcome.ts';
import { isAdmin } from '../organisations/service.ts';
import { reportOf, type ReportRow } from './repository-submit.ts';

// Who may change a report's targets, statement, submission or amendments: an administrator of its
// organisation, read again inside the change's transaction (the route's permission was checked
// when the request came in; the role may have changed since).

/** The years a report address may name; anything else is not looked up. */
export function reportYear(raw: unknown): number | null {
  const year = typeof raw === 'string' && /^\d{4}$/.test(raw) ? Number(raw) : NaN;
  return year >= 2000 && year <= 2999 ? year : null;
}

export type WriteRefusal = { ok: false; errors: Record<string, string>; error: 'notFound' | 'forbidden' | 'invalid' };

/** The report an administrator changes, or why not; `state` says whether it must still be a draft or already be submitted. */
export async function reportToChange(
  trx: Transaction<DB>,
  actor: string,
  orgId: string,
  year: number,
  state: 'draft' | 'submitted',
): Promise<{ ok: true; report: ReportRow } | WriteRefusal> {
  if (!(await isAdmin(trx, orgId, actor))) return fail('forbidden');
  const report = await reportOf(trx, orgId, year);
  if (!report) return fail('notFound');
  if (report.status !== state) {
    const key = state === 'draft' ? 'reports.submit.error.alreadySubmitted' : 'reports.amend.error.notSubmitted';
    return { ...invalid({ _form: key }), error: 'invalid' };
  }
  return { ok: true, report };
}

/** The report a member reads, or null. */
export function reportToRead(db: Kysely<DB>, orgId: string, year: number) {
  return reportOf(db, orgId, year);
}
