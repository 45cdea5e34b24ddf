import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { signedInClient } from '../../../test/support/accounts.ts';
import { charterFor, currentVersion, versionByNumber } from '../charter/service.ts';
import { castVotes } from './service-vote.ts';
import { COMMITMENT_4, draftFields, holdVote, insertSignatory, moveToPhase, type HeldVote } from './test-support-vote.ts';

// The draft of version 2 from the accepted proposals, and its publication: in force, version 1
// superseded, every signatory's executive sent a personal link, the organisations still on 1.

const PAGE = '/nl/secretariat/evaluation/charter';

describeEachEngine('the draft of charter version 2 and its publication', (t) => {
  let held: HeldVote;

  before(async () => {
    held = await holdVote(t().db, castVotes);
  });

  test('before the result the draft page says when it comes', async () => {
    const client = await signedInClient(t(), held.secretariat);
    const res = await client.get(PAGE);
    assert.equal(res.status, 200);
    assert.match(res.body, /zodra de uitslag bekend is/);
  });

  test('after the result the draft holds the accepted wording only, shown as a difference', async () => {
    await moveToPhase(t().db, held.evaluationId, 'result');
    const client = await signedInClient(t(), held.secretariat);
    const res = await client.get(PAGE);
    assert.equal(res.status, 200);
    assert.match(res.body, /<ins>.*elk jaar/s);
    assert.match(res.body, /het aangenomen voorstel/);
    const fields = await draftFields(t().db);
    assert.ok(fields.body_nl!.includes(COMMITMENT_4.proposed));
    assert.ok(!fields.body_nl!.includes('campagnes actief te ondersteunen'), 'the proposal without quorum is not in it');
  });

  test('a text without its title is refused, every typed text kept', async () => {
    const client = await signedInClient(t(), held.secretariat);
    const fields = await draftFields(t().db);
    const res = await client.submit(PAGE, { ...fields, body_fr: 'Pas de titre ici.', body_de: `${fields.body_de}<script>alert(1)</script>` });
    assert.equal(res.status, 400);
    assert.match(res.body, /Begin de tekst met de titel/);
    assert.match(res.body, /Pas de titre ici\./);
    assert.match(res.body, /&lt;script>alert\(1\)&lt;\/script>|&lt;script&gt;alert\(1\)&lt;\/script&gt;/, 'kept, escaped');
    assert.doesNotMatch(res.body, /<script>alert/);
    assert.equal((await currentVersion(t().db))!.version, 1);
  });

  test('publishing puts version 2 in force with the new wording and sends every executive a link', async () => {
    // A signatory whose signature holds no address (on paper): its administrator is asked to name the executive.
    const onPaper = await insertSignatory(t().db, { name: 'Papieren vzw' });
    await t().db.updateTable('signatures').set({ signer_email: '' }).where('org_id', '=', onPaper.id).execute();
    const client = await signedInClient(t(), held.secretariat);
    const res = await client.submit(PAGE, await draftFields(t().db));
    assert.equal(res.status, 303);
    const v2 = (await currentVersion(t().db))!;
    assert.equal(v2.version, 2);
    assert.equal((await versionByNumber(t().db, 1))!.status, 'superseded');
    const nl = (await charterFor(t().db, v2.id, 'nl'))!;
    assert.ok(nl.body.includes(COMMITMENT_4.proposed));
    assert.ok(nl.commitments[3]!.fullText.includes(COMMITMENT_4.proposed), 'commitment 4 has its new wording');
    assert.equal(nl.commitments[3]!.shortTitle, 'Intern opleiden en vooruitgang delen');
    const evaluation = await t().db.selectFrom('evaluations').select('published_version').where('id', '=', held.evaluationId).executeTakeFirstOrThrow();
    assert.equal(Number(evaluation.published_version), 2);
    const mails = await t().mails();
    for (const s of held.signatories) {
      const mail = mails.find((m) => m.to.includes(s.executiveEmail));
      assert.ok(mail, `a link for ${s.name}'s executive`);
      assert.ok(mail.links.some((l) => l.includes('/sign/confirm/')));
    }
    const orgs = await t().db.selectFrom('organisations').select('charter_version').where('id', 'in', held.signatories.map((s) => s.id)).execute();
    assert.ok(orgs.every((o) => Number(o.charter_version) === 1), 'organisations keep version 1 until they sign');
    const audit = await t().db.selectFrom('audit_log').select('action').where('action', 'in', ['evaluation.version_published', 'charter_version.published', 'signing.renewal_opened']).execute();
    assert.equal(audit.length, 2 + held.signatories.length + 1);
    const toAdmin = mails.find((m) => m.to.includes(onPaper.admin.email));
    assert.ok(toAdmin?.links.some((l) => l.includes('/sign/applications/')), 'the administrator is asked to name the executive');
    const shown = await client.get(PAGE);
    assert.match(shown.body, /Versie 2 van het Charter werd gepubliceerd/);
    const publicPage = await t().client().get('/nl/charter');
    assert.match(publicPage.body, new RegExp(COMMITMENT_4.proposed));
  });

  test('it is published once', async () => {
    const client = await signedInClient(t(), held.secretariat);
    const res = await client.submit(PAGE, await draftFields(t().db));
    assert.equal(res.status, 400);
    assert.match(res.body, /al gepubliceerd/);
    assert.equal((await currentVersion(t().db))!.version, 2);
  });
});
