import type { Lang } from '../../src/platform/i18n/i18n.ts';
import { decide, type Permission } from '../../src/platform/auth/permissions.ts';
import { CODE_STEP_COOKIE, principalOfToken, SESSION_COOKIE } from '../../src/features/accounts/sessions.ts';
import { enrolWithKnownSecret, startEnrolment } from '../../src/features/accounts/service.ts';
import { createToken } from '../../src/features/accounts/repository.ts';
import { sessionFor, TEST_TOTP_SECRET } from './accounts.ts';
import { DEMO_ACCOUNTS, seedDemo } from '../../src/cli/seed.ts';
import type { DemoPages, DemoPeople } from '../../src/platform/feature.ts';
import type { TestApp } from './harness.ts';

export type DemoRole = 'anonymous' | (typeof DEMO_ACCOUNTS)[number]['role'];

export interface DemoPage {
  /** The route as registered, e.g. /:lang/organisations/:orgId/members. */
  route: string;
  /** The least powerful demo account that may open it and gets a page back. */
  who: DemoRole;
  path(lang: Lang): string;
  /** 200, or the status of a page that explains a problem (see expectedStatus). */
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

// Files and feeds are not pages (an upload, the printable paper form, the Atom and iCalendar
// feeds, spreadsheets).
const NOT_A_PAGE = /:file\b|\/files\/:|\.pdf$|\.atom$|\.ics$|\.csv$|\.xlsx$/;

/**
 * Loads the demo data and lists every GET page of the app with the account to open it as, so
 * that the page sweep and the weight test cover each page the route table holds, not a list
 * kept by hand. Each feature says what its path parameters and one-time tokens are on the demo
 * data (its manifest's `demoPages`): the organisation admin's organisation, the application that
 * admin sent, the member to manage, a public signatory, live links as the app would mail them.
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
    'org-member': (await principalOfToken(t.db, sessions['org-member'], t.registry.membershipsOf))!,
    'org-admin': (await principalOfToken(t.db, sessions['org-admin'], t.registry.membershipsOf))!,
    secretariat: (await principalOfToken(t.db, sessions.secretariat, t.registry.membershipsOf))!,
  };
  const people: DemoPeople = {
    'org-member': principals['org-member'],
    'org-admin': principals['org-admin'],
    secretariat: principals.secretariat,
  };
  const { params, tokens, status: expectedStatus, routeParams } = await collectDemoPages(t, people);
  const fill = (url: string, lang: Lang) =>
    url.replace(/:([A-Za-z]+)/g, (_, name: string) => {
      if (name === 'lang') return lang;
      if (name === 'token') return tokens[url] ?? 'unknown';
      return routeParams[url]?.[name] ?? params[name] ?? 'unknown';
    });

  const pages: DemoPage[] = [];
  const unreachable: string[] = [];
  const routes = t.app.routeTable.filter(
    (r) => r.method === 'GET' && (r.url === '/:lang' || r.url.startsWith('/:lang/')) && !NOT_A_PAGE.test(r.url),
  );
  for (const route of routes) {
    const who = await firstRoleLetIn(route.url, route.permission);
    const status = expectedStatus[route.url] ?? 200;
    const cookies = secondFactorPages[route.url];
    if (who)
      pages.push({
        route: route.url,
        who,
        path: (lang) => fill(route.url, lang),
        status,
        ...(cookies ? { cookies } : {}),
      });
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
      if (res.statusCode === (expectedStatus[url] ?? 200)) return who;
    }
    return null;
  }
}

/** Every feature's demo parameters, merged; a name two features give different values is a mistake. */
async function collectDemoPages(t: TestApp, people: DemoPeople): Promise<Required<DemoPages>> {
  const all: Required<DemoPages> = { params: {}, tokens: {}, status: {}, routeParams: {} };
  for (const feature of t.registry.features) {
    const pages = await feature.demoPages?.(t.db, people);
    for (const [route, values] of Object.entries(pages?.routeParams ?? {})) {
      if (all.routeParams[route]) throw new Error(`${feature.name} gives ${route}'s parameters again`);
      all.routeParams[route] = values;
    }
    for (const part of ['params', 'tokens', 'status'] as const) {
      for (const [name, value] of Object.entries(pages?.[part] ?? {})) {
        const taken = (all[part] as Record<string, unknown>)[name];
        if (taken !== undefined && taken !== value)
          throw new Error(`${feature.name} gives ${part} ${name} another value`);
        (all[part] as Record<string, unknown>)[name] = value;
      }
    }
  }
  return all;
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
