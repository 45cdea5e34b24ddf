import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createUser, signedInClient } from '../../../test/support/accounts.ts';
import { Client } from '../../../test/support/client.ts';
import { charterFor, currentVersion } from '../charter/service.ts';
import { latestSignature } from './service.ts';
import {
  applicationIdFrom,
  ensureCharter,
  executiveLink,
  submitApplication,
  validApplication,
} from './test-support.ts';

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describeEachEngine('signing the charter: the whole journey', (t) => {
  before(() => ensureCharter(t()));

  test('apply → executive signs → secretariat approves → the organisation is a signatory', async () => {
    const { db } = t();
    const applicant = await createUser(db, { locale: 'fr', name: 'Sophie Dubois' });
    const secretary = await createUser(db, { secretariat: true, locale: 'de', email: 'sekretariat@example.be' });
    const client = await signedInClient(t(), applicant);

    // The start page offers a start button to a signed-in person.
    const intro = await client.get('/fr/sign');
    assert.equal(intro.status, 200);
    assert.match(intro.body, /href="\/fr\/sign\/apply"/);

    const fields = validApplication({
      executiveEmail: 'ceo@digitaalsamen.be',
      executiveLang: 'fr',
      executiveName: 'Jean Martin',
      executiveTitle: 'Directeur général',
    });
    const sent = await submitApplication(client, fields, { lang: 'fr' });
    const applicationId = applicationIdFrom(sent);

    // The applicant's page: status, what happens next, the resend button.
    const page = await client.get(sent.location!);
    assert.equal(page.status, 200);
    assert.match(page.body, /En attente de la signature/);
    assert.match(page.body, /Renvoyer le lien/);
    const listed = await client.get('/fr/sign');
    assert.ok(
      listed.body.includes(`href="/fr/sign/applications/${applicationId}"`),
      'the start page lists the application',
    );

    const org = await db
      .selectFrom('organisations')
      .selectAll()
      .where('enterprise_number', '=', fields.enterpriseNumber as string)
      .executeTakeFirstOrThrow();
    assert.equal(org.status, 'applicant');
    const membership = await db
      .selectFrom('memberships')
      .selectAll()
      .where('org_id', '=', org.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual([membership.user_id, membership.role], [applicant.id, 'admin']);
    const app = await db
      .selectFrom('applications')
      .selectAll()
      .where('id', '=', applicationId)
      .executeTakeFirstOrThrow();
    assert.equal(app.status, 'awaiting_executive');
    assert.ok(app.token_hash && app.token_hash.length > 20, 'only a hash of the token is stored');

    // The executive's mail is in their language, carries the charter text and the personal link.
    const link = await executiveLink(t(), 'ceo@digitaalsamen.be');
    assert.ok(link.path.startsWith('/fr/sign/confirm/'));
    assert.notEqual(app.token_hash, link.token, 'the stored value is not the token');
    const version = (await currentVersion(db))!;
    const charterFr = (await charterFor(db, version.id, 'fr'))!;
    assert.ok(link.text.includes(charterFr.title), 'the mail holds the charter text');
    const applicantMails = (await t().mails()).filter((m) => m.to.includes(applicant.email));
    assert.equal(applicantMails.length, 1);
    assert.match(applicantMails[0]!.subject, /Nous avons reçu la demande/);

    // The executive opens the link (no account), reads the text and signs.
    const executive = t().client();
    const confirm = await executive.get(link.path);
    assert.equal(confirm.status, 200);
    assert.match(confirm.body, /Signer la Charte/);
    assert.ok(confirm.body.includes(sha256(charterFr.body)), 'the page shows the fingerprint of the text it shows');
    const shownHash = confirm.body.match(/name="textHash" value="([a-f0-9]{64})"/)![1]!;
    const signed = await executive.post(
      link.path,
      {
        signerName: 'Jean Martin',
        signerTitle: 'Directeur général',
        commit: 'yes',
        textHash: shownHash,
        action: 'sign',
      },
      Client.csrfOf(confirm.body),
    );
    assert.equal(signed.status, 303);
    const done = await executive.get(signed.location!);
    assert.match(done.body, /Vous avez signé la Charte/);

    const signature = await db
      .selectFrom('signatures')
      .selectAll()
      .where('application_id', '=', applicationId)
      .executeTakeFirstOrThrow();
    assert.equal(signature.text_hash, sha256(charterFr.body), 'the hash is the SHA-256 of the text shown');
    assert.equal(signature.lang, 'fr');
    assert.equal(signature.signer_email, 'ceo@digitaalsamen.be');
    assert.equal(signature.charter_version_id, version.id);
    assert.equal(
      (await db.selectFrom('applications').select('status').where('id', '=', applicationId).executeTakeFirstOrThrow())
        .status,
      'awaiting_review',
    );

    // The applicant and every secretary hear about it, each in their own language.
    const mails = await t().mails();
    const toSecretary = mails.filter((m) => m.to.includes(secretary.email));
    assert.equal(toSecretary.length, 1);
    assert.match(toSecretary[0]!.subject, /Zu prüfen/);
    const reviewLink = toSecretary[0]!.links.find((l) => l.includes(`/secretariat/applications/${applicationId}`));
    assert.ok(reviewLink);
    assert.ok(mails.some((m) => m.to.includes(applicant.email) && /a signé la Charte/.test(m.subject)));

    // Before approval there is no signature to show on a certificate.
    assert.equal(await latestSignature(db, org.id), null);

    // The secretariat approves.
    const secretariat = await signedInClient(t(), secretary);
    const review = await secretariat.get(new URL(reviewLink).pathname);
    assert.equal(review.status, 200);
    assert.ok(review.body.includes(signature.text_hash), 'the review page shows the hash');
    const approved = await secretariat.submit(
      `/de/secretariat/applications/${applicationId}`,
      {},
      `/de/secretariat/applications/${applicationId}/approve`,
    );
    assert.equal(approved.status, 303);

    const after = await db.selectFrom('organisations').selectAll().where('id', '=', org.id).executeTakeFirstOrThrow();
    assert.equal(after.status, 'signatory');
    assert.equal(after.signed_at, signature.signed_at, 'a signatory from the moment of the signature');
    assert.equal(after.charter_version, version.version);
    const events = await db
      .selectFrom('organisation_events')
      .select('kind')
      .where('org_id', '=', org.id)
      .orderBy('at')
      .execute();
    assert.deepEqual(
      events.map((e) => e.kind),
      ['applied', 'signed', 'approved'],
    );
    const audited = await db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_type', '=', 'application')
      .where('subject_id', '=', applicationId)
      .execute();
    assert.deepEqual(audited.map((a) => a.action).sort(), [
      'signing.application_approved',
      'signing.application_sent',
      'signing.executive_signed',
    ]);

    const latest = await latestSignature(db, org.id);
    assert.deepEqual(latest, {
      signerName: 'Jean Martin',
      signerTitle: 'Directeur général',
      signedAt: signature.signed_at,
      charterVersion: version.version,
      textHash: sha256(charterFr.body),
      lang: 'fr',
    });
    const approvedMail = (await t().mails()).find(
      (m) => m.to.includes(applicant.email) && /est maintenant signataire/.test(m.subject),
    );
    assert.ok(approvedMail, 'the applicant hears it in French');
    assert.ok(approvedMail.links.some((l) => l.endsWith(`/fr/signatories/${org.slug}`)));

    // The link is spent: opening it again says so, and signing again changes nothing.
    const again = await t().client().get(link.path);
    assert.equal(again.status, 200);
    assert.match(again.body, /Vous avez signé la Charte/);
    assert.equal((await db.selectFrom('signatures').select('id').where('org_id', '=', org.id).execute()).length, 1);
  });

  test('an expired link shows a clear page and cannot sign', async () => {
    const { db } = t();
    const applicant = await createUser(db);
    const client = await signedInClient(t(), applicant);
    const applicationId = applicationIdFrom(
      await submitApplication(client, validApplication({ executiveEmail: 'expired@example.be' })),
    );
    const link = await executiveLink(t(), 'expired@example.be');
    // The executive opens the page in time, then waits past the end of the link.
    const executive = t().client();
    const open = await executive.get(link.path);
    assert.equal(open.status, 200);
    const shownHash = open.body.match(/name="textHash" value="([a-f0-9]{64})"/)![1]!;
    await db
      .updateTable('applications')
      .set({ token_expires_at: '2000-01-01T00:00:00.000Z' })
      .where('id', '=', applicationId)
      .execute();

    const res = await executive.get(link.path);
    assert.equal(res.status, 410);
    assert.match(res.body, /Deze link is verlopen/);
    assert.match(res.body, /nieuwe link/);
    assert.doesNotMatch(res.body, /name="textHash"/);
    const late = await executive.post(
      link.path,
      { signerName: 'An Peeters', signerTitle: 'Voorzitter', commit: 'yes', textHash: shownHash, action: 'sign' },
      Client.csrfOf(open.body),
    );
    assert.equal(late.status, 410);
    assert.equal(
      (await db.selectFrom('signatures').select('id').where('application_id', '=', applicationId).execute()).length,
      0,
    );
    const app = await db
      .selectFrom('applications')
      .select('status')
      .where('id', '=', applicationId)
      .executeTakeFirstOrThrow();
    assert.equal(app.status, 'awaiting_executive');
  });

  test('an unknown link says to ask for a new one', async () => {
    const res = await t()
      .client()
      .get(`/en/sign/confirm/${'A'.repeat(43)}`);
    assert.equal(res.status, 404);
    assert.match(res.body, /This link does not work/);
    assert.match(res.body, /send you a new link/);
  });

  test('the executive declines: the applicant is told, with the reason', async () => {
    const { db } = t();
    const applicant = await createUser(db, { locale: 'en' });
    const client = await signedInClient(t(), applicant);
    const applicationId = applicationIdFrom(
      await submitApplication(client, validApplication({ executiveEmail: 'decline@example.be' })),
    );
    const link = await executiveLink(t(), 'decline@example.be');
    const executive = t().client();
    const page = await executive.get(link.path);
    const res = await executive.post(
      link.path,
      { reason: 'We are not ready yet.', action: 'decline' },
      Client.csrfOf(page.body),
    );
    assert.equal(res.status, 303);
    assert.match((await executive.get(res.location!)).body, /U hebt geweigerd/);

    const app = await db
      .selectFrom('applications')
      .selectAll()
      .where('id', '=', applicationId)
      .executeTakeFirstOrThrow();
    assert.equal(app.status, 'declined');
    assert.equal(app.decision_reason, 'We are not ready yet.');
    assert.equal(
      (await db.selectFrom('signatures').select('id').where('application_id', '=', applicationId).execute()).length,
      0,
    );
    const told = (await t().mails()).find((m) => m.to.includes(applicant.email) && /was not signed/.test(m.subject));
    assert.ok(told, 'the applicant gets a mail in English');
    assert.match(told.text, /We are not ready yet\./);
    const mine = await client.get(`/en/sign/applications/${applicationId}`);
    assert.match(mine.body, /Signing declined/);
  });

  test('sending the link again kills the old one', async () => {
    const { db } = t();
    const applicant = await createUser(db);
    const client = await signedInClient(t(), applicant);
    const applicationId = applicationIdFrom(
      await submitApplication(client, validApplication({ executiveEmail: 'first@example.be' })),
    );
    const old = await executiveLink(t(), 'first@example.be');

    // The applicant corrects the address while sending again.
    const res = await client.submit(
      `/nl/sign/applications/${applicationId}`,
      {
        executiveName: 'An Peeters',
        executiveTitle: 'Voorzitter',
        executiveEmail: 'second@example.be',
        executiveLang: 'de',
      },
      `/nl/sign/applications/${applicationId}/resend`,
    );
    assert.equal(res.status, 303);
    const fresh = await executiveLink(t(), 'second@example.be');
    assert.notEqual(fresh.token, old.token);
    assert.ok(fresh.path.startsWith('/de/sign/confirm/'), 'in the language chosen now');

    assert.equal((await t().client().get(old.path)).status, 404, 'the old link is dead');
    assert.equal((await t().client().get(fresh.path)).status, 200, 'the new link works');
    const lines = await db.selectFrom('audit_log').select('action').where('subject_id', '=', applicationId).execute();
    assert.ok(lines.some((l) => l.action === 'signing.link_resent'));
  });

  test('nobody else opens an application, and only the secretariat opens the queue', async () => {
    const { db } = t();
    const applicant = await createUser(db);
    const stranger = await createUser(db);
    const applicationId = applicationIdFrom(
      await submitApplication(
        await signedInClient(t(), applicant),
        validApplication({ legalName: 'Geheime Organisatie' }),
      ),
    );
    const other = await signedInClient(t(), stranger);

    const res = await other.get(`/nl/sign/applications/${applicationId}`);
    assert.equal(res.status, 403);
    assert.doesNotMatch(res.body, /Geheime Organisatie/);
    const resend = await other.submit(
      '/nl/sign/apply',
      { executiveName: 'X', executiveTitle: 'Y', executiveEmail: 'evil@example.be', executiveLang: 'nl' },
      `/nl/sign/applications/${applicationId}/resend`,
    );
    assert.equal(resend.status, 403);
    assert.equal((await t().mails()).filter((m) => m.to.includes('evil@example.be')).length, 0);

    for (const url of [
      '/nl/secretariat',
      '/nl/secretariat/applications',
      `/nl/secretariat/applications/${applicationId}`,
    ]) {
      assert.equal((await other.get(url)).status, 403, url);
      assert.equal((await t().client().get(url)).status, 303, `${url} sends an anonymous visitor to sign in`);
    }
    const approve = await other.submit('/nl/sign/apply', {}, `/nl/secretariat/applications/${applicationId}/approve`);
    assert.equal(approve.status, 403);
    assert.equal((await t().client().get(`/nl/sign/applications/${applicationId}`)).status, 303);
  });
});
