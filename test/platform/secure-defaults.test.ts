import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import type { Config } from '../../src/config.ts';
import { describeEachEngine, type TestApp } from '../support/harness.ts';
import { Client } from '../support/client.ts';
import { createUser, signInThroughForm, TEST_PASSWORD } from '../support/accounts.ts';

/** A second app on the same database, with other settings (HTTPS, say). */
async function appWith(t: TestApp, overrides: Partial<Config>, extra?: (app: FastifyInstance) => void) {
  const app = await buildApp({
    config: { ...t.config, ...overrides },
    database: { db: t.db, dialect: t.dialect, close: async () => {} },
    logger: false,
  });
  extra?.(app);
  return app;
}

function setCookies(res: { headers: Record<string, unknown> }): string[] {
  return [res.headers['set-cookie'] ?? []].flat() as string[];
}

describeEachEngine('platform: cookies, closed-by-default permissions, refusals in the audit log', (t) => {
  test('behind HTTPS the session, CSRF and flash cookies are __Host- and Secure; on HTTP plain names', async () => {
    const user = await createUser(t().db);
    const https = await appWith(t(), { baseUrl: 'https://inclusio.example', secureCookies: true });
    try {
      const c = new Client(https);
      c.remoteAddress = '192.0.2.200';
      const form = await c.get('/en/sign-in');
      const csrf = setCookies(form).find((l) => l.startsWith('__Host-_csrf='));
      assert.ok(csrf, `CSRF cookie: ${setCookies(form).join(' | ')}`);
      assert.match(csrf, /; Path=\/(;|$)/);
      assert.match(csrf, /; Secure/);
      assert.doesNotMatch(csrf, /Domain=/i);
      const signedIn = await signInThroughForm(c, user.email, TEST_PASSWORD);
      assert.equal(signedIn.status, 303);
      const sid = setCookies(signedIn).find((l) => l.startsWith('__Host-sid='));
      assert.ok(sid, 'session cookie');
      assert.match(sid, /; Path=\/; HttpOnly; Secure; SameSite=Lax/);
      assert.equal((await c.get('/en/account')).status, 200, 'the __Host- session cookie is read back');
      const out = await c.submit('/en/account', {}, '/en/sign-out');
      const flash = setCookies(out).find((l) => l.startsWith('__Host-flash='));
      assert.ok(flash, 'flash cookie');
      assert.match(flash, /Secure/);
      assert.match((await c.get('/en')).body, /You are signed out/);
      assert.ok(!setCookies(out).some((l) => /^(sid|flash|_csrf)=/.test(l)), 'no plain-named cookie over HTTPS');
    } finally {
      await https.close();
    }

    const c = t().client();
    c.remoteAddress = '192.0.2.201';
    const plain = await signInThroughForm(c, user.email, TEST_PASSWORD);
    const names = setCookies(plain).map((l) => l.split('=')[0]);
    assert.ok(names.includes('sid'), names.join());
    assert.ok(!setCookies(plain).some((l) => /Secure/.test(l)), 'no Secure flag on plain HTTP (a laptop)');
  });

  test('a route whose permission went missing is refused (403), not served', async () => {
    const app = await appWith(t(), {}, (a) => {
      // After the start-up check has seen a permission, take it away again.
      a.addHook('onRoute', (route) => {
        if (route.url === '/test-only/open' && route.config)
          delete (route.config as { permission?: string }).permission;
      });
      a.get('/test-only/open', { config: { permission: 'public' } }, async () => 'served');
    });
    try {
      const res = await app.inject({ method: 'GET', url: '/test-only/open', headers: { 'accept-language': 'en' } });
      assert.equal(res.statusCode, 403);
      assert.notEqual(res.body, 'served');
      assert.equal(
        (await app.inject({ method: 'GET', url: '/en/no-such-page' })).statusCode,
        404,
        'unknown URLs stay 404',
      );
    } finally {
      await app.close();
    }
  });

  test('a refused permission and a failed CSRF check leave audit lines with a keyed address hash', async () => {
    const user = await createUser(t().db);
    await t()
      .db.deleteFrom('audit_log')
      .where('action', 'in', ['platform.permission_refused', 'platform.csrf_refused'])
      .execute();
    const c = t().client();
    c.remoteAddress = '192.0.2.202';
    await signInThroughForm(c, user.email, TEST_PASSWORD);
    // An ordinary account on a secretariat page.
    const forbidden = await c.get('/en/secretariat');
    assert.equal(forbidden.status, 403);
    // A form posted with a wrong token.
    const csrf = await c.post('/en/account/profile', { name: 'X', locale: 'en' }, 'not-the-token');
    assert.equal(csrf.status, 403);
    const lines = await t()
      .db.selectFrom('audit_log')
      .select(['action', 'actor_user_id', 'subject_id', 'details'])
      .where('action', 'in', ['platform.permission_refused', 'platform.csrf_refused'])
      .orderBy('at')
      .execute();
    assert.deepEqual(
      lines.map((l) => [l.action, l.actor_user_id, l.subject_id]),
      [
        ['platform.permission_refused', user.id, 'GET /:lang/secretariat'],
        ['platform.csrf_refused', user.id, 'POST /:lang/account/profile'],
      ],
    );
    for (const line of lines) {
      assert.match((JSON.parse(line.details) as { client: string }).client, /^[0-9a-f]{32}$/);
      assert.doesNotMatch(line.details, /192\.0\.2/);
    }
  });
});
