import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { describeEachEngine } from '../support/harness.ts';
import { createUser } from '../support/accounts.ts';
import { Client, type Response } from '../support/client.ts';
import { buildApp } from '../../src/app.ts';
import { openDatabase, type Database } from '../../src/platform/db/database.ts';
import { createSession, SESSION_COOKIE } from '../../src/features/accounts/sessions.ts';
import { pngImage } from '../../src/platform/files/test-images.ts';

// Malformed requests get the app's own localised page with every security header, at the
// status that says what was wrong, and never an error-level log line. The app here logs at
// info level into memory, so the test sees every line it writes.

interface LogLine {
  level: number;
  msg: string;
}
const ERROR_LEVEL = 50;

describeEachEngine('malformed requests', (t) => {
  let app: FastifyInstance;
  let database: Database;
  const log: LogLine[] = [];
  let session = '';

  before(async () => {
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n')) if (line) log.push(JSON.parse(line) as LogLine);
        done();
      },
    });
    database = openDatabase(t().config.databaseUrl);
    app = await buildApp({ config: { ...t().config, logLevel: 'info' }, database, logger: true, logStream: stream });
    // A route with its own file size, as a scan upload would declare it; it says what it received.
    app.post('/test/scan', { config: { permission: 'public', uploads: { maxFileBytes: 16 } } }, async (request) => {
      const file = (request.body as { scan?: { data: Buffer; truncated: boolean } }).scan;
      return { bytes: file?.data.length, truncated: file?.truncated };
    });
    await app.ready();
    session = await createSession(t().db, (await createUser(t().db)).id);
  });

  after(async () => {
    await app.close();
    await database.close();
  });

  /** A signed-in client and the CSRF token of the application form (an upload route). */
  async function signedIn(acceptLanguage = 'nl'): Promise<{ client: Client; token: string }> {
    const client = new Client(app, acceptLanguage);
    client.setCookie(SESSION_COOKIE, session);
    const page = await client.get('/fr/sign/apply');
    assert.equal(page.status, 200);
    return { client, token: Client.csrfOf(page.body) };
  }

  function assertPage(res: Response, status: number, lang: string, label: string) {
    assert.equal(res.status, status, `${label}: status`);
    assert.match(String(res.headers['content-type']), /^text\/html/, `${label}: an HTML page, not JSON`);
    assert.match(res.body, new RegExp(`<html lang="${lang}"`), `${label}: in the reader's language`);
    assert.match(String(res.headers['content-security-policy']), /default-src 'self'/, `${label}: CSP`);
    assert.equal(res.headers['x-content-type-options'], 'nosniff', `${label}: nosniff`);
    assert.ok(res.headers['x-frame-options'], `${label}: frame options`);
    assert.doesNotMatch(res.body, /FST_|node:internal|"statusCode"/, `${label}: no internals`);
  }

  function assertNoErrorLogged(label: string) {
    const errors = log.filter((l) => l.level >= ERROR_LEVEL);
    assert.deepEqual(errors, [], `${label}: no error-level log line`);
  }

  const part = (boundary: string, name: string, value: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const filePart = (boundary: string, name: string, data: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n${data}\r\n`;

  test('a bad percent-encoding in a path gets the localised 400 page with the security headers', async () => {
    const client = new Client(app, 'de');
    for (const [url, lang] of [
      ['/nl/signatories/%C3%28', 'nl'],
      ['/fr/organisations/%E0%A4%A/profile', 'fr'],
      ['/en/sign/applications/%FF', 'en'],
      ['/xx/signatories/%C3%28', 'de'],
    ] as const) {
      assertPage(await client.get(url), 400, lang, url);
      assertPage(await client.post(url, { a: 'b' }), 400, lang, `POST ${url}`);
    }
    assertNoErrorLogged('bad URLs');
  });

  test('multipart on a route that takes no file: 415, before any session or token check', async () => {
    const boundary = 'b0';
    const body = `${part(boundary, 'email', 'x@example.be')}--${boundary}--\r\n`;
    const anonymous = new Client(app, 'fr');
    const res = await anonymous.request('POST', '/fr/sign-in', body, `multipart/form-data; boundary=${boundary}`);
    assertPage(res, 415, 'fr', 'multipart to sign-in');
    // Even without a boundary, which the parser would choke on, nothing is parsed.
    assertPage(await anonymous.request('POST', '/fr/sign-in', body, 'multipart/form-data'), 415, 'fr', 'no boundary');
    assertNoErrorLogged('multipart where no file is taken');
  });

  test('on an upload route, the permission check comes before the body is read', async () => {
    const anonymous = new Client(app, 'nl');
    const res = await anonymous.request('POST', '/nl/sign/apply', 'garbage', 'multipart/form-data');
    assertPage(res, 401, 'nl', 'anonymous, malformed multipart');
    assertNoErrorLogged('anonymous upload');
  });

  test('malformed multipart with a valid session and token: the localised 400 page', async () => {
    const { client, token } = await signedIn();
    const b = 'b1';
    const post = (body: string, type = `multipart/form-data; boundary=${b}`) =>
      client.request('POST', '/fr/sign/apply', body, type);
    const cases: [string, string, string?][] = [
      ['no boundary', `${part(b, '_csrf', token)}--${b}--\r\n`, 'multipart/form-data'],
      ['an empty boundary', `${part(b, '_csrf', token)}--${b}--\r\n`, 'multipart/form-data; boundary='],
      ['the token part cut off', `--${b}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${token}`],
      ['a later part cut off', `${part(b, '_csrf', token)}--${b}\r\nContent-Disposition: form-data; name="legalName"\r\n\r\nAsbl`],
      ['a file cut off', `${part(b, '_csrf', token)}--${b}\r\nContent-Disposition: form-data; name="logo"; filename="a.png"\r\n\r\n\x89PNG`],
      ['too many fields', `${part(b, '_csrf', token)}${Array.from({ length: 100 }, (_, i) => part(b, `f${i}`, 'x')).join('')}--${b}--\r\n`],
      ['two files', `${part(b, '_csrf', token)}${filePart(b, 'logo', 'a')}${filePart(b, 'logo', 'b')}--${b}--\r\n`],
      ['a part without a name', `${part(b, '_csrf', token)}--${b}\r\nContent-Type: text/plain\r\n\r\nx\r\n--${b}--\r\n`],
      ['a prototype field name', `${part(b, '_csrf', token)}${part(b, '__proto__', 'x')}--${b}--\r\n`],
      ['a JSON field that is not JSON', `${part(b, '_csrf', token)}--${b}\r\nContent-Disposition: form-data; name="legalName"\r\nContent-Type: application/json\r\n\r\n{\r\n--${b}--\r\n`],
    ];
    for (const [label, body, type] of cases) {
      const res = await post(body, type);
      assert.ok(res.status >= 400 && res.status < 500, `${label}: ${res.status}`);
      assertPage(res, res.status === 403 ? 403 : 400, 'fr', label);
    }
    assertNoErrorLogged('malformed multipart');
  });

  test('the token must be the first multipart field, never in the URL', async () => {
    const { client, token } = await signedIn();
    const b = 'b2';
    const fileFirst = `${filePart(b, 'logo', 'x')}${part(b, '_csrf', token)}--${b}--\r\n`;
    const type = `multipart/form-data; boundary=${b}`;
    assertPage(await client.request('POST', '/fr/sign/apply', fileFirst, type), 403, 'fr', 'file before the token');
    const noToken = `${part(b, 'legalName', 'Asbl')}--${b}--\r\n`;
    const inQuery = await client.request('POST', `/fr/sign/apply?_csrf=${encodeURIComponent(token)}`, noToken, type);
    assertPage(inQuery, 403, 'fr', 'token in the query string');
    // The same form with the token first is read, checked and answered by the form itself.
    const good = await client.postMultipart('/fr/sign/apply', { legalName: 'Asbl Hostile' }, token, {
      field: 'logo',
      name: 'logo.png',
      type: 'image/png',
      data: pngImage(),
    });
    assert.equal(good.status, 400);
    assert.match(good.body, /value="Asbl Hostile"/);
    assert.match(good.body, /name="logoPending" value="[a-f0-9]{32}\.png"/, 'the logo was read and kept aside');
    assertNoErrorLogged('token placement');
  });

  test('a route sets its own file size; a larger file arrives cut off and marked so', async () => {
    const client = new Client(app, 'en');
    const token = Client.csrfOf((await client.get('/en/sign-in')).body);
    const file = (size: number) => ({ field: 'scan', name: 'scan.pdf', type: 'application/pdf', data: Buffer.alloc(size, 1) });
    const fits = await client.postMultipart('/test/scan', {}, token, file(16));
    assert.deepEqual(JSON.parse(fits.body), { bytes: 16, truncated: false });
    const cut = await client.postMultipart('/test/scan', {}, token, file(17));
    assert.deepEqual(JSON.parse(cut.body), { bytes: 16, truncated: true });
  });

  test('bad JSON and unknown content types on a form route get a page, not a 500', async () => {
    const { client } = await signedIn('en');
    for (const [label, body, type, status] of [
      ['bad JSON', '{"email": ', 'application/json', 400],
      ['JSON with a prototype key', '{"__proto__": {"x": 1}}', 'application/json', 400],
      ['XML', '<a/>', 'application/xml', 415],
      ['no type at all', 'email=x', '', 415],
      ['a made-up type', 'x', 'foo/bar; charset=utf-8', 415],
    ] as const) {
      const res = await client.request('POST', '/en/account/profile', body, type || undefined);
      assert.ok(res.status === status || res.status === 403, `${label}: ${res.status}`);
      assertPage(res, res.status, 'en', label);
    }
    // Plain text is read as text: no form, no token, so the CSRF check refuses it.
    assertPage(await client.request('POST', '/en/account/profile', 'name=x', 'text/plain'), 403, 'en', 'text/plain');
    assertNoErrorLogged('content types');
  });
});
