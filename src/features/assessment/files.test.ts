import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { signedInClient } from '../../../test/support/accounts.ts';
import { Client } from '../../../test/support/client.ts';
import { makeSignatory, runUrl, startRun, TINY_PDF, type Signatory } from './test-run-support.ts';

// A cell's evidence file: its type is read from its bytes, never its name; it is served only
// to the organisation's members, as a private download; the next run points at the same file,
// and replacing it there never deletes the file the submitted run shows.

describeEachEngine('assessment: evidence files', (t) => {
  let s: Signatory;
  let runId: string;
  const filePage = () => `${runUrl(s.org.id, runId)}/answers/trust/customers/file`;
  const fileUrl = (id = runId) => `${runUrl(s.org.id, id)}/files/trust/customers`;
  const stored = (name: string) => path.join(t().config.dataDir, 'uploads', 'attachments', name);
  const answer = (id = runId) =>
    t()
      .db.selectFrom('assessment_answers')
      .selectAll()
      .where('run_id', '=', id)
      .where('dimension', '=', 'trust')
      .where('audience', '=', 'customers')
      .executeTakeFirstOrThrow();

  before(async () => {
    s = await makeSignatory(t(), 'Mutualiteit Zuid');
    runId = (await startRun(await signedInClient(t(), s.admin), s.org.id, { trust: ['customers'] })).runId;
  });

  test('"Save and add a file" saves the page first, then opens the file page', async () => {
    const client = await signedInClient(t(), s.admin);
    const saved = await client.submit(`${runUrl(s.org.id, runId)}/answers/trust`, {
      customers_evidence: 'Fraud warnings at every counter.',
      next: 'file:customers',
    });
    assert.equal(saved.location, filePage());
    assert.equal((await answer()).evidence, 'Fraud warnings at every counter.');
    const page = await client.get(filePage());
    assert.match(page.body, /enctype="multipart\/form-data"/);
  });

  test('a text file named .png is refused by its bytes; nothing is attached', async () => {
    const client = await signedInClient(t(), s.admin);
    const csrf = Client.csrfOf((await client.get(filePage())).body);
    const refused = await client.postMultipart(filePage(), {}, csrf, {
      field: 'file',
      name: 'poster.png',
      type: 'image/png',
      data: Buffer.from('<script>alert(1)</script> not an image at all'),
    });
    assert.equal(refused.status, 400);
    assert.match(refused.body, /<a href="#field-file">Choose a PDF, PNG or JPEG file\.<\/a>/);
    assert.equal((await answer()).file, null);
  });

  test('a PDF is attached, listed on the check page and sent privately to members only', async () => {
    const client = await signedInClient(t(), s.admin);
    const csrf = Client.csrfOf((await client.get(filePage())).body);
    const added = await client.postMultipart(filePage(), {}, csrf, {
      field: 'file',
      name: 'fraud-plan.docx',
      type: 'application/octet-stream',
      data: TINY_PDF,
    });
    assert.equal(added.status, 303);
    const row = await answer();
    assert.match(row.file!, /^[a-f0-9]{32}\.pdf$/);
    assert.equal(row.file_name, 'fraud-plan.docx');
    assert.equal(row.file_type, 'application/pdf');
    assert.equal(row.updated_by, s.admin.id);
    const check = await client.get(`${runUrl(s.org.id, runId)}/check`);
    assert.match(check.body, /fraud-plan\.docx<\/a>/);
    const member = await signedInClient(t(), s.member);
    const file = await member.get(fileUrl());
    assert.equal(file.status, 200);
    assert.equal(file.headers['content-type'], 'application/pdf');
    assert.equal(file.headers['cache-control'], 'private, no-store');
    assert.match(String(file.headers['content-disposition']), /^attachment/);
    assert.equal((await t().client().get(fileUrl())).status, 303, 'anonymous: sign in first');
  });

  test("the next run points at the same file; replacing it there keeps the submitted run's file", async () => {
    const admin = await signedInClient(t(), s.admin);
    await admin.submit(`${runUrl(s.org.id, runId)}/answers/trust`, { customers_level: '2', next: 'continue' });
    const submitted = await admin.submit(`${runUrl(s.org.id, runId)}/check`, {}, `${runUrl(s.org.id, runId)}/submit`);
    assert.equal(submitted.status, 303);
    const first = (await answer()).file!;
    const next = (await startRun(admin, s.org.id, { trust: ['customers'] })).runId;
    assert.equal((await answer(next)).file, first);
    const page = `${runUrl(s.org.id, next)}/answers/trust/customers/file`;
    const removed = await admin.submit(page, { remove: 'yes' }, page);
    assert.equal(removed.status, 303);
    assert.equal((await answer(next)).file, null);
    assert.ok(fs.existsSync(stored(first)), 'the submitted run still shows its file');
    assert.equal((await admin.get(fileUrl())).status, 200);
    // A file uploaded in the draft itself goes when it is replaced.
    const csrf = Client.csrfOf((await admin.get(page)).body);
    await admin.postMultipart(page, {}, csrf, {
      field: 'file',
      name: 'a.pdf',
      type: 'application/pdf',
      data: TINY_PDF,
    });
    const own = (await answer(next)).file!;
    await admin.postMultipart(page, {}, csrf, {
      field: 'file',
      name: 'b.pdf',
      type: 'application/pdf',
      data: TINY_PDF,
    });
    assert.notEqual((await answer(next)).file, own);
    assert.equal(fs.existsSync(stored(own)), false);
  });
});
