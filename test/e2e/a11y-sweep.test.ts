import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { LANGS } from '../../src/platform/i18n/i18n.ts';
import { decide } from '../../src/platform/auth/permissions.ts';
import { createSession, SESSION_COOKIE } from '../../src/features/accounts/sessions.ts';
import { readSessionPrincipal } from './support/principal.ts';
import { seedDemo, DEMO_ACCOUNTS } from '../../src/cli/seed.ts';
import { engines } from '../support/engines.ts';
import { browserAvailable, launchBrowser, newContext, pageBasics, scrollsSideways } from './support/browser.ts';
import { axeViolationsWithoutScript, quickAxeViolations } from './support/axe.ts';
import { startServer, type RunningApp } from './support/server.ts';

/**
 * Opens every page the app has, in all four languages, as a person allowed to see it, with and
 * without JavaScript, and at 320 px: zero axe violations (WCAG 2.2 AA tags), the right lang,
 * one h1, a skip link, landmarks, hreflang alternates, no sideways scrolling.
 */
if (browserAvailable()) {
  // One engine is enough for what a page looks like; the journeys run on both.
  const engine = engines()[engines().length - 1]!;
  describe(`every page is accessible [${engine}]`, () => {
    let server: RunningApp;
    let browser: Browser;
    const sessions: Record<string, string> = {};
    const params: Record<string, string> = {};

    before(async () => {
      server = await startServer(engine);
      browser = await launchBrowser();
      await seedDemo(server.db);
      for (const account of DEMO_ACCOUNTS) {
        const user = await server.db.selectFrom('users').select('id').where('email', '=', account.email).executeTakeFirstOrThrow();
        sessions[account.role] = await createSession(server.db, user.id);
      }
      const admin = await readSessionPrincipal(server, sessions['org-admin']!);
      const orgId = admin.memberships[0]!.orgId;
      const org = await server.db.selectFrom('organisations').select(['slug']).where('status', '=', 'signatory').executeTakeFirstOrThrow();
      // The demo's organisation admin applied for their organisation; the member is the one to edit.
      const application = await server.db
        .selectFrom('applications')
        .select('id')
        .where('applicant_user_id', '=', admin.userId)
        .executeTakeFirstOrThrow();
      const member = await readSessionPrincipal(server, sessions['org-member']!);
      Object.assign(params, { orgId, slug: org.slug, applicationId: application.id, userId: member.userId, version: '1' });
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    // Every page in all four languages with JavaScript; without JavaScript in French (axe on a
    // copy, see support/axe.ts); at 320 px without JavaScript in Dutch (reflow and basics).
    const RUNS = [
      { javaScript: true, width: 1280, langs: LANGS, axe: true },
      { javaScript: false, width: 1280, langs: ['fr'] as const, axe: true },
      { javaScript: false, width: 320, langs: ['nl'] as const, axe: false },
    ];

    test('all pages, four languages, with and without JavaScript, at 320 px', async () => {
      const problems: string[] = [];
      const routes = server.app.routeTable.filter((r) => r.method === 'GET' && r.url.startsWith('/:lang') && !/:(token|file)\b/.test(r.url));
      for (const run of RUNS) {
        const context = await newContext(browser, { javaScript: run.javaScript, width: run.width });
        const mirrorContext = run.axe && !run.javaScript ? await newContext(browser, { javaScript: true, width: run.width }) : null;
        const mirror = mirrorContext ? await mirrorContext.newPage() : null;
        for (const route of routes) {
          const who = await pickRole(route.permission, route.url);
          if (!who) {
            problems.push(`${route.url}: no demo account can open it`);
            continue;
          }
          await context.clearCookies();
          if (who !== 'anonymous') await context.addCookies([{ name: SESSION_COOKIE, value: sessions[who]!, url: server.baseUrl }]);
          for (const lang of run.langs) {
            const path = route.url.replace(/:([A-Za-z]+)/g, (_, n: string) => (n === 'lang' ? lang : params[n] ?? 'unknown'));
            const page = await context.newPage();
            const res = await page.goto(server.baseUrl + path);
            if (!res || res.status() >= 400) problems.push(`${path} as ${who}: HTTP ${res?.status()}`);
            problems.push(...(await pageBasics(page, lang)));
            if (run.axe) problems.push(...(mirror ? await axeViolationsWithoutScript(page, mirror) : await quickAxeViolations(page)));
            if (run.width === 320 && (await scrollsSideways(page))) problems.push(`${path}: scrolls sideways at 320 px`);
            await page.close();
          }
        }
        await context.close();
        await mirrorContext?.close();
      }
      assert.deepEqual(problems, []);
    });

    /**
     * The least powerful demo account the permission policy lets in and the page itself accepts
     * (some pages also check ownership, such as an application's own applicant).
     */
    async function pickRole(permission: Parameters<typeof decide>[0], url: string) {
      const path = url.replace(/:([A-Za-z]+)/g, (_, n: string) => (n === 'lang' ? 'en' : params[n] ?? 'unknown'));
      for (const who of ['anonymous', 'org-member', 'org-admin', 'secretariat'] as const) {
        const principal = who === 'anonymous' ? null : await readSessionPrincipal(server, sessions[who]!);
        if (decide(permission, principal, params) !== 'allow') continue;
        const cookies: Record<string, string> = who === 'anonymous' ? {} : { [SESSION_COOKIE]: sessions[who]! };
        const res = await server.app.inject({ method: 'GET', url: path, cookies });
        if (res.statusCode < 400) return who;
      }
      return null;
    }
  });
}
