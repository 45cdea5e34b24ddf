import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { Client } from '../../../test/support/client.ts';
import { localPath } from '../../../test/support/accounts.ts';
import { openTestCycle } from './test-support.ts';
import { reporter, type Reporter } from './test-submit-support.ts';

// The statement of continued support: an administrator names the executive, who signs through a
// personal one-time link; the signature keeps the SHA-256 of the exact text shown.

describeEachEngine('reports: the executive signs the statement', (t) => {
  let r: Reporter;
  const statement = () => t().db.selectFrom('report_statements').selectAll().where('report_id', '=', r.reportId).executeTakeFirst();

  /** Asks for the signature through the page and returns the link the executive got by mail. */
  async function send(email: string): Promise<string> {
    const sent = await r.adminClient.submit(`${r.base}/statement`, { name: 'Ann Peeters', email, role: 'Managing director' });
    assert.equal(sent.status, 303);
    const mail = (await t().mails()).filter((m) => m.to === email).at(-1);
    assert.ok(mail, 'the executive got a mail');
    const link = mail.links.find((l) => l.includes('/reports/statements/'));
    assert.ok(link, 'the mail holds the personal link');
    return localPath(link);
  }

  before(async () => {
    await openTestCycle(t().db, 2025);
    r = await reporter(t(), 2025, { name: 'Digitaal Huis Gent' });
  });

  test('a member reads the page but may not send the link', async () => {
    const page = await r.memberClient.get(`${r.base}/statement`);
    assert.equal(page.status, 200);
    assert.match(page.body, /No one has been asked to sign yet/);
    assert.doesNotMatch(page.body, /Send the link/);
    const csrf = Client.csrfOf(page.body);
    assert.equal((await r.memberClient.post(`${r.base}/statement`, { name: 'X', email: 'x@example.be' }, csrf)).status, 403);
  });

  test('a bad address is refused with the typed values kept', async () => {
    const refused = await r.adminClient.submit(`${r.base}/statement`, { name: 'Ann Peeters', email: 'not an address', role: 'Director' });
    assert.equal(refused.status, 400);
    assert.match(refused.body, /value="Ann Peeters"/);
    assert.match(refused.body, /value="not an address"/);
    assert.equal(await statement(), undefined);
  });

  test('the link works once: the executive signs, and the hash is that of the exact text shown', async () => {
    const link = await send('ann@example.be');
    const row = await statement();
    assert.ok(row?.token_hash && row.expires_at);
    assert.ok(!link.includes(row.token_hash), 'only the hash of the token is stored');
    const executive = t().client();
    const page = await executive.get(link);
    assert.equal(page.status, 200);
    const text =
      'On behalf of Digitaal Huis Gent, I confirm our continued support for the Charter for Digital Inclusion and its nine commitments, and I endorse this report for 2025.';
    assert.ok(page.body.includes(text), 'the statement is shown');
    const hash = createHash('sha256').update(text, 'utf8').digest('hex');
    assert.ok(page.body.includes(hash), 'its fingerprint is shown');

    const unticked = await executive.submit(link, { signedName: 'Ann Peeters', textHash: hash });
    assert.equal(unticked.status, 400);
    assert.match(unticked.body, /Tick the box to confirm that you sign/);
    assert.match(unticked.body, /value="Ann Peeters"/);

    const signed = await executive.submit(link, { signedName: 'Ann Peeters-Dubois', commit: 'yes', textHash: hash });
    assert.equal(signed.status, 303);
    const after = await statement();
    assert.equal(after?.signed_name, 'Ann Peeters-Dubois');
    assert.ok(after?.signed_at);
    assert.equal(after?.text_hash, hash);
    const audit = await t().db.selectFrom('audit_log').select('details').where('action', '=', 'reports.statement_signed').executeTakeFirst();
    assert.ok(audit?.details.includes(hash));

    // Spent: the link now says so, and posting again changes nothing.
    const again = await executive.get(link);
    assert.equal(again.status, 200);
    assert.match(again.body, /Statement signed/);
    assert.doesNotMatch(again.body, /Sign the statement/);
    const replay = await executive.post(link, { signedName: 'Someone Else', commit: 'yes', textHash: hash }, Client.csrfOf(page.body));
    assert.equal(replay.status, 200);
    assert.equal((await statement())?.signed_name, 'Ann Peeters-Dubois');

    // Signed is final: the organisation cannot send a new link over it.
    const page2 = await r.adminClient.get(`${r.base}/statement`);
    assert.match(page2.body, /Signed by Ann Peeters-Dubois/);
    assert.doesNotMatch(page2.body, /Send a new link/);
    const refused = await r.adminClient.post(`${r.base}/statement`, { name: 'Bob', email: 'bob@example.be' }, Client.csrfOf(page2.body));
    assert.equal(refused.status, 400);
    assert.match(refused.body, /The statement has already been signed/);
  });

  test('sending again replaces the link; an unknown or expired link gets a clear page', async () => {
    const other = await reporter(t(), 2025, { name: 'Lire et Écrire Namur' });
    r = other;
    const first = await send('ceo@example.be');
    const second = await send('ceo@example.be');
    assert.notEqual(first, second);
    const executive = t().client();
    const dead = await executive.get(first);
    assert.equal(dead.status, 404);
    assert.match(dead.body, /This link does not work/);
    const unknown = await executive.get('/en/reports/statements/nonsense');
    assert.equal(unknown.status, 404);
    await t().db.updateTable('report_statements').set({ expires_at: '2000-01-01T00:00:00.000Z' }).where('report_id', '=', r.reportId).execute();
    const expired = await executive.get(second);
    assert.equal(expired.status, 410);
    assert.match(expired.body, /This link has expired/);
    const csrf = Client.csrfOf((await executive.get('/en/sign-up')).body);
    const posted = await executive.post(second, { signedName: 'X', commit: 'yes', textHash: 'a'.repeat(64) }, csrf);
    assert.equal(posted.status, 410);
    assert.equal((await statement())?.signed_at, null);
    const audit = await t().db.selectFrom('audit_log').select('action').where('subject_id', '=', r.reportId).execute();
    assert.deepEqual(audit.map((a) => a.action).sort(), ['reports.statement_requested', 'reports.statement_resent']);
  });

  test('signed in French, the French text is what is hashed', async () => {
    r = await reporter(t(), 2025, { name: 'Centre Numérique Liège' });
    const link = (await send('dir@example.be')).replace(/^\/en\//, '/fr/');
    const executive = t().client();
    const page = await executive.get(link);
    const text =
      'Au nom de Centre Numérique Liège, je confirme notre soutien continu à la Charte pour l’inclusion numérique et à ses neuf engagements, et j’approuve le présent rapport pour l’année 2025.';
    assert.ok(page.body.includes(text));
    const hash = createHash('sha256').update(text, 'utf8').digest('hex');
    assert.equal((await executive.submit(link, { signedName: 'Marie Lambert', commit: 'yes', textHash: hash })).status, 303);
    const row = await statement();
    assert.equal(row?.text_hash, hash);
    assert.equal(row?.lang, 'fr');
  });
});
