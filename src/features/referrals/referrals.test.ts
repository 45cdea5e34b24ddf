import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createUser, organisationRow, signedInClient } from '../../../test/support/accounts.ts';
import { Client } from '../../../test/support/client.ts';
import { formatEnterpriseNumber } from '../organisations/enterprise-number.ts';
import { brusselsYear } from '../organisations/service-directory.ts';
import { approveApplication } from '../signing/service.ts';
import {
  applicationIdFrom,
  decodeHtml,
  ensureCharter,
  PAPER_PAGE,
  paperForm,
  pdfScan,
  validApplication,
} from '../signing/test-support.ts';
import { commitments } from './service-read.ts';
import { executiveSigns, newestReferral, world, type World } from './test-support.ts';

// An invitation's whole road, as people take it without JavaScript: the inviter makes a link,
// the invited organisation opens it, applies with it and signs, and the inviter is credited on
// its list, its space's figures and its public profile's.

describeEachEngine('referrals: from a link to a signature', (t) => {
  let w: World;
  before(async () => {
    await ensureCharter(t());
    w = await world(t());
  });

  test('link → opened → applied → signed moves the states and credits the inviter', async () => {
    const { db } = t();
    const admin = await signedInClient(t(), w.admin);
    const list = `/en/organisations/${w.org.id}/referrals`;
    const made = await admin.submit(list, { inviteeName: 'Codeklas Gent' }, `${list}/link`);
    assert.equal(made.status, 303);
    assert.equal(made.location, list);
    const referral = await newestReferral(t(), w.org.id);
    assert.equal(referral.state, 'sent');
    const shown = await admin.get(list);
    assert.ok(shown.body.includes(`/en/join/${referral.token}`), 'the list writes the link out to copy');
    assert.match(shown.body, /Link made/);

    // Opening the page records nothing (mail scanners open links too); its button does.
    const invitee = await createUser(db, { locale: 'en' });
    const client = await signedInClient(t(), invitee);
    const landing = await client.get(`/en/join/${referral.token}`);
    assert.equal(landing.status, 200);
    assert.match(landing.body, /Bank Alfa invites your organisation to sign/);
    assert.equal((await newestReferral(t(), w.org.id)).state, 'sent');
    const go = await client.submit(`/en/join/${referral.token}`, {});
    assert.equal(go.status, 303);
    assert.equal(go.location, `/en/sign/apply?invitedBy=${w.org.slug}&referral=${referral.token}`);
    const opened = await newestReferral(t(), w.org.id);
    assert.equal(opened.state, 'opened');
    assert.equal(opened.open_count, 1);
    assert.ok(opened.first_opened_at);

    // The form is prefilled with the inviter and carries the code in a hidden field.
    const form = await client.get(go.location!);
    assert.equal(form.status, 200);
    const number = (
      await db
        .selectFrom('organisations')
        .select('enterprise_number')
        .where('id', '=', w.org.id)
        .executeTakeFirstOrThrow()
    ).enterprise_number;
    assert.ok(decodeHtml(form.body).includes(`value="${formatEnterpriseNumber(number)}"`), 'invited by is filled in');
    const hidden = form.body.match(/name="referral" value="([^"]+)"/);
    assert.equal(hidden?.[1], referral.token);

    const fields = validApplication({
      legalName: 'Codeklas Gent vzw',
      invitedBy: formatEnterpriseNumber(number),
      referral: hidden![1]!,
      executiveEmail: 'ceo@codeklas.example',
    });
    const sent = await client.postMultipart('/en/sign/apply', { ...fields, action: 'send' }, Client.csrfOf(form.body));
    const applicationId = applicationIdFrom(sent);
    const applied = await newestReferral(t(), w.org.id);
    assert.equal(applied.state, 'applied');
    const newOrg = await db
      .selectFrom('organisations')
      .select(['id', 'slug'])
      .where('enterprise_number', '=', fields.enterpriseNumber as string)
      .executeTakeFirstOrThrow();
    assert.equal(applied.applied_org_id, newOrg.id);

    await executiveSigns(t(), 'ceo@codeklas.example');
    assert.deepEqual(await approveApplication(t().app.deps, applicationId, w.secretary.id), { ok: true, value: null });
    const signed = await newestReferral(t(), w.org.id);
    assert.equal(signed.state, 'signed');
    assert.ok(signed.signed_at);

    const credits = await db
      .selectFrom('referral_credits')
      .selectAll()
      .where('inviter_org_id', '=', w.org.id)
      .execute();
    assert.deepEqual(
      credits.map((c) => c.invitee_org_id),
      [newOrg.id],
    );
    const year = brusselsYear(new Date().toISOString());
    const space = await commitments(db, await organisationRow(db, w.org.id), year, 'space');
    assert.deepEqual(space[0]!.done, [
      { key: 'referrals.commitment.space', values: { sent: 1, opened: 1, applied: 1, signed: 1 } },
      { key: 'referrals.commitment.broughtIn', values: { count: 1 } },
    ]);
    assert.deepEqual(await commitments(db, await organisationRow(db, w.org.id), year, 'public'), [
      { commitment: 5, done: [{ key: 'referrals.commitment.public', values: { count: 1 } }], more: [] },
    ]);
    const after = await admin.get(list);
    assert.match(after.body, /tag--green">Signed/);
    const audit = await db.selectFrom('audit_log').select('action').where('action', 'like', 'referrals.%').execute();
    assert.deepEqual(audit.map((a) => a.action).sort(), [
      'referrals.applied',
      'referrals.credited',
      'referrals.link_created',
      'referrals.opened',
    ]);
  });

  test('an organisation that signs with only "invited by" typed credits the inviter once, no invitation moved', async () => {
    const { db } = t();
    const number = (
      await db
        .selectFrom('organisations')
        .select('enterprise_number')
        .where('id', '=', w.org.id)
        .executeTakeFirstOrThrow()
    ).enterprise_number;
    const applicant = await signedInClient(t(), await createUser(db, { locale: 'en' }));
    const form = await applicant.get('/en/sign/apply');
    const fields = validApplication({ invitedBy: formatEnterpriseNumber(number), executiveEmail: 'ceo@typed.example' });
    const res = await applicant.postMultipart(
      '/en/sign/apply',
      { ...fields, action: 'send' },
      Client.csrfOf(form.body),
    );
    const id = applicationIdFrom(res);
    await executiveSigns(t(), 'ceo@typed.example');
    assert.deepEqual(await approveApplication(t().app.deps, id, w.secretary.id), { ok: true, value: null });
    const year = brusselsYear(new Date().toISOString());
    assert.deepEqual((await commitments(db, await organisationRow(db, w.org.id), year, 'public'))[0]!.done[0]!.values, {
      count: 2,
    });
    const states = await db.selectFrom('referrals').select('state').where('org_id', '=', w.org.id).execute();
    assert.deepEqual(
      states.map((s) => s.state),
      ['signed'],
    );
  });

  test('a signature on paper that names the inviter credits it as well', async () => {
    const { db } = t();
    const number = (
      await db
        .selectFrom('organisations')
        .select('enterprise_number')
        .where('id', '=', w.org.id)
        .executeTakeFirstOrThrow()
    ).enterprise_number;
    const secretariat = await signedInClient(t(), w.secretary);
    const page = await secretariat.get(PAPER_PAGE);
    assert.equal(page.status, 200);
    const fields = paperForm({ legalName: 'Papieren Brug vzw', invitedBy: formatEnterpriseNumber(number) });
    const res = await secretariat.postMultipart(PAPER_PAGE, fields, Client.csrfOf(page.body), pdfScan());
    assert.equal(res.status, 303, `recorded (got ${res.status})`);
    const year = brusselsYear(new Date().toISOString());
    assert.deepEqual((await commitments(db, await organisationRow(db, w.org.id), year, 'public'))[0]!.done[0]!.values, {
      count: 3,
    });
    assert.equal(
      (
        await db
          .selectFrom('referral_credits')
          .select('invitee_org_id')
          .where('inviter_org_id', '=', w.org.id)
          .execute()
      ).length,
      3,
    );
  });
});
