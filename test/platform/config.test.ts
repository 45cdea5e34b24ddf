import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, loadConfig } from '../../src/config.ts';

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
