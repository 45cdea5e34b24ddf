import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import { Client } from '../../../test/support/client.ts';
import {
  applicationIdFrom,
  ensureCharter,
  executiveLink,
  submitApplication,
  validApplication,
} from './test-support.ts';

// Each route of this feature, as each kind of visitor, with real and made-up ids and an empty
// form: the permission holds and nothing ends in a server error.

type Role = 'anonymous' | 'applicant' | 'stranger' | 'secretariat';
const ROLES: Role[] = ['anonymous', 'applicant', 'stranger', 'secretariat'];

const ROUTES: { method: 'GET' | 'POST'; url: string; allowed: Role[] }[] = [
  { method: 'GET', url: '/fr/sign', allowed: ROLES },
  { method: 'GET', url: '/fr/sign/apply', allowed: ['applicant', 'stranger', 'secretariat'] },
  { method: 'GET', url: '/fr/sign/apply?invitedBy=:id', allowed: ['applicant', 'stranger', 'secretariat'] },
  { method: 'POST', url: '/fr/sign/apply', allowed: ['applicant', 'stranger', 'secretariat'] },
  { method: 'GET', url: '/fr/sign/applications/:id', allowed: ['applicant'] },
  { method: 'POST', url: '/fr/sign/applications/:id/resend', allowed: ['applicant'] },
  { method: 'POST', url: '/fr/sign/applications/:id/reply', allowed: ['applicant'] },
  { method: 'GET', url: '/fr/sign/confirm/:token', allowed: ROLES },
  { method: 'POST', url: '/fr/sign/confirm/:token', allowed: ROLES },
  { method: 'GET', url: '/fr/secretariat', allowed: ['secretariat'] },
  { method: 'GET', url: '/fr/secretariat/applications', allowed: ['secretariat'] },
  { method: 'GET', url: '/fr/secretariat/applications?status=:id&after=:id', allowed: ['secretariat'] },
  { method: 'GET', url: '/fr/secretariat/applications/:id', allowed: ['secretariat'] },
  { method: 'POST', url: '/fr/secretariat/applications/:id/approve', allowed: ['secretariat'] },
  { method: 'POST', url: '/fr/secretariat/applications/:id/reject', allowed: ['secretariat'] },
  { method: 'POST', url: '/fr/secretariat/applications/:id/request-info', allowed: ['secretariat'] },
];

describeEachEngine('signing routes for every visitor', (t) => {
  const users = {} as Record<Exclude<Role, 'anonymous'>, TestUser>;
  let applicationId = '';
  let token = '';

  before(async () => {
    await ensureCharter(t());
    users.applicant = await createUser(t().db);
    users.stranger = await createUser(t().db);
    users.secretariat = await createUser(t().db, { secretariat: true });
    applicationId = applicationIdFrom(
      await submitApplication(
        await signedInClient(t(), users.applicant),
        validApplication({ executiveEmail: 'walk@example.be' }),
      ),
    );
    token = (await executiveLink(t(), 'walk@example.be')).token;
  });

  async function clientFor(role: Role): Promise<{ client: Client; csrf: string }> {
    const client = role === 'anonymous' ? t().client() : await signedInClient(t(), users[role]);
    // The executive's page has a form for anyone; its token serves every POST of this client.
    const page = await client.get(`/fr/sign/confirm/${token}`);
    return { client, csrf: Client.csrfOf(page.body) };
  }

  test('every route: the right people get in, nobody gets a 500', async () => {
    const failures: string[] = [];
    for (const role of ROLES) {
      const { client, csrf } = await clientFor(role);
      for (const route of ROUTES) {
        for (const id of [applicationId, '00000000-0000-0000-0000-000000000000', '..%2F..%2Fetc', '%00']) {
          const url = route.url.replaceAll(':id', id).replace(':token', id === applicationId ? 'x'.repeat(43) : id);
          const res = route.method === 'GET' ? await client.get(url) : await client.post(url, {}, csrf);
          const denied =
            res.status === 401 ||
            res.status === 403 ||
            (res.status === 303 && (res.location ?? '').includes('/sign-in'));
          const label = `${route.method} ${url} as ${role}: ${res.status}`;
          if (res.status >= 500) failures.push(`${label} (server error)`);
          // A made-up id may be "not found" for those allowed; for the others it must be refused.
          else if (
            !route.allowed.includes(role) &&
            !denied &&
            !(
              route.url.includes(':id') &&
              res.status === 404 &&
              role !== 'anonymous' &&
              route.url.startsWith('/fr/sign/')
            )
          ) {
            failures.push(`${label} (should be refused)`);
          } else if (route.allowed.includes(role) && denied) failures.push(`${label} (should be allowed)`);
        }
      }
    }
    assert.deepEqual(failures, []);
  });
});
