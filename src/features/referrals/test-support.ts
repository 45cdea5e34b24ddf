import assert from 'node:assert/strict';
import type { TestApp } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, type TestUser } from '../../../test/support/accounts.ts';
import { Client } from '../../../test/support/client.ts';
import { newEnterpriseNumber } from '../../../test/support/enterprise-numbers.ts';

// Helpers for the referrals' tests: a signatory that invites (an admin and a member), another
// signatory's admin, and the executive's signature through the page of their personal link.

export { newEnterpriseNumber };

export interface World {
  admin: TestUser;
  member: TestUser;
  outsider: TestUser;
  secretary: TestUser;
  org: { id: string; slug: string; name: string };
  other: { id: string; slug: string; name: string };
}

export async function world(t: TestApp, name = 'Bank Alfa'): Promise<World> {
  const admin = await createUser(t.db, { locale: 'en' });
  const member = await createUser(t.db, { locale: 'nl' });
  const outsider = await createUser(t.db);
  const secretary = await createUser(t.db, { secretariat: true });
  const org = await createOrganisation(t.db, {
    name,
    enterpriseNumber: newEnterpriseNumber(),
    members: [
      { user: admin, role: 'admin' },
      { user: member, role: 'member' },
    ],
  });
  const other = await createOrganisation(t.db, { name: 'Vzw Beta', members: [{ user: outsider, role: 'admin' }] });
  return { admin, member, outsider, secretary, org, other };
}

/** The executive signs through the page of their personal link, as in signing's own tests. */
export async function executiveSigns(t: TestApp, email: string): Promise<void> {
  const mail = (await t.mails()).filter((m) => m.to.includes(email)).pop();
  const url = mail?.links.find((l) => l.includes('/sign/confirm/'));
  assert.ok(url, `a mail to ${email} with the executive's link`);
  const path = new URL(url).pathname;
  const executive = t.client();
  const page = await executive.get(path);
  const found = page.body.match(/name="textHash" value="([a-f0-9]{64})"/);
  assert.ok(found, `the signing page (${page.status}) holds the text's hash`);
  const res = await executive.post(
    path,
    { signerName: 'An Peeters', signerTitle: 'Voorzitter', commit: 'yes', textHash: found[1]!, action: 'sign' },
    Client.csrfOf(page.body),
  );
  assert.equal(res.status, 303, 'the executive signed');
}

/** The newest invitation of an organisation, as the database holds it. */
export const newestReferral = (t: TestApp, orgId: string) =>
  t.db
    .selectFrom('referrals')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
