import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../support/harness.ts';
import { createOrganisation, createUser, signedInClient, type TestUser } from '../support/accounts.ts';
import { decide } from '../../src/platform/auth/permissions.ts';
import type { Principal } from '../../src/platform/auth/principal.ts';
import { Client } from '../support/client.ts';

type Role = 'anonymous' | 'other-org member' | 'member' | 'org admin' | 'secretariat';
const ROLES: Role[] = ['anonymous', 'other-org member', 'member', 'org admin', 'secretariat'];

/**
 * Walks every route the app has registered, as every role, and checks that exactly what the
 * route's declared permission allows gets through — and that nothing answers 500, even a POST
 * with an empty form.
 */
describeEachEngine('every route for every role', (t) => {
  const users = {} as Record<Exclude<Role, 'anonymous'>, TestUser>;
  let org: { id: string; slug: string };

  before(async () => {
    const { db } = t();
    users.member = await createUser(db);
    users['org admin'] = await createUser(db);
    users['other-org member'] = await createUser(db);
    users.secretariat = await createUser(db, { secretariat: true });
    org = await createOrganisation(db, {
      members: [
        { user: users['org admin'], role: 'admin' },
        { user: users.member, role: 'member' },
      ],
    });
    await createOrganisation(db, { members: [{ user: users['other-org member'], role: 'admin' }] });
  });

  function principalFor(role: Role): Principal | null {
    if (role === 'anonymous') return null;
    const u = users[role];
    return {
      userId: u.id,
      sessionIdHash: '',
      name: u.name,
      email: u.email,
      locale: 'en',
      emailVerified: true,
      isSecretariat: role === 'secretariat',
      memberships:
        role === 'member' || role === 'org admin'
          ? [{ orgId: org.id, orgSlug: org.slug, orgName: '', role: role === 'org admin' ? 'admin' : 'member' }]
          : role === 'other-org member'
            ? [{ orgId: 'another', orgSlug: '', orgName: '', role: 'admin' }]
            : [],
    };
  }

  function fill(url: string): { path: string; params: Record<string, string> } {
    const params: Record<string, string> = {};
    const path = url.replace(/:([A-Za-z]+)/g, (_, name: string) => {
      const value =
        name === 'lang' ? 'en' : name === 'orgId' ? org.id : name === 'slug' ? org.slug : name === 'token' ? 'x'.repeat(43) : `unknown-${name}`;
      params[name] = value;
      return value;
    });
    return { path, params };
  }

  async function clientFor(role: Role): Promise<Client> {
    // A fresh session per request: a sign-out route walked earlier must not spoil later checks.
    return role === 'anonymous' ? t().client() : signedInClient(t(), users[role]);
  }

  async function csrfToken(client: Client): Promise<string> {
    // The gallery is secretariat-only; the sign-in page has a form for everyone else.
    for (const page of ['/en/sign-in', '/en/account', '/en/secretariat/gallery']) {
      const res = await client.get(page);
      if (res.status === 200 && res.body.includes('name="_csrf"')) return Client.csrfOf(res.body);
    }
    throw new Error('no page with a form to take a CSRF token from');
  }

  test('the app declares routes, each with a permission', () => {
    const table = t().app.routeTable;
    assert.ok(table.length > 5, 'routes registered');
    for (const r of table) assert.ok(r.permission, `${r.method} ${r.url}`);
  });

  test('each role reaches exactly what it may', async () => {
    const failures: string[] = [];
    for (const route of t().app.routeTable) {
      if (route.url.startsWith('/assets/')) continue;
      const { path, params } = fill(route.url);
      for (const role of ROLES) {
        const client = await clientFor(role);
        const expected = decide(route.permission, principalFor(role), params);
        const res =
          route.method === 'GET'
            ? await client.get(path)
            : route.method === 'POST'
              ? await client.post(path, {}, await csrfToken(client))
              : null;
        if (!res) continue;
        // A refused GET redirects (to sign in, or to the account page that says what is missing);
        // a refused POST answers 401/403. A POST may itself end in /sign-in (signing out).
        const redirectedAway =
          route.method === 'GET' &&
          res.status === 303 &&
          ((res.location ?? '').includes('/sign-in') ||
            (['verified', 'anonymous-only'].includes(route.permission) && (res.location ?? '').endsWith('/account')));
        const denied = res.status === 401 || res.status === 403 || redirectedAway;
        const label = `${route.method} ${route.url} as ${role}: ${res.status}`;
        if (res.status >= 500) failures.push(`${label} (server error)`);
        else if (expected === 'allow' && denied) failures.push(`${label} (should be allowed)`);
        else if (expected !== 'allow' && !denied) failures.push(`${label} (should be refused)`);
      }
    }
    assert.deepEqual(failures, []);
  });

  test('a POST without a CSRF token is refused', async () => {
    const client = await signedInClient(t(), users.member);
    const res = await client.post('/en/sign-out', {});
    assert.equal(res.status, 403);
  });
});

