import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from '../support/harness.ts';

describeEachEngine('platform basics', (t) => {
  test('healthz and readyz answer', async () => {
    const c = t().client();
    assert.equal((await c.get('/healthz')).status, 200);
    const ready = await c.get('/readyz');
    assert.equal(ready.status, 200);
    assert.deepEqual(JSON.parse(ready.body), { status: 'ok' });
  });

  test('/ redirects by Accept-Language, defaulting to Dutch', async () => {
    const c = t().client();
    c.acceptLanguage = 'de-BE,de;q=0.9,en;q=0.5';
    assert.equal((await c.get('/')).location, '/de');
    c.acceptLanguage = 'es';
    assert.equal((await c.get('/')).location, '/nl');
  });

  test('an unknown language prefix and an unknown page give a localised 404', async () => {
    const c = t().client();
    const res = await c.get('/fr/nothing-here');
    assert.equal(res.status, 404);
    assert.match(res.body, /<html lang="fr"/);
    assert.match(res.body, /Page introuvable/);
    assert.equal((await c.get('/xx')).status, 404);
  });

  test('pages carry a strict CSP without unsafe-inline', async () => {
    const res = await t().client().get('/en');
    const csp = String(res.headers['content-security-policy']);
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
  });
});
