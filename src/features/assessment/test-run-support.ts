import assert from 'node:assert/strict';
import type { TestApp } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import { Client, type Response } from '../../../test/support/client.ts';

// Helpers for the run's tests: a signatory with an administrator, a plain member and a member
// named editor, and the addresses of its self-assessment.

export interface Signatory {
  org: { id: string; slug: string; name: string };
  admin: TestUser;
  member: TestUser;
  editor: TestUser;
}

export async function makeSignatory(t: TestApp, name = 'Vzw Digitaal Samen'): Promise<Signatory> {
  const [admin, member, editor] = [
    await createUser(t.db, { locale: 'en' }),
    await createUser(t.db, { locale: 'en' }),
    await createUser(t.db, { locale: 'en' }),
  ];
  const org = await createOrganisation(t.db, {
    name,
    members: [
      { user: admin, role: 'admin' },
      { user: member, role: 'member' },
      { user: editor, role: 'member' },
    ],
  });
  const client = await signedInClient(t, admin);
  const named = await client.submit(overviewUrl(org.id), { userId: editor.id }, `${overviewUrl(org.id)}/editors`);
  assert.equal(named.status, 303, 'the administrator names the editor');
  return { org, admin, member, editor };
}

export const overviewUrl = (orgId: string): string => `/en/organisations/${orgId}/assessment`;
export const runUrl = (orgId: string, runId: string): string => `${overviewUrl(orgId)}/runs/${runId}`;

/** Starts a run with `scope` (dimension → audiences) and returns its id, from the redirect. */
export async function startRun(
  client: Client,
  orgId: string,
  scope: Record<string, string[]>,
): Promise<{ runId: string; response: Response }> {
  const fields = Object.fromEntries(Object.entries(scope).map(([d, a]) => [`scope_${d}`, a]));
  const response = await client.submit(overviewUrl(orgId), fields, `${overviewUrl(orgId)}/runs`);
  assert.equal(response.status, 303, `the run starts: ${response.body.slice(0, 200)}`);
  const runId = /\/runs\/([^/]+)\//.exec(response.location ?? '')?.[1];
  assert.ok(runId, `redirected into the run: ${response.location}`);
  return { runId, response };
}

/** A tiny PDF: header, one empty object and the end marker, which is all the check reads. */
export const TINY_PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n', 'latin1');

export { Client };
