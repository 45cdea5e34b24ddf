import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { sql } from 'kysely';
import { describeEachEngine } from '../support/harness.ts';
import { createOrganisation, createUser, signedInClient, type TestUser } from '../support/accounts.ts';
import { Client, type Response } from '../support/client.ts';
import { newId, now } from '../../src/platform/db/sql.ts';
import { newToken } from '../../src/platform/auth/tokens.ts';
import { currentVersion } from '../../src/features/charter/service.ts';
import { ACCESS, ROLES, type Outcome, type Role } from './route-access.ts';
import { practiceForOrg, savePractice } from '../../src/features/practices/service.ts';

/**
 * Walks every route the app has registered, as every role, and checks each answer against the
 * table written by hand in route-access.ts (never against the permission the route declares: a
 * route declared too weakly must fail here). Then posts to every state-changing route without a
 * CSRF token and with a wrong one, as a role that may otherwise use it, and expects 403 and no
 * change in the database.
 */
describeEachEngine('every route for every role', (t) => {
  const users = {} as Record<Exclude<Role, 'anonymous'>, TestUser>;
  let org: { id: string; slug: string };
  let params: Record<string, string>;

  before(async () => {
    const { db } = t();
    users.member = await createUser(db);
    users.admin = await createUser(db);
    users.other = await createUser(db);
    users.secretariat = await createUser(db, { secretariat: true });
    // The person the admin may manage (change role, remove), so the walk never removes `member`.
    const managed = await createUser(db);
    org = await createOrganisation(db, {
      members: [
        { user: users.admin, role: 'admin' },
        { user: users.member, role: 'member' },
        { user: managed, role: 'member' },
      ],
    });
    await createOrganisation(db, { members: [{ user: users.other, role: 'admin' }] });

    // An application of the organisation, waiting for its executive: a decision on it (with an
    // empty form) is refused by the service, so the walk changes nothing.
    const applicationId = newId();
    const at = now();
    await db
      .insertInto('applications')
      .values({
        id: applicationId,
        org_id: org.id,
        status: 'awaiting_executive',
        applicant_user_id: users.admin.id,
        contact_name: users.admin.name,
        contact_email: users.admin.email,
        executive_name: 'An Peeters',
        executive_title: 'Voorzitter',
        executive_email: 'an.peeters@example.be',
        executive_lang: 'nl',
        charter_version_id: (await currentVersion(db))!.id,
        token_hash: newToken().hash,
        token_expires_at: new Date(Date.now() + 86_400_000).toISOString(),
        submitted_at: at,
        executive_answered_at: null,
        decided_at: null,
        decided_by: null,
        decision_reason: null,
        info_request: null,
        erased_at: null,
        updated_at: at,
      })
      .execute();
    const invitationId = newId();
    await db
      .insertInto('invitations')
      .values({
        id: invitationId,
        org_id: org.id,
        email: 'invited@example.be',
        role: 'member',
        token_hash: newToken().hash,
        invited_by: users.admin.id,
        expires_at: new Date(Date.now() + 86_400_000).toISOString(),
        accepted_at: null,
        created_at: at,
      })
      .execute();
    // A practice of the organisation, an unchecked draft: the walk's empty forms and its submit
    // are refused (400, or 409), and the secretariat may not see a revision never submitted
    // (404), so the walk changes nothing.
    const practice = await savePractice(
      { db, dialect: t().dialect, config: t().config, events: t().app.deps.events },
      users.admin.id,
      { orgId: org.id, practiceId: null },
      { kind: 'draft', lang: 'nl', values: { title: 'Een klad' } },
    );
    assert.ok(practice.ok);
    const revisionId = (await practiceForOrg(db, org.id, practice.value.practiceId))!.working!.revision.id;
    const css = (await t().client().get('/en')).body.match(/\/assets\/([^"]+\.css)/);
    assert.ok(css, 'the home page links its style sheet');
    params = {
      lang: 'en',
      orgId: org.id,
      slug: org.slug,
      file: css[1]!,
      version: '1',
      applicationId,
      invitationId,
      practiceId: practice.value.practiceId,
      // A draft's slug is its id: the public practice pages answer 404 for it.
      practiceSlug: practice.value.practiceId,
      revisionId,
      // Following: the draft practice, which is not published, so no one may follow it.
      subjectKind: 'practice',
      subjectId: practice.value.practiceId,
      // No such report: closing it is the secretariat's 404, so the walk closes nothing.
      reportId: 'no-such-report',
      // No such obstacle: its pages answer 404 and its forms change nothing.
      obstacleSlug: 'no-such-obstacle',
      ownObstacleSlug: 'no-such-obstacle',
      actionSlug: 'no-such-action',
      milestoneId: 'no-such-milestone',
      indicatorId: 'no-such-indicator',
      obstacleId: 'no-such-obstacle',
      // No such post: every exchange page about one is a 404, so the walk changes nothing.
      postId: 'no-such-post',
      // No such activity: its edit and delete pages are a 404, so the walk changes nothing.
      activityId: 'no-such-activity',
      // No such campaign: its pages are a 404 and its forms change nothing.
      campaignSlug: 'no-such-campaign',
      campaignId: 'no-such-campaign',
      materialId: 'no-such-material',
      // A dimension of the assessment framework's version 1 (keys stay the same across versions).
      dimension: 'leadership',
      userId: managed.id,
      // The self-assessment: no such run, so its pages are a 404 and its forms change nothing.
      runId: 'no-such-run',
      audience: 'employees',
      // Reports: a year without a cycle, so a cycle's, a report's and a period's pages are a 404 and their forms change nothing.
      year: '2019',
      commitment: '1',
      targetId: 'no-such-target',
      from: '2017',
      to: '2019',
      // The joint evaluation: no such proposal, so its pages are a 404 and its forms change nothing.
      proposalId: 'no-such-proposal',
      // A token nobody was given: the page that explains a broken link.
      token: 'x'.repeat(43),
    };
  });

  function fill(url: string): string {
    // Logos are files uploaded by applicants; none here, so the walk asks for one that is absent.
    if (url.startsWith('/media/logos/')) return url.replace(':file', 'absent.png');
    return url.replace(/:([A-Za-z]+)/g, (_, name: string) => {
      const value = params[name];
      assert.ok(value, `route parameter :${name} has no value in the walk: add one to params`);
      return value;
    });
  }

  async function clientFor(role: Role): Promise<Client> {
    // A fresh session per request: a sign-out route walked earlier must not spoil later checks.
    return role === 'anonymous' ? t().client() : signedInClient(t(), users[role]);
  }

  /** A valid CSRF token for the client's own session, from the first page that has a form for it. */
  async function csrfToken(client: Client): Promise<string> {
    for (const page of ['/en/sign-in', '/en/account/profile', '/en/secretariat/settings']) {
      const res = await client.get(page);
      if (res.status === 200 && res.body.includes('name="_csrf"')) return Client.csrfOf(res.body);
    }
    throw new Error('no page with a form to take a CSRF token from');
  }

  /** What a person gets, in the words of the table. */
  function outcomeOf(method: string, res: Response): Outcome | `${number}` {
    const location = res.location ?? '';
    if (res.status === 401 || (res.status === 303 && /\/sign-in\?next=/.test(location))) return 'sign-in';
    if (method === 'GET' && res.status === 303 && /^\/[a-z]{2}\/account$/.test(location)) return 'account';
    if (res.status === 403) return '403';
    if (res.status === 404) return '404';
    // Too many requests or a server error is never in the table: the walk must not meet either.
    if (res.status >= 500 || res.status === 429) return `${res.status}`;
    // A GET sent elsewhere (not to sign in, not to the account page): a page it did not show.
    if (method === 'GET' && res.status >= 300 && res.status < 400) return 'redirect';
    // Through the checks: a page, or the handler's own answer to a form (PRG redirect, 400, 409).
    return 'ok';
  }

  const key = (method: string, url: string) => `${method} ${url}`;

  test('the table has one row per route, and every route has a row', () => {
    const inApp = t()
      .app.routeTable.map((r) => key(r.method, r.url))
      .sort();
    const inTable = [...ACCESS.keys()].sort();
    assert.deepEqual(
      inApp.filter((r) => !ACCESS.has(r)),
      [],
      'routes without a row in test/platform/route-access.ts: add one, by hand',
    );
    assert.deepEqual(
      inTable.filter((r) => !inApp.includes(r)),
      [],
      'rows for routes the app no longer has: remove them',
    );
  });

  test('each role gets exactly what the table says', async () => {
    const failures: string[] = [];
    for (const route of t().app.routeTable) {
      const expected = ACCESS.get(key(route.method, route.url));
      if (!expected || (route.method !== 'GET' && route.method !== 'POST')) continue;
      const path = fill(route.url);
      const actual: string[] = [];
      for (const role of ROLES) {
        const client = await clientFor(role);
        const res =
          route.method === 'GET' ? await client.get(path) : await client.post(path, {}, await csrfToken(client));
        actual.push(outcomeOf(route.method, res));
      }
      if (actual.some((a, i) => a !== expected[i]))
        failures.push(
          `${key(route.method, route.url)}\n    table: ${expected.join(' ')}\n    got:   ${actual.join(' ')}`,
        );
    }
    assert.equal(failures.join('\n'), '', `(roles: ${ROLES.join(' ')})`);
  });

  /** Every row of every table, to show that a refused request changed nothing. */
  async function snapshot(): Promise<Map<string, string[]>> {
    const all = new Map<string, string[]>();
    for (const table of await t().db.introspection.getTables()) {
      if (table.name.startsWith('kysely_')) continue;
      const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table.name)}`.execute(t().db);
      all.set(table.name, rows.map((r) => JSON.stringify(r)).sort());
    }
    return all;
  }

  function changes(before: Map<string, string[]>, after: Map<string, string[]>): string[] {
    const changed: string[] = [];
    for (const [table, rows] of after) {
      const old = new Set(before.get(table) ?? []);
      const added = rows.filter((r) => !old.has(r));
      const gone = (before.get(table) ?? []).filter((r) => !rows.includes(r));
      // A refusal may itself be audited (the CSRF failure); nothing else may appear.
      const unexpected = table === 'audit_log' ? added.filter((r) => !/csrf/i.test(r)) : added;
      if (unexpected.length || gone.length) changed.push(`${table}: +${unexpected.length} -${gone.length}`);
    }
    return changed;
  }

  test('every state change without a CSRF token, or with a wrong one, is refused and changes nothing', async () => {
    const failures: string[] = [];
    let walked = 0;
    for (const route of t().app.routeTable) {
      if (route.method === 'GET' || route.url.startsWith('/api/')) continue;
      const expected = ACCESS.get(key(route.method, route.url))!;
      // A role the permission lets through, so that only the token can be what refuses it.
      const index = expected.findIndex((o) => o === 'ok' || o === '404');
      assert.ok(index >= 0, `${key(route.method, route.url)}: no role in the table may use it`);
      const role = ROLES[index]!;
      const path = fill(route.url);
      const someoneElse = await csrfToken(await clientFor(role === 'anonymous' ? 'member' : 'anonymous'));
      for (const [how, token] of [
        ['without a token', undefined],
        ['with a token of another session', someoneElse],
        ['with a made-up token', 'not-a-token'],
      ] as const) {
        const client = await clientFor(role);
        await csrfToken(client); // the client holds its own CSRF secret, as a browser would
        const before = await snapshot();
        const res = await client.post(
          path,
          { reason: 'x', message: 'x', email: 'x@example.be', role: 'member' },
          token,
        );
        const changed = changes(before, await snapshot());
        if (res.status !== 403 || changed.length)
          failures.push(`${key(route.method, route.url)} as ${role} ${how}: ${res.status} ${changed.join(', ')}`);
        walked++;
      }
    }
    assert.ok(walked > 60, `walked ${walked} posts`);
    assert.deepEqual(failures, []);
  });
});
