import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation } from '../../../test/support/accounts.ts';
import { LANGS } from '../../platform/i18n/i18n.ts';
import { commitments, currentVersion } from '../charter/service.ts';

const h1Count = (html: string) => (html.match(/<h1[\s>]/g) ?? []).length;

const CITATION = {
  nl: 'Koning Boudewijnstichting, Barometer Digitale Inclusie 2024',
  fr: 'Fondation Roi Baudouin, Baromètre de l’inclusion numérique 2024',
  de: 'König-Baudouin-Stiftung, Barometer der digitalen Inklusion 2024',
  en: 'King Baudouin Foundation, Barometer of Digital Inclusion 2024',
} as const;

describeEachEngine('home page', (t) => {
  before(async () => {
    // Three signatories count; an applicant and a withdrawn organisation do not.
    for (let i = 0; i < 3; i++) await createOrganisation(t().db);
    await createOrganisation(t().db, { status: 'applicant' });
    await createOrganisation(t().db, { status: 'withdrawn' });
  });

  for (const lang of LANGS) {
    test(`/${lang} explains the charter and how to sign`, async () => {
      const res = await t().client().get(`/${lang}`);
      assert.equal(res.status, 200);
      assert.match(res.body, new RegExp(`<html lang="${lang}"`));
      assert.equal(h1Count(res.body), 1);
      assert.match(res.body, /<span class="stat__number">3<\/span>/);
      assert.ok(res.body.includes(`<cite>${CITATION[lang]}</cite>`), 'the barometer is cited');
      for (const path of ['/sign', '/charter', '/signatories'])
        assert.match(res.body, new RegExp(`href="/${lang}${path}"`));
      // The four causes and the three steps.
      assert.equal((res.body.match(/<li class="card">/g) ?? []).length, 4);
      assert.match(res.body, /<ol class="steps" role="list">(<li>[\s\S]*?<\/li>){3}<\/ol>/);
      const v = (await currentVersion(t().db))!;
      const list = await commitments(t().db, v.id, lang);
      assert.equal(list.length, 9);
      for (const c of list)
        assert.ok(res.body.includes(`<li>${c.shortTitle}</li>`), `commitment ${c.number} at a glance`);
    });
  }

  test('the home page stays under 14 KB compressed', async () => {
    for (const lang of LANGS) {
      const res = await t().app.inject({ url: `/${lang}`, headers: { 'accept-encoding': 'br' } });
      assert.equal(res.headers['content-encoding'], 'br');
      assert.ok(res.rawPayload.length < 14 * 1024, `${lang}: ${res.rawPayload.length} bytes with brotli`);
      const plain = await t().client().get(`/${lang}`);
      const gzipped = gzipSync(Buffer.from(plain.body, 'utf8')).length;
      assert.ok(gzipped < 14 * 1024, `${lang}: ${gzipped} bytes with gzip`);
    }
  });

  test('the count follows the directory: a new signatory shows at once', async () => {
    await createOrganisation(t().db);
    const res = await t().client().get('/fr');
    assert.match(
      res.body,
      /<span class="stat__number">4<\/span> <span class="stat__label">organisations ont signé la Charte<\/span>/,
    );
  });
});

describeEachEngine('home page before any organisation has signed', (t) => {
  test('says that no organisation has signed yet, instead of "0 organisations"', async () => {
    await createOrganisation(t().db, { status: 'applicant' });
    const expected = {
      nl: 'Nog geen enkele organisatie heeft het Charter ondertekend.',
      fr: 'Aucune organisation n’a encore signé la Charte.',
      de: 'Noch keine Organisation hat die Charta unterzeichnet.',
      en: 'No organisation has signed the Charter yet.',
    } as const;
    for (const lang of LANGS) {
      const res = await t().client().get(`/${lang}`);
      assert.ok(res.body.includes(`<span class="stat__label">${expected[lang]}</span>`), lang);
      assert.doesNotMatch(res.body, /stat__number/, `${lang}: no 0 shown`);
    }
  });
});
