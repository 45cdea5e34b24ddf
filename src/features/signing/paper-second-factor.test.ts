// Recording a signature on paper asks for a recent second factor, like an approval. The form
// takes a while to fill in: when the code is asked in the middle of sending it, the scan is set
// aside and comes back with the typed values, so nothing has to be chosen or typed again.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createUser, nextTotpCode, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import { Client } from '../../../test/support/client.ts';
import { addMs, now } from '../../platform/db/sql.ts';
import { storedPath } from '../../platform/files/storage.ts';
import { existsSync } from 'node:fs';
import { decodeHtml, ensureCharter, PAPER_PAGE, paperForm, pdfScan } from './test-support.ts';

/** The hidden fields of the code question (what rides along), decoded. */
function carried(html: string): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const m of html.matchAll(/<input type="hidden" name="([^"]+)" value(?:="([^"]*)")?\/>/g)) {
    if (m[1] === '_csrf') continue;
    (fields[m[1]!] ??= []).push(decodeHtml(m[2] ?? ''));
  }
  return fields;
}

describeEachEngine('a signature on paper and the second factor asked again', (t) => {
  let secretary: TestUser;
  before(async () => {
    await ensureCharter(t());
    secretary = await createUser(t().db, { secretariat: true, locale: 'nl' });
  });

  const staleProof = () =>
    t()
      .db.updateTable('sessions')
      .set({ second_factor_at: addMs(now(), -20 * 60_000) })
      .where('user_id', '=', secretary.id)
      .execute();

  test('the scan sent with a stale proof is kept through the code question and recorded after it', async () => {
    const client = await signedInClient(t(), secretary);
    const page = await client.get(PAPER_PAGE);
    assert.equal(page.status, 200);
    const fields = paperForm({ legalName: 'Trage Pen vzw' });

    // The form took 20 minutes to fill in.
    await staleProof();
    const asked = await client.postMultipart(PAPER_PAGE, fields, Client.csrfOf(page.body), pdfScan());
    assert.equal(asked.status, 403);
    assert.match(asked.body, /name="second_factor_code"/);
    const kept = carried(asked.body);
    const pending = kept.scanPending?.[0];
    assert.ok(pending, 'the scan is set aside and named in the form');
    assert.deepEqual(kept.scanLabel, ['formulier.pdf']);
    assert.deepEqual(kept.legalName, ['Trage Pen vzw'], 'the typed values ride along');
    const none = await t().db.selectFrom('organisations').select('id').where('legal_name', '=', 'Trage Pen vzw').execute();
    assert.equal(none.length, 0, 'nothing recorded yet');

    // A wrong code first: the scan is still carried.
    const token = Client.csrfOf(asked.body);
    const body = (extra: Record<string, string>) => ({ ...Object.fromEntries(Object.entries(kept)), ...extra });
    const wrong = await client.post(PAPER_PAGE, body({ second_factor_code: '000000' }), token);
    assert.equal(wrong.status, 400);
    assert.deepEqual(carried(wrong.body).scanPending, [pending]);

    const code = await nextTotpCode(t().db, secretary.id);
    const recorded = await client.post(PAPER_PAGE, body({ second_factor_code: code }), token);
    assert.equal(recorded.status, 303, recorded.body.slice(0, 400));
    assert.match(recorded.location!, /^\/nl\/secretariat\/applications\//);
    const signature = await t()
      .db.selectFrom('signatures')
      .innerJoin('organisations', 'organisations.id', 'signatures.org_id')
      .select(['signatures.scan_file', 'signatures.method'])
      .where('organisations.legal_name', '=', 'Trage Pen vzw')
      .executeTakeFirstOrThrow();
    assert.equal(signature.method, 'paper');
    assert.equal(signature.scan_file, pending, 'the scan sent before the code is the one recorded');
    assert.ok(existsSync(storedPath(t().config.dataDir, 'scans', signature.scan_file!)));
  });

  test('with a recent proof the form is recorded at once; opening the page after 15 minutes asks for the code', async () => {
    const client = await signedInClient(t(), secretary);
    const page = await client.get(PAPER_PAGE);
    const res = await client.postMultipart(PAPER_PAGE, paperForm(), Client.csrfOf(page.body), pdfScan());
    assert.equal(res.status, 303);
    await staleProof();
    const opened = await client.get(PAPER_PAGE);
    assert.equal(opened.status, 303);
    assert.match(opened.location!, /\/nl\/account\/second-factor\/check\?next=/);
  });
});
