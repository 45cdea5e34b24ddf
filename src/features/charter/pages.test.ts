import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { LANGS } from '../../platform/i18n/i18n.ts';
import { commitments, currentVersion } from './service.ts';

const h1Count = (html: string) => (html.match(/<h1[\s>]/g) ?? []).length;

const NOTICE = {
  de: /Dies ist eine Übersetzung[\s\S]*Verbindlich sind nur der niederländische und der französische Text/,
  en: /This is a translation[\s\S]*The Dutch and French texts are authoritative/,
};

describeEachEngine('charter pages', (t) => {
  for (const lang of LANGS) {
    test(`/${lang}/charter shows the text in force, its commitments and a way to sign`, async () => {
      const res = await t().client().get(`/${lang}/charter`);
      assert.equal(res.status, 200);
      assert.match(res.body, new RegExp(`<html lang="${lang}"`));
      assert.equal(h1Count(res.body), 1);
      assert.match(res.body, new RegExp(`href="/${lang}/sign"`));
      assert.match(res.body, /<div class="prose" lang="[a-z]{2}">/);
      assert.match(res.body, new RegExp(`<div class="prose" lang="${lang}">`));
      const v = (await currentVersion(t().db))!;
      for (const c of await commitments(t().db, v.id, lang)) {
        assert.ok(res.body.includes(`<li id="commitment-${c.number}">`), `commitment ${c.number} is listed`);
      }
      // One version only: no list of versions yet.
      assert.doesNotMatch(res.body, /id="versions"/);
      if (lang === 'de' || lang === 'en') {
        assert.match(res.body, NOTICE[lang]);
        assert.match(res.body, new RegExp(`href="/${lang}/charter/versions/1\\?text=nl" hreflang="nl"`));
        assert.match(res.body, new RegExp(`href="/${lang}/charter/versions/1\\?text=fr" hreflang="fr"`));
      } else {
        assert.doesNotMatch(res.body, /banner--info/);
      }
    });

    test(`/${lang}/charter/versions/1 answers in ${lang}`, async () => {
      const res = await t().client().get(`/${lang}/charter/versions/1`);
      assert.equal(res.status, 200);
      assert.match(res.body, new RegExp(`<html lang="${lang}"`));
      assert.equal(h1Count(res.body), 1);
      if (lang === 'de' || lang === 'en') assert.match(res.body, NOTICE[lang]);
    });
  }

  test('the Dutch charter is shown verbatim, footnote included, without the editorial comment', async () => {
    const res = await t().client().get('/nl/charter');
    assert.match(res.body, /<h1>Charter voor digitale inclusie in België<\/h1>/);
    assert.match(res.body, /het online veiligheidsgevol van mensen te verhogen/);
    assert.match(res.body, /organisatie<sup><a href="#charter-fn-1"/);
    assert.match(res.body, /<h3 id="charter-footnotes-label">Voetnoten<\/h3>/);
    assert.doesNotMatch(res.body, /Paragraphs reflowed/);
  });

  test('an English page can show the authoritative Dutch text, marked as Dutch', async () => {
    const res = await t().client().get('/en/charter/versions/1?text=nl');
    assert.equal(res.status, 200);
    assert.match(res.body, /<html lang="en"/);
    assert.match(res.body, /<h1 lang="nl">Charter voor digitale inclusie in België<\/h1>/);
    assert.match(res.body, /<div class="prose" lang="nl">/);
    assert.match(res.body, /You are reading the Dutch text/);
    assert.doesNotMatch(res.body, /This is a translation/);
    // Footnote labels speak the language of the text they sit in.
    assert.match(res.body, /Voetnoten/);
  });

  test('a wrong ?text= is ignored', async () => {
    const res = await t().client().get('/fr/charter?text=xx');
    assert.equal(res.status, 200);
    assert.match(res.body, /<div class="prose" lang="fr">/);
  });

  test('unknown or malformed versions are not found', async () => {
    const c = t().client();
    for (const url of [
      '/en/charter/versions/9',
      '/en/charter/versions/abc',
      '/en/charter/versions/01',
      '/en/charter/versions/-1',
    ]) {
      assert.equal((await c.get(url)).status, 404, url);
    }
  });

  test('the markup of the text escapes nothing into HTML: no script anywhere on the page', async () => {
    const res = await t().client().get('/en/charter');
    assert.doesNotMatch(res.body, /<script(?! type="module" src="\/assets\/)/);
    assert.doesNotMatch(res.body, / style=/);
  });
});
