import type { Lang } from '../../src/platform/i18n/i18n.ts';
import { decide, type Permission } from '../../src/platform/auth/permissions.ts';
import { CODE_STEP_COOKIE, principalOfToken, SESSION_COOKIE } from '../../src/features/accounts/sessions.ts';
import { enrolWithKnownSecret, startEnrolment } from '../../src/features/accounts/service.ts';
import { sessionFor, TEST_TOTP_SECRET } from './accounts.ts';
import { DEMO_ACCOUNTS, seedDemo } from '../../src/cli/seed.ts';
import { addMs, newId, now } from '../../src/platform/db/sql.ts';
import { newToken } from '../../src/platform/auth/tokens.ts';
import { createToken } from '../../src/features/accounts/repository.ts';
import type { TokenKind } from '../../src/features/accounts/accounts.table.ts';
import type { TestApp } from './harness.ts';

export type DemoRole = 'anonymous' | (typeof DEMO_ACCOUNTS)[number]['role'];

export interface DemoPage {
  /** The route as registered, e.g. /:lang/organisations/:orgId/members. */
  route: string;
  /** The least powerful demo account that may open it and gets a page back. */
  who: DemoRole;
  path(lang: Lang): string;
  /** 200, or the status of a page that explains a problem (see EXPECTED_STATUS). */
  status: number;
  /** Cookies the page needs besides the session (the code step of sign-in has its own). */
  cookies?: Record<string, string>;
}

export interface DemoSite {
  /** A session token per demo account, for a cookie named `cookieName`. */
  sessions: Record<Exclude<DemoRole, 'anonymous'>, string>;
  cookieName: string;
  /** Every page the app shows under a language prefix, each with whom to open it as. */
  pages: DemoPage[];
  /** Routes that no demo account could open: each one is a finding. */
  unreachable: string[];
}

// Files are not pages.
const NOT_A_PAGE = /:file\b/;

// The demo has a secretariat, so the first-start set-up link is spent: the walk checks the page
// that says so (the journeys open a live one).
const EXPECTED_STATUS: Record<string, number> = { '/:lang/setup/:token': 410 };

/**
 * Loads the demo data and lists every GET page of the app with the account to open it as, so
 * that the page sweep and the weight test cover each page the route table holds, not a list
 * kept by hand. Path parameters point at the demo: the organisation admin's organisation, the
 * application that admin sent, the member to manage, a public signatory.
 */
export async function demoSite(t: TestApp): Promise<DemoSite> {
  await seedDemo(t.db);
  const secondFactorPages = await secondFactorStates(t);
  const sessions = {} as DemoSite['sessions'];
  for (const account of DEMO_ACCOUNTS) {
    const user = await t.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', account.email)
      .executeTakeFirstOrThrow();
    // The secretariat's session has proven its second factor, as after the code step.
    sessions[account.role] = await sessionFor(t.db, user.id);
  }
  const principals = {
    anonymous: null,
    'org-member': (await principalOfToken(t.db, sessions['org-member']))!,
    'org-admin': (await principalOfToken(t.db, sessions['org-admin']))!,
    secretariat: (await principalOfToken(t.db, sessions.secretariat))!,
  };
  const admin = principals['org-admin'];
  const application = await t.db
    .selectFrom('applications')
    .select('id')
    .where('applicant_user_id', '=', admin.userId)
    .executeTakeFirstOrThrow();
  const signatory = await t.db
    .selectFrom('organisations')
    .select('slug')
    .where('status', '=', 'signatory')
    .executeTakeFirstOrThrow();
  const params: Record<string, string> = {
    orgId: admin.memberships[0]!.orgId,
    applicationId: application.id,
    userId: principals['org-member'].userId,
    slug: signatory.slug,
    version: '1',
  };
  const tokens = await linksFromMails(t, admin.userId, principals['org-member'].userId, params.orgId!);
  const fill = (url: string, lang: Lang) =>
    url.replace(/:([A-Za-z]+)/g, (_, name: string) => {
      if (name === 'lang') return lang;
      if (name === 'token') return tokens[url] ?? 'unknown';
      return params[name] ?? 'unknown';
    });

  const pages: DemoPage[] = [];
  const unreachable: string[] = [];
  const routes = t.app.routeTable.filter(
    (r) => r.method === 'GET' && (r.url === '/:lang' || r.url.startsWith('/:lang/')) && !NOT_A_PAGE.test(r.url),
  );
  for (const route of routes) {
    const who = await firstRoleLetIn(route.url, route.permission);
    const status = EXPECTED_STATUS[route.url] ?? 200;
    const cookies = secondFactorPages[route.url];
    if (who) pages.push({ route: route.url, who, path: (lang) => fill(route.url, lang), status, ...(cookies ? { cookies } : {}) });
    else unreachable.push(route.url);
  }
  return { sessions, cookieName: SESSION_COOKIE, pages, unreachable };

  // Some pages check more than the route's permission (an application is shown to its own
  // applicant only), so the page itself must answer with the status expected of it too.
  async function firstRoleLetIn(url: string, permission: Permission): Promise<DemoRole | null> {
    for (const who of ['anonymous', 'org-member', 'org-admin', 'secretariat'] as const) {
      if (decide(permission, principals[who], params) !== 'allow') continue;
      const cookies: Record<string, string> = {
        ...(who === 'anonymous' ? {} : { [SESSION_COOKIE]: sessions[who] }),
        ...secondFactorPages[url],
      };
      const res = await t.app.inject({ method: 'GET', url: fill(url, 'en'), cookies });
      if (res.statusCode === (EXPECTED_STATUS[url] ?? 200)) return who;
    }
    return null;
  }
}

