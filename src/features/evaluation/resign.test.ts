import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { signedInClient } from '../../../test/support/accounts.ts';
import { Client } from '../../../test/support/client.ts';
import { latestSignature } from '../signing/service.ts';
import { executiveLink } from '../signing/test-support.ts';
import { castVotes } from './service-vote.ts';
import { COMMITMENT_4, draftFields, holdVote, moveToPhase, type HeldVote } from './test-support-vote.ts';

// Re-signing version 2: the executive signs through the personal link, as at signing; the
// organisation's charter version becomes 2 at once (no review), recorded in its public history,
// while an organisation whose executive has not signed stays on version 1.

describeEachEngine('re-signing charter version 2', (t) => {
  let held: HeldVote;

  before(async () => {
    held = await holdVote(t().db, castVotes);
    await moveToPhase(t().db, held.evaluationId, 'result');
    const client = await signedInClient(t(), held.secretariat);
    const res = await client.submit('/nl/secretariat/evaluation/charter', await draftFields(t().db));
    assert.equal(res.status, 303);
  });

  const versionOf = async (orgId: string) =>
    Number((await t().db.selectFrom('organisations').select('charter_version').where('id', '=', orgId).executeTakeFirstOrThrow()).charter_version);

  test('the executive signs version 2 through the personal link; the other organisation stays on 1', async () => {
    const [signer, waiting] = held.signatories as [HeldVote['signatories'][number], HeldVote['signatories'][number]];
    const link = await executiveLink(t(), signer.executiveEmail);
    assert.match(link.text, /versie 2/);
    const client = t().client();
    const page = await client.get(link.path);
    assert.equal(page.status, 200);
    assert.match(page.body, /ondertekende versie 1 van het Charter/);
    assert.ok(page.body.includes(COMMITMENT_4.proposed), 'the page shows version 2');
    const textHash = page.body.match(/name="textHash" value="([a-f0-9]{64})"/)![1]!;
    const signed = await client.post(
      link.path,
      { signerName: 'Els Claes', signerTitle: 'Directeur', commit: 'yes', textHash, action: 'sign' },
      Client.csrfOf(page.body),
    );
    assert.equal(signed.status, 303);
    assert.equal(await versionOf(signer.id), 2);
    assert.equal(await versionOf(waiting.id), 1, 'an organisation keeps version 1 until its executive signs');
    const done = await client.get(link.path);
    assert.match(done.body, /staat nu achter de nieuwe versie/);

    const signature = await latestSignature(t().db, signer.id);
    assert.equal(signature?.charterVersion, 2);
    const events = await t().db.selectFrom('organisation_events').select(['kind', 'charter_version']).where('org_id', '=', signer.id).execute();
    assert.ok(events.some((e) => e.kind === 'resigned' && Number(e.charter_version) === 2), 'the status history records it');
    const org = await t().db.selectFrom('organisations').select(['status', 'signed_at']).where('id', '=', signer.id).executeTakeFirstOrThrow();
    assert.equal(org.status, 'signatory');
    const audit = await t().db.selectFrom('audit_log').select('action').where('action', '=', 'signing.executive_resigned').execute();
    assert.equal(audit.length, 1);
  });

  test('an executive may decline: the organisation stays on version 1', async () => {
    const declining = held.signatories[2]!;
    const link = await executiveLink(t(), declining.executiveEmail);
    const client = t().client();
    const page = await client.get(link.path);
    const res = await client.post(link.path, { reason: 'Wij bespreken het eerst.', action: 'decline' }, Client.csrfOf(page.body));
    assert.equal(res.status, 303);
    assert.equal(await versionOf(declining.id), 1);
  });
});
