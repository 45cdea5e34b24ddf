import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createUser } from '../../../test/support/accounts.ts';
import { newId } from '../../platform/db/sql.ts';
import { insertOrganisation, type InsertedOrg } from './test-fixtures.ts';

describeEachEngine('signatory profiles, certificates and badges', (t) => {
  const org: Record<string, InsertedOrg> = {};

  before(async () => {
    const db = t().db;
    org.inviter = await insertOrganisation(db, {
      name: 'Digitaal Samen vzw',
      regions: ['flanders', 'brussels'],
      languages: ['nl', 'fr'],
      descriptions: { nl: 'Wij geven gratis computerlessen in Gent.', fr: 'Nous donnons des cours gratuits à Gand.' },
      signedAt: '2021-04-20T09:00:00.000Z',
      website: 'https://www.digitaal-samen.example',
      events: [
        { kind: 'applied', at: '2021-04-01T09:00:00.000Z' },
        { kind: 'signed', at: '2021-04-20T09:00:00.000Z' },
        { kind: 'approved', at: '2021-04-22T09:00:00.000Z' },
      ],
    });
    org.frenchOnly = await insertOrganisation(db, {
      name: 'Atelier Numérique Sambre asbl',
      sector: 'nonprofit',
      size: 'micro',
      regions: ['wallonia'],
      languages: ['fr'],
      descriptions: { fr: 'Un atelier où chacun apprend à utiliser son smartphone.' },
      signedAt: '2023-10-05T09:00:00.000Z',
      invitedBy: org.inviter.id,
    });
    org.withdrawn = await insertOrganisation(db, {
      name: 'Oude Drukkerij nv',
      status: 'withdrawn',
      sector: 'private',
      signedAt: '2022-02-02T09:00:00.000Z',
      events: [
        { kind: 'signed', at: '2022-02-02T09:00:00.000Z' },
        { kind: 'rejected', at: '2022-01-15T09:00:00.000Z', note: 'internal remark that must stay private' },
        { kind: 'withdrawn', at: '2024-06-01T09:00:00.000Z', note: 'We stoppen onze activiteiten.' },
      ],
      invitedBy: org.inviter.id,
    });
    org.applicant = await insertOrganisation(db, {
      name: 'Aanvrager vzw',
      status: 'applicant',
      invitedBy: org.inviter.id,
    });
    org.rejected = await insertOrganisation(db, { name: 'Geweigerd bv', status: 'rejected' });
    org.tricky = await insertOrganisation(db, {
      name: 'Café <script>alert("x")</script> & Zonen',
      signedAt: '2024-05-05T09:00:00.000Z',
    });

    // An approved application with the executive's signature, as the signing feature stores it.
    const applicant = await createUser(db);
    const version = await db
      .selectFrom('charter_versions')
      .select('id')
      .where('version', '=', 1)
      .executeTakeFirstOrThrow();
    const applicationId = newId();
    await db
      .insertInto('applications')
      .values({
        id: applicationId,
        org_id: org.inviter.id,
        status: 'approved',
        applicant_user_id: applicant.id,
        contact_name: 'An Peeters',
        contact_email: applicant.email,
        executive_name: 'Katrien Willems',
        executive_title: 'Algemeen directeur',
        executive_email: 'katrien@digitaal-samen.example',
        executive_lang: 'nl',
        charter_version_id: version.id,
        token_hash: null,
        token_expires_at: null,
        submitted_at: '2021-04-01T09:00:00.000Z',
        executive_answered_at: '2021-04-20T09:00:00.000Z',
        decided_at: '2021-04-22T09:00:00.000Z',
        decided_by: null,
        decision_reason: null,
        info_request: null,
        updated_at: '2021-04-22T09:00:00.000Z',
      })
      .execute();
    await db
      .insertInto('signatures')
      .values({
        id: newId(),
        org_id: org.inviter.id,
        application_id: applicationId,
        charter_version_id: version.id,
        signer_name: 'Katrien Willems',
        signer_title: 'Algemeen directeur',
        signer_email: 'katrien@digitaal-samen.example',
        lang: 'nl',
        text_hash: 'a'.repeat(64),
        signed_at: '2021-04-20T09:00:00.000Z',
      })
      .execute();
  });

  const page = async (path: string) => t().client().get(path);

  test('a profile shows the facts, the history and the description in the page language', async () => {
    const res = await page(`/nl/signatories/${org.inviter!.slug}`);
    assert.equal(res.status, 200);
    assert.match(res.body, /<h1>Digitaal Samen vzw<\/h1>/);
    assert.match(res.body, /<div class="prose" lang="nl"><p>Wij geven gratis computerlessen in Gent.<\/p>/);
    assert.doesNotMatch(res.body, /Deze beschrijving bestaat alleen/);
    const digits = org.inviter!.enterpriseNumber;
    assert.ok(
      res.body.includes(`${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`),
      'enterprise number as 0xxx.xxx.xxx',
    );
    assert.match(res.body, /Brussels Hoofdstedelijk Gewest, Vlaanderen/);
    assert.match(
      res.body,
      /<a href="https:\/\/www.digitaal-samen.example" rel="nofollow noopener">www.digitaal-samen.example<\/a>/,
    );
    assert.match(res.body, /<time datetime="2021-04-20T09:00:00.000Z">20 april 2021<\/time>/);
    assert.match(res.body, /Versie 1/);
    assert.match(res.body, /Vroeg aan om het Charter te ondertekenen/);
    assert.match(res.body, /Het secretariaat bevestigde de ondertekening/);
  });

  test('a description missing in the page language falls back, with a visible notice and the right lang', async () => {
    const en = await page(`/en/signatories/${org.frenchOnly!.slug}`);
    assert.match(en.body, /This description is only available in French\./);
    assert.match(
      en.body,
      /<div class="prose" lang="fr"><p>Un atelier où chacun apprend à utiliser son smartphone.<\/p>/,
    );
    const de = await page(`/de/signatories/${org.frenchOnly!.slug}`);
    assert.match(de.body, /Diese Beschreibung gibt es nur auf Französisch\./);
    const fr = await page(`/fr/signatories/${org.frenchOnly!.slug}`);
    assert.doesNotMatch(fr.body, /Cette description existe uniquement/);
    const none = await page(`/en/signatories/${org.tricky!.slug}`);
    assert.match(none.body, /This organisation has not written a description yet\./);
  });

  test('applicants and rejected organisations are not public', async () => {
    for (const o of [org.applicant!, org.rejected!]) {
      assert.equal((await page(`/en/signatories/${o.slug}`)).status, 404);
      assert.equal((await page(`/en/signatories/${o.slug}/certificate`)).status, 404);
      assert.equal((await page(`/badge/${o.slug}.svg`)).status, 404);
      assert.equal((await page(`/api/v1/signatories/${o.slug}`)).status, 404);
    }
    assert.equal((await page('/en/signatories/no-such-organisation')).status, 404);
  });

  test('an organisation that withdrew stays visible with its withdrawal and reason, without badge or certificate', async () => {
    const res = await page(`/en/signatories/${org.withdrawn!.slug}`);
    assert.equal(res.status, 200);
    assert.match(res.body, /This organisation has withdrawn from the Charter/);
    assert.match(res.body, /It withdrew on 1 June 2024/);
    assert.match(res.body, /Withdrew from the Charter/);
    assert.match(res.body, /Reason given: We stoppen onze activiteiten\./);
    assert.doesNotMatch(res.body, /internal remark/, 'rejections are never public');
    assert.doesNotMatch(res.body, /badge-code/);
    assert.equal((await page(`/en/signatories/${org.withdrawn!.slug}/certificate`)).status, 404);
    assert.equal((await page(`/badge/${org.withdrawn!.slug}.svg`)).status, 404);
  });

  test('"invited by" and "organisations it brought in" link both ways, public ones only', async () => {
    const inviter = await page(`/en/signatories/${org.inviter!.slug}`);
    assert.match(inviter.body, /2 organisations signed the Charter after an invitation from Digitaal Samen vzw:/);
    assert.ok(
      inviter.body.includes(`<a href="/en/signatories/${org.frenchOnly!.slug}">Atelier Numérique Sambre asbl</a>`),
    );
    assert.ok(
      inviter.body.includes(`<a href="/en/signatories/${org.withdrawn!.slug}">Oude Drukkerij nv</a> (Withdrawn)`),
    );
    assert.ok(!inviter.body.includes(org.applicant!.slug), 'applicants are not shown');
    const invited = await page(`/en/signatories/${org.frenchOnly!.slug}`);
    assert.ok(
      invited.body.includes(`Invited by <a href="/en/signatories/${org.inviter!.slug}">Digitaal Samen vzw</a>`),
    );
  });

  test('the profile offers the certificate and the badge code, linked to the profile', async () => {
    const res = await page(`/fr/signatories/${org.inviter!.slug}`);
    assert.ok(res.body.includes(`href="/fr/signatories/${org.inviter!.slug}/certificate"`));
    const code = res.body.match(/<textarea class="textarea" id="badge-code"[^>]*readonly[^>]*>([^<]*)<\/textarea>/);
    assert.ok(code, 'a read-only textarea with the code');
    const snippet = code[1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    const base = t().config.baseUrl;
    assert.ok(
      snippet.startsWith(
        `<a href="${base}/fr/signatories/${org.inviter!.slug}"><img src="${base}/badge/${org.inviter!.slug}.svg?lang=fr"`,
      ),
      snippet,
    );
    assert.match(snippet, /alt="Digitaal Samen vzw a signé la Charte pour l’inclusion numérique"/);
    assert.match(
      res.body,
      /<button class="button button--secondary" type="button" data-copy="badge-code"[^>]* hidden>/,
    );
  });

  test('the certificate names the organisation, the date, the version and the signer, in the page language', async () => {
    const res = await page(`/fr/signatories/${org.inviter!.slug}/certificate`);
    assert.equal(res.status, 200);
    assert.match(res.body, /<div class="certificate stack">/);
    assert.match(res.body, /<h1>Digitaal Samen vzw<\/h1>/);
    assert.match(
      res.body,
      /a signé la Charte pour l’inclusion numérique le <time datetime="2021-04-20T09:00:00.000Z">20 avril 2021<\/time>\./,
    );
    assert.match(res.body, /Version 1 de la Charte/);
    assert.match(res.body, /Signé par <strong>Katrien Willems<\/strong>, Algemeen directeur/);
    const de = await page(`/de/signatories/${org.inviter!.slug}/certificate`);
    assert.match(
      de.body,
      /hat die Charta für digitale Inklusion am <time datetime="2021-04-20T09:00:00.000Z">20. April 2021<\/time> unterzeichnet\./,
    );
  });

  test('the year filter skips years in which nobody (still listed) signed', async () => {
    const years = async (query: string) =>
      [...(await page(`/en/signatories${query}`)).body.matchAll(/<option value="(\d{4})"/g)].map((m) => m[1]);
    assert.deepEqual(await years(''), ['2021', '2023', '2024']);
    assert.deepEqual(await years('?withdrawn=1'), ['2021', '2022', '2023', '2024']);
  });

  test('the badge is an SVG other sites may embed and cache; the name is escaped', async () => {
    const res = await page(`/badge/${org.tricky!.slug}.svg?lang=fr`);
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /^image\/svg\+xml/);
    assert.equal(res.headers['cross-origin-resource-policy'], 'cross-origin');
    assert.equal(res.headers['cache-control'], 'public, max-age=3600');
    assert.ok(!res.body.includes('<script'), 'no markup from the name');
    assert.ok(res.body.includes('Café &#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; Zonen'));
    assert.match(res.body, /Signataire de la Charte pour l’inclusion numérique/);
    assert.match(res.body, /depuis 2024/);
    assert.ok(
      res.body.includes('Signataire de la Charte pour l’inclusion numérique\u00a0: Café'),
      'French colon in the label',
    );
    assert.match(res.body, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const unknownLang = await page(`/badge/${org.inviter!.slug}.svg?lang=xx`);
    assert.equal(unknownLang.status, 200);
    assert.match(unknownLang.body, /Ondertekenaar van het Charter voor digitale inclusie/);
  });
});