const DAY = 24 * 3600_000;

/**
 * Two-step sign-in in every state a page shows: the organisation admin has it (so its pages to
 * turn it off and to enter the code again open), the member is halfway through setting it up
 * (the page with the QR code), and someone is at the code step after the password (a cookie of
 * its own, kept for a day so a long sweep does not outlive it). Keyed by route: extra cookies.
 */
async function secondFactorStates(t: TestApp): Promise<Record<string, Record<string, string>>> {
  const id = async (role: DemoRole) => {
    const email = DEMO_ACCOUNTS.find((a) => a.role === role)!.email;
    return (await t.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
  };
  await enrolWithKnownSecret(t.db, await id('org-admin'), TEST_TOTP_SECRET);
  await startEnrolment(t.db, await id('org-member'));
  const step = await createToken(t.db, { kind: 'sign_in_code', userId: await id('secretariat'), ttlMs: DAY });
  return { '/:lang/sign-in/code': { [CODE_STEP_COOKIE]: step } };
}

/**
 * Live one-time links for the pages people reach from a mail, as the app would have sent them:
 * the executive's signing link, an invitation, a password reset, an address to verify or
 * confirm, the first-start set-up. Keyed by route.
 */
async function linksFromMails(
  t: TestApp,
  adminId: string,
  memberId: string,
  orgId: string,
): Promise<Record<string, string>> {
  const at = now();
  const until = addMs(at, DAY);
  const link = (kind: TokenKind, userId: string | null, payload: Record<string, string> = {}) =>
    createToken(t.db, { kind, userId, payload, ttlMs: DAY });

  const signing = newToken();
  const waiting = await t.db
    .selectFrom('applications')
    .select('id')
    .where('status', '=', 'awaiting_executive')
    .executeTakeFirstOrThrow();
  await t.db
    .updateTable('applications')
    .set({ token_hash: signing.hash, token_expires_at: until })
    .where('id', '=', waiting.id)
    .execute();

  const invitation = newToken();
  await t.db
    .insertInto('invitations')
    .values({
      id: newId(),
      org_id: orgId,
      email: 'new.colleague@example.org',
      role: 'member',
      token_hash: invitation.hash,
      invited_by: adminId,
      expires_at: until,
      accepted_at: null,
      created_at: at,
    })
    .execute();

  return {
    '/:lang/sign/confirm/:token': signing.token,
    '/:lang/invitations/:token': invitation.token,
    '/:lang/reset-password/:token': await link('reset_password', memberId, { email: 'member@example.org' }),
    '/:lang/verify-email/:token': await link('verify_email', memberId, { email: 'member@example.org' }),
    '/:lang/confirm-email/:token': await link('change_email', memberId, { email: 'member.new@example.org' }),
    '/:lang/setup/:token': await link('setup_admin', null),
  };
}
