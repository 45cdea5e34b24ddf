import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { buildApp } from '../../src/app.ts';
import type { Config } from '../../src/config.ts';
import { describeEachEngine, type TestApp } from '../support/harness.ts';
import { clearRateLimits } from '../support/accounts.ts';

/** The app on the test database with small limits (the harness turns them off). */
function limitedApp(t: TestApp, overrides: Partial<Config> = {}) {
  return buildApp({
    config: { ...t.config, rateLimit: { pagesPerMinute: 5, apiPerMinute: 3 }, ...overrides },
    database: { db: t.db, dialect: t.dialect, close: async () => {} },
    logger: false,
  });
}

describeEachEngine('platform: request limits per client address', (t) => {
  beforeEach(() => clearRateLimits(t().db));

  test('pages: over the limit a localised 429 page with Retry-After; another address goes on', async () => {
    const app = await limitedApp(t());
    try {
      const get = (url: string, remoteAddress: string) => app.inject({ method: 'GET', url, remoteAddress });
      for (let i = 0; i < 5; i++) assert.equal((await get('/nl/charter', '192.0.2.10')).statusCode, 200);
      const refused = await get('/nl/charter', '192.0.2.10');
      assert.equal(refused.statusCode, 429);
      assert.match(String(refused.headers['content-type']), /text\/html/);
      assert.match(refused.body, /<h1>Te veel aanvragen<\/h1>/);
      assert.match(refused.body, /Wacht één minuut/);
      const retry = Number(refused.headers['retry-after']);
      assert.ok(retry >= 1 && retry <= 60, `Retry-After ${retry}`);
      assert.ok(refused.headers['content-security-policy'], 'the security headers are there');
      // Forms count too, before the body is read.
      assert.equal(
        (await app.inject({ method: 'POST', url: '/fr/sign-in', remoteAddress: '192.0.2.10', payload: {} })).statusCode,
        429,
      );
      assert.equal((await get('/nl/charter', '192.0.2.11')).statusCode, 200, 'another address is not affected');
      assert.equal((await get('/healthz', '192.0.2.10')).statusCode, 200, 'health checks never count');
      const rows = await t().db.selectFrom('rate_limits').select('key').where('key', 'like', 'http:%').execute();
      assert.ok(rows.length >= 2);
      assert.ok(!rows.some((r) => r.key.includes('192.0.2')), 'addresses are stored as keyed hashes');
    } finally {
      await app.close();
    }
  });

  test('the API and the exports: a tighter limit, a JSON 429', async () => {
    const app = await limitedApp(t());
    try {
      const get = (url: string) => app.inject({ method: 'GET', url, remoteAddress: '192.0.2.20' });
      for (let i = 0; i < 3; i++) assert.equal((await get('/api/v1/signatories')).statusCode, 200);
      const refused = await get('/api/v1/signatories.csv');
      assert.equal(refused.statusCode, 429);
      assert.deepEqual(refused.json(), { error: 'tooManyRequests', statusCode: 429 });
      assert.ok(Number(refused.headers['retry-after']) >= 1);
      assert.equal((await get('/en/charter')).statusCode, 200, 'pages have their own count');
    } finally {
      await app.close();
    }
  });

  test('behind a proxy: with TRUST_PROXY each visitor has its own count; without, X-Forwarded-For is ignored', async () => {
    const proxied = await limitedApp(t(), { trustProxy: 1 });
    try {
      const via = (client: string) =>
        proxied.inject({
          method: 'GET',
          url: '/en/charter',
          remoteAddress: '10.0.0.2',
          headers: { 'x-forwarded-for': client },
        });
      for (let i = 0; i < 5; i++) assert.equal((await via('198.51.100.1')).statusCode, 200);
      assert.equal((await via('198.51.100.1')).statusCode, 429);
      assert.equal((await via('198.51.100.2')).statusCode, 200, 'the next visitor behind the same proxy goes on');
    } finally {
      await proxied.close();
    }
    await clearRateLimits(t().db);
    const direct = await limitedApp(t());
    try {
      // A client cannot dodge its limit by making up a forwarded address.
      for (let i = 0; i < 5; i++)
        await direct.inject({
          method: 'GET',
          url: '/en/charter',
          remoteAddress: '192.0.2.30',
          headers: { 'x-forwarded-for': `203.0.113.${i}` },
        });
      const sixth = await direct.inject({
        method: 'GET',
        url: '/en/charter',
        remoteAddress: '192.0.2.30',
        headers: { 'x-forwarded-for': '203.0.113.99' },
      });
      assert.equal(sixth.statusCode, 429);
    } finally {
      await direct.close();
    }
  });
});
