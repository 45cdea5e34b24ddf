import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient } from '../../../test/support/accounts.ts';
import { pngImage } from '../../platform/files/test-images.ts';
import { pendingExists, storedExists } from '../../platform/files/storage.ts';
import { consume } from '../../platform/http/rate-limit.ts';
import { formatEnterpriseNumber } from '../organisations/enterprise-number.ts';
import { translator } from '../../platform/i18n/i18n.ts';
import {
  applicationIdFrom,
  countRows,
  decodeHtml,
  ensureCharter,
  newEnterpriseNumber,
  submitApplication,
  validApplication,
} from './test-support.ts';

describeEachEngine('applying to sign the charter', (t) => {
  before(() => ensureCharter(t()));

  test('the start page explains, and links an anonymous visitor to an account with next=', async () => {
    const res = await t().client().get('/en/sign');
    assert.equal(res.status, 200);
    assert.match(res.body, /commitment from the top/);
    assert.match(res.body, /href="\/en\/sign-up\?next=%2Fen%2Fsign%2Fapply"/);
    assert.match(res.body, /href="\/en\/sign-in\?next=%2Fen%2Fsign%2Fapply"/);
  });

  test('an address not yet confirmed: the form says so and links to the account page', async () => {
    const user = await createUser(t().db, { verified: false });
    const client = await signedInClient(t(), user);
    const res = await client.get('/nl/sign/apply');
    assert.equal(res.status, 200);
    assert.match(res.body, /Bevestig eerst uw e-mailadres/);
    assert.match(res.body, /href="\/nl\/account"/);
    assert.doesNotMatch(res.body, /name="enterpriseNumber"/);
  });

  test('an enterprise number that already signed links to its public profile', async () => {
    const { db } = t();
    const number = newEnterpriseNumber();
    const signed = await createOrganisation(db, { name: 'Al Ondertekend nv', enterpriseNumber: number });
    const client = await signedInClient(t(), await createUser(db));
    const before = await countRows(t());
    // Typed the way people do: with BE and spaces.
    const res = await submitApplication(
      client,
      validApplication({ enterpriseNumber: `BE ${formatEnterpriseNumber(number).replace(/\./g, ' ')}` }),
      { lang: 'fr' },
    );
    assert.equal(res.status, 400);
    assert.match(res.body, /Cette organisation a déjà signé la Charte/);
    assert.ok(res.body.includes(`href="/fr/signatories/${signed.slug}"`));
    assert.deepEqual(await countRows(t()), before);
  });

  test('an enterprise number: a wrong format and wrong check digits get different messages', async () => {
    const client = await signedInClient(t(), await createUser(t().db));
    const before = await countRows(t());
    const cases = [
      { lang: 'fr', number: '0123.456.789', key: 'signing.error.enterpriseNumberCheck' },
      { lang: 'nl', number: 'BE 0202 239 952', key: 'signing.error.enterpriseNumberCheck' },
      { lang: 'fr', number: '0123.456', key: 'signing.error.enterpriseNumber' },
      { lang: 'de', number: '2202.239.951', key: 'signing.error.enterpriseNumber' },
    ] as const;
    for (const { lang, number, key } of cases) {
      const res = await submitApplication(client, validApplication({ enterpriseNumber: number }), { lang });
      assert.equal(res.status, 400, number);
      const page = decodeHtml(res.body);
      assert.ok(page.includes(translator(lang)(key)), `${number}: ${key}`);
      const other =
        key === 'signing.error.enterpriseNumber'
          ? 'signing.error.enterpriseNumberCheck'
          : 'signing.error.enterpriseNumber';
      assert.ok(!page.includes(translator(lang)(other)), `${number}: not ${other}`);
      assert.ok(page.includes(`value="${number}"`), `${number} kept`);
    }
    // The same for the inviting organisation's number.
    const invited = await submitApplication(client, validApplication({ invitedBy: '0403.227.516' }), { lang: 'en' });
    assert.ok(decodeHtml(invited.body).includes(translator('en')('signing.error.invitedByCheck')));
    const badFormat = await submitApplication(client, validApplication({ invitedBy: '12345' }), { lang: 'en' });
    assert.ok(decodeHtml(badFormat.body).includes(translator('en')('signing.error.invitedByFormat')));
    assert.deepEqual(await countRows(t()), before);
  });

  test('an application in progress blocks a second one, for anyone', async () => {
    const { db } = t();
    const fields = validApplication();
    const first = await signedInClient(t(), await createUser(db));
    const id = applicationIdFrom(await submitApplication(first, fields));
    const again = await submitApplication(first, fields);
    assert.equal(again.status, 400);
    assert.match(again.body, /Er loopt al een aanvraag/);
    assert.ok(again.body.includes(`/nl/sign/applications/${id}`), 'its own applicant gets a link to it');

    const before = await countRows(t());
    const other = await submitApplication(await signedInClient(t(), await createUser(db)), fields);
    assert.equal(other.status, 400);
    assert.match(other.body, /Er loopt al een aanvraag/);
    assert.ok(!other.body.includes(`/nl/sign/applications/${id}`), 'someone else does not get the link');
    assert.deepEqual(await countRows(t()), before);
  });

  test('after a rejection the same organisation applies again in the same row', async () => {
    const { db } = t();
    const applicant = await createUser(db);
    const secretary = await createUser(db, { secretariat: true });
    const client = await signedInClient(t(), applicant);
    const fields = validApplication({ legalName: 'Tweede Kans vzw' });
    const first = applicationIdFrom(await submitApplication(client, fields));
    const secretariat = await signedInClient(t(), secretary);
    const rejected = await secretariat.submit(
      `/en/secretariat/applications/${first}`,
      { reason: 'Your website does not work.' },
      `/en/secretariat/applications/${first}/reject`,
    );
    assert.equal(rejected.status, 303);
    const org = await db
      .selectFrom('organisations')
      .selectAll()
      .where('enterprise_number', '=', fields.enterpriseNumber as string)
      .executeTakeFirstOrThrow();
    assert.equal(org.status, 'rejected');
    assert.ok(
      (await t().mails()).some((m) => m.to.includes(applicant.email) && m.text.includes('Your website does not work.')),
    );

    const second = applicationIdFrom(
      await submitApplication(client, { ...fields, legalName: 'Tweede Kans vzw (nieuw)', regions: ['wallonia'] }),
    );
    assert.notEqual(second, first);
    const orgs = await db
      .selectFrom('organisations')
      .selectAll()
      .where('enterprise_number', '=', fields.enterpriseNumber as string)
      .execute();
    assert.equal(orgs.length, 1, 'the same row, re-opened');
    assert.equal(orgs[0]!.id, org.id);
    assert.equal(orgs[0]!.status, 'applicant');
    assert.equal(orgs[0]!.legal_name, 'Tweede Kans vzw (nieuw)');
    const regions = await db.selectFrom('organisation_regions').select('region').where('org_id', '=', org.id).execute();
    assert.deepEqual(
      regions.map((r) => r.region),
      ['wallonia'],
    );
  });

  test('a withdrawn organisation with administrators cannot be taken over by a stranger', async () => {
    const { db } = t();
    const owner = await createUser(db);
    const number = newEnterpriseNumber();
    await createOrganisation(db, {
      status: 'withdrawn',
      enterpriseNumber: number,
      members: [{ user: owner, role: 'admin' }],
    });
    const before = await countRows(t());
    const res = await submitApplication(
      await signedInClient(t(), await createUser(db)),
      validApplication({ enterpriseNumber: number }),
    );
    assert.equal(res.status, 400);
    assert.match(res.body, /heeft al beheerders/);
    assert.deepEqual(await countRows(t()), before);
    // Its own administrator may re-apply.
    applicationIdFrom(
      await submitApplication(await signedInClient(t(), owner), validApplication({ enterpriseNumber: number })),
    );
  });

  test('a draft keeps what was typed, unchecked, and comes back prefilled', async () => {
    const { db } = t();
    const user = await createUser(db);
    const client = await signedInClient(t(), user);
    const before = await countRows(t());
    const typed = {
      enterpriseNumber: '0123.456.789',
      legalName: 'Half <af> & "klaar"',
      regions: ['wallonia', 'german_community'],
      description_de: 'Noch nicht fertig',
    };
    const saved = await submitApplication(client, typed, {
      action: 'save',
      file: { field: 'logo', name: 'logo.png', type: 'image/png', data: pngImage(2, 2) },
    });
    assert.equal(saved.status, 303);
    assert.equal(saved.location, '/nl/sign/apply');
    assert.deepEqual(await countRows(t()), before, 'a draft creates no organisation');

    const page = await client.get('/nl/sign/apply');
    assert.match(page.body, /Uw ontwerp is bewaard/);
    assert.match(page.body, /We hebben het ontwerp teruggezet/);
    assert.ok(page.body.includes('value="0123.456.789"'));
    assert.ok(decodeHtml(page.body).includes('value="Half <af> & "klaar""'));
    assert.match(page.body, /value="wallonia" checked/);
    assert.match(page.body, /value="german_community" checked/);
    assert.match(page.body, /Noch nicht fertig<\/textarea>/);
    assert.match(page.body, /We hebben het bestand logo\.png bewaard/, 'the logo waits with the draft');

    // Sending it (after fixing) deletes the draft and keeps the logo.
    const pending = page.body.match(/name="logoPending" value="([^"]+)"/)![1]!;
    const fields = validApplication();
    const id = applicationIdFrom(
      await submitApplication(client, { ...fields, logoPending: pending, logoLabel: 'logo.png' }),
    );
    assert.ok(id);
    assert.equal(
      await db.selectFrom('application_drafts').select('user_id').where('user_id', '=', user.id).executeTakeFirst(),
      undefined,
    );
    const org = await db
      .selectFrom('organisations')
      .select('logo_file')
      .where('enterprise_number', '=', fields.enterpriseNumber as string)
      .executeTakeFirstOrThrow();
    assert.equal(org.logo_file, pending);
    assert.ok(await storedExists(t().config.dataDir, 'logos', pending));
    const served = await client.get(`/media/logos/${pending}`);
    assert.equal(served.status, 200);
    assert.equal(served.headers['content-type'], 'image/png');
  });

  test('a logo survives a failed submit; a non-image renamed .png is refused with the rest kept', async () => {
    const { db } = t();
    const client = await signedInClient(t(), await createUser(db));
    const before = await countRows(t());
    const fields = validApplication({ legalName: '' });
    const first = await submitApplication(client, fields, {
      file: { field: 'logo', name: 'logo.png', type: 'image/png', data: pngImage(3, 3) },
    });
    assert.equal(first.status, 400);
    assert.match(first.body, /We hebben het bestand logo\.png bewaard/);
    const pending = first.body.match(/name="logoPending" value="([^"]+)"/)![1]!;

    const fake = await submitApplication(
      client,
      { ...validApplication(), logoPending: pending, logoLabel: 'logo.png' },
      {
        lang: 'fr',
        file: { field: 'logo', name: 'logo.png', type: 'image/png', data: Buffer.from('%PDF-1.7 not an image at all') },
      },
    );
    assert.equal(fake.status, 400);
    assert.match(fake.body, /n’est pas une image PNG, JPEG ou WebP/);
    assert.match(fake.body, /choisissez-la à nouveau/);
    assert.ok(fake.body.includes('value="Digitaal Samen vzw"'), 'the other values stay');
    assert.deepEqual(await countRows(t()), before);

    const ok = await submitApplication(client, { ...validApplication(), logoPending: pending, logoLabel: 'logo.png' });
    applicationIdFrom(ok);
  });

  test('the eleventh application of a day answers 429 with Retry-After, keeps what was typed and the logo set aside', async () => {
    const { db } = t();
    const user = await createUser(db);
    const client = await signedInClient(t(), user);
    // Ten applications were sent today (the counter the service keeps; sending ten for real is slow).
    for (let i = 0; i < 10; i++) await consume(db, `signing:apply:${user.id}`, 10, 86_400_000);
    const before = await countRows(t());
    const first = await submitApplication(client, validApplication({ legalName: '' }), {
      file: { field: 'logo', name: 'logo.png', type: 'image/png', data: pngImage(2, 2) },
    });
    const pending = first.body.match(/name="logoPending" value="([^"]+)"/)![1]!;
    const res = await submitApplication(
      client,
      validApplication({ legalName: 'Elfde Aanvraag vzw', logoPending: pending, logoLabel: 'logo.png' }),
      { lang: 'en' },
    );
    assert.equal(res.status, 429);
    // The counter started with the first of the ten, moments ago: a new application is allowed in a day.
    const retryAfter = Number(res.headers['retry-after']);
    assert.ok(retryAfter > 86_400 - 300 && retryAfter <= 86_400, `Retry-After: ${res.headers['retry-after']}`);
    assert.match(decodeHtml(res.body), /You have sent 10 applications today/);
    assert.ok(res.body.includes('value="Elfde Aanvraag vzw"'), 'the typed values stay');
    assert.ok(await pendingExists(t().config.dataDir, user.id, pending), 'the logo waits for tomorrow');
    assert.deepEqual(await countRows(t()), before);
  });

  test('invited by: prefilled from ?invitedBy=slug, and an unknown number is a clear error', async () => {
    const { db } = t();
    const inviterNumber = newEnterpriseNumber();
    const inviter = await createOrganisation(db, { name: 'Uitnodiger nv', enterpriseNumber: inviterNumber });
    const client = await signedInClient(t(), await createUser(db));
    const page = await client.get(`/nl/sign/apply?invitedBy=${inviter.slug}`);
    assert.match(page.body, /Uitnodiger nv heeft u uitgenodigd/);
    assert.ok(page.body.includes(`value="${formatEnterpriseNumber(inviterNumber)}"`));

    const before = await countRows(t());
    const unknown = await submitApplication(client, validApplication({ invitedBy: '0403.227.515' }));
    assert.equal(unknown.status, 400);
    assert.match(unknown.body, /Geen enkele organisatie die ondertekende, heeft dit ondernemingsnummer/);
    assert.deepEqual(await countRows(t()), before);

    const fields = validApplication({ invitedBy: formatEnterpriseNumber(inviterNumber) });
    applicationIdFrom(await submitApplication(client, fields));
    const org = await db
      .selectFrom('organisations')
      .select('invited_by_org_id')
      .where('enterprise_number', '=', fields.enterpriseNumber as string)
      .executeTakeFirstOrThrow();
    assert.equal(org.invited_by_org_id, inviter.id);
  });
});
