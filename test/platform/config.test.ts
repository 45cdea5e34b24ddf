import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, loadConfig, proxyWarning } from '../../src/config.ts';

test('defaults serve a laptop: SQLite in ./data, port 3000, localhost', () => {
  const c = loadConfig({});
  assert.equal(c.port, 3000);
  assert.equal(c.host, '127.0.0.1');
  assert.equal(c.baseUrl, 'http://localhost:3000');
  assert.match(c.databaseUrl, /^sqlite:.*data[/\\]inclusio\.sqlite$/);
  assert.equal(c.secureCookies, false);
  assert.equal(c.trustProxy, false);
});

test('an https BASE_URL turns on secure cookies; empty variables count as unset', () => {
  const c = loadConfig({ BASE_URL: 'https://charter.example.be/', PORT: '', TRUST_PROXY: '1' });
  assert.equal(c.baseUrl, 'https://charter.example.be');
  assert.equal(c.secureCookies, true);
  assert.equal(c.port, 3000);
  assert.equal(c.trustProxy, 1);
});

test('a bad value stops the start with a message naming the variable', () => {
  assert.throws(() => loadConfig({ PORT: 'eighty' }), (e: unknown) => e instanceof ConfigError && /PORT/.test(e.message));
  assert.throws(() => loadConfig({ DATABASE_URL: 'mysql://x' }), /DATABASE_URL: must start with sqlite: or postgres/);
  assert.throws(() => loadConfig({ SESSION_SECRET: 'short' }), /SESSION_SECRET/);
});

test('TRUST_PROXY: a hop count or addresses; a warning when BASE_URL is https and it is unset', () => {
  assert.equal(loadConfig({ TRUST_PROXY: '2' }).trustProxy, 2);
  assert.equal(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.1' }).trustProxy, '10.0.0.0/8, 192.168.1.1');
  assert.throws(() => loadConfig({ TRUST_PROXY: 'yes please' }), /TRUST_PROXY/);
  assert.match(proxyWarning(loadConfig({ BASE_URL: 'https://charter.example.be' })) ?? '', /TRUST_PROXY is not set/);
  assert.equal(proxyWarning(loadConfig({ BASE_URL: 'https://charter.example.be', TRUST_PROXY: '1' })), null);
  assert.equal(proxyWarning(loadConfig({})), null, 'no warning on a laptop');
});

test('rate limits per minute: 300 pages and 60 API requests by default, 0 turns one off', () => {
  assert.deepEqual(loadConfig({}).rateLimit, { pagesPerMinute: 300, apiPerMinute: 60 });
  assert.deepEqual(loadConfig({ RATE_LIMIT_PAGES: '0', RATE_LIMIT_API: '10' }).rateLimit, {
    pagesPerMinute: 0,
    apiPerMinute: 10,
  });
});
