import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { now } from '../../platform/db/sql.ts';
import { createOrganisation, createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import type { Client } from '../../../test/support/client.ts';
import type { TestApp } from '../../../test/support/harness.ts';
import { insertTestReport, signedOn, type TestReport } from './test-support.ts';

// For the tests of targets, the statement, submitting, amendments and totals: an organisation
// with an administrator and a member, its report for a year, and the two steps that make a
// draft ready to submit without going through the editor.

export interface Reporter {
  org: { id: string; slug: string; name: string };
  admin: TestUser;
  member: TestUser;
  adminClient: Client;
  memberClient: Client;
  reportId: string;
  base: string;
}

const REGION_BIT = { brussels: 1, flanders: 2, wallonia: 4, german_community: 8 } as const;

export async function reporter(
  t: TestApp,
  year: number,
  opts: {
    name?: string;
    sector?: 'public' | 'private' | 'nonprofit';
    regions?: (keyof typeof REGION_BIT)[];
    signedAt?: string;
    report?: TestReport;
  } = {},
): Promise<Reporter> {
  const admin = await createUser(t.db, { locale: 'en' });
  const member = await createUser(t.db, { locale: 'en' });
  const org = await createOrganisation(t.db, {
    name: opts.name,
    members: [
      { user: admin, role: 'admin' },
      { user: member, role: 'member' },
    ],
  });
  const region_bits = (opts.regions ?? ['brussels']).reduce((bits, r) => bits | REGION_BIT[r], 0);
  await t.db.updateTable('organisations').set({ sector: opts.sector ?? 'nonprofit', region_bits }).where('id', '=', org.id).execute();
  await signedOn(t.db, org.id, opts.signedAt);
  const reportId = await insertTestReport(t.db, org.id, year, { status: 'draft', ...opts.report });
  return {
    org,
    admin,
    member,
    adminClient: await signedInClient(t, admin),
    memberClient: await signedInClient(t, member),
    reportId,
    base: `/en/organisations/${org.id}/reports/${year}`,
  };
}

/** Every section confirmed, as the editor leaves a report whose sections were all checked. */
export async function confirmSections(db: Kysely<DB>, reportId: string): Promise<void> {
  await db.updateTable('report_sections').set({ confirmed: 1 }).where('report_id', '=', reportId).execute();
}

/** A statement already signed (the link's own flow is tested in statement.test.ts). */
export async function signedStatement(db: Kysely<DB>, reportId: string, by = 'Ann Executive'): Promise<void> {
  const at = now();
  await db
    .insertInto('report_statements')
    .values({
      report_id: reportId,
      executive_name: by,
      executive_email: 'ceo@example.be',
      lang: 'en',
      requested_by: 'test',
      requested_at: at,
      text_hash: 'a'.repeat(64),
      signed_name: by,
      signed_at: at,
    })
    .execute();
}

/** The totals row of a year and scope. */
export async function totalsOf(db: Kysely<DB>, year: number, scope: 'all' | 'sector' | 'region', code = '') {
  return db.selectFrom('report_totals').selectAll().where('year', '=', year).where('scope', '=', scope).where('code', '=', code).executeTakeFirst();
}
