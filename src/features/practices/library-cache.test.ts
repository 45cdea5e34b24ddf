import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import { organisationProfile, saveProfileDetails } from '../organisations/service-registration.ts';
import zlib from 'node:zlib';
import { contentChanged, preferredEncoding } from '../../platform/http/page-cache.ts';
import { publishedPracticeFor } from './test-publish.ts';
import { adoptPractice } from './service-public.ts';
import { depsOf } from './test-support.ts';

// The library is served to anonymous readers from the page cache (ADR 0022). What matters is
// that nobody ever reads a stale page: every change a library page shows, made through the
// services by anyone, is seen at once; and that personal requests never touch the cache.

describeEachEngine('practices: the library through the page cache', (t) => {
  let admin: TestUser;
  let reviewer: TestUser;
  let orgId: string;
  let otherOrgId: string;
  let otherAdmin: TestUser;
  let slug: string;

  const get = (url: string, headers: Record<string, string> = {}) => t().app.inject({ method: 'GET', url, headers });

  before(async () => {
    admin = await createUser(t().db, { locale: 'en' });
    otherAdmin = await createUser(t().db, { locale: 'en' });
    reviewer = await createUser(t().db, { secretariat: true });
    orgId = (await createOrganisation(t().db, { status: 'signatory', members: [{ user: admin, role: 'admin' }] })).id;
    otherOrgId = (
      await createOrganisation(t().db, { status: 'signatory', members: [{ user: otherAdmin, role: 'admin' }] })
    ).id;
    slug = (await publishedPracticeFor(t(), { admin, reviewer, orgId }, { title: 'Walk-in help with forms' })).slug;
  });

  test('an anonymous reader gets the same page and ETag twice, and a 304 for the ETag it holds', async () => {
    const first = await get('/en/practices');
    const second = await get('/en/practices');
    assert.equal(first.statusCode, 200);
    assert.ok(first.headers.etag, 'a cacheable page has an ETag');
    assert.equal(second.headers.etag, first.headers.etag);
    assert.equal(second.body, first.body);
    assert.equal(second.headers['cache-control'], 'public, max-age=0, must-revalidate');
    assert.match(second.headers['content-type'] as string, /^text\/html/);
    const revalidated = await get('/en/practices', { 'if-none-match': first.headers.etag as string });
    assert.equal(revalidated.statusCode, 304);
    assert.equal(revalidated.body, '');
    // Another URL, another page.
    assert.notEqual((await get('/fr/practices')).headers.etag, first.headers.etag);
  });

  test('a cached page goes out compressed as the browser asks, the same page once unpacked', async () => {
    const plain = await get('/nl/practices');
    const br = await t().app.inject({ url: '/nl/practices', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(zlib.brotliDecompressSync(br.rawPayload).toString('utf8'), plain.body);
    const gz = await t().app.inject({ url: '/nl/practices', headers: { 'accept-encoding': 'gzip' } });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(zlib.gunzipSync(gz.rawPayload).toString('utf8'), plain.body);
    assert.equal(gz.headers.etag, plain.headers.etag);
    assert.equal(preferredEncoding('br;q=0, gzip;q=0.8'), 'gzip');
    assert.equal(preferredEncoding('identity'), null);
    assert.equal(preferredEncoding(undefined), null);
  });

  test('a practice published after the page was cached is on the next page at once, with a new ETag', async () => {
    const before = await get('/en/practices');
    await get('/en/practices');
    await publishedPracticeFor(t(), { admin, reviewer, orgId }, { title: 'Tablet lending at the library' });
    const after = await get('/en/practices');
    assert.match(after.body, /Tablet lending at the library/);
    assert.doesNotMatch(before.body, /Tablet lending at the library/);
    assert.notEqual(after.headers.etag, before.headers.etag);
    // The old ETag no longer matches: the browser gets the new page, not a 304.
    assert.equal((await get('/en/practices', { 'if-none-match': before.headers.etag as string })).statusCode, 200);
  });

  test('an organisation renamed, or an adoption, shows at once', async () => {
    await get('/en/practices');
    const profile = (await organisationProfile(t().db, orgId))!;
    await t()
      .db.transaction()
      .execute((trx) => saveProfileDetails(trx, orgId, { ...profile, legalName: 'Renamed Helpers vzw' }));
    assert.match((await get('/en/practices')).body, /Renamed Helpers vzw/);

    assert.doesNotMatch((await get('/en/practices')).body, /adopted by 1 organisation/);
    const adopted = await adoptPractice(depsOf(t()), otherAdmin.id, { slug, orgId: otherOrgId, note: null });
    assert.ok(adopted.ok);
    assert.match((await get('/en/practices')).body, /adopted by 1 organisation/);
  });

  test('the versions live in the database: a change marked by another process is seen', async () => {
    const before = await get('/en/practices');
    // What another app process does in its transaction when it changes a practice.
    await contentChanged(t().db, 'practices');
    const after = await get('/en/practices');
    assert.notEqual(after.headers.etag, before.headers.etag);
  });

  test('personal requests are never served from the cache nor stored in it', async () => {
    await get('/en/practices');
    const reader = await createUser(t().db, { locale: 'en' });
    const client = await signedInClient(t(), reader);
    const signedIn = await client.get('/en/practices');
    assert.equal(signedIn.status, 200);
    assert.equal(signedIn.headers['cache-control'], 'private, no-store');
    assert.equal(signedIn.headers.etag, undefined);
    assert.match(signedIn.body, new RegExp(reader.name));
    // A flash message waiting keeps the request out of the cache (the page shows it)…
    const withFlash = await get('/en/practices', { cookie: 'flash=practices.page.adopt.flash' });
    assert.equal(withFlash.headers.etag, undefined);
    // …but a form's token from another page does not: the reader gets the page everyone gets.
    const anonymous = await get('/en/practices');
    const withToken = await get('/en/practices', { cookie: '_csrf=abc' });
    assert.equal(withToken.headers.etag, anonymous.headers.etag);
    assert.equal(withToken.body, anonymous.body);
    // And the anonymous page never holds the signed-in person's name.
    assert.doesNotMatch((await get('/en/practices')).body, new RegExp(reader.name));
  });
});
