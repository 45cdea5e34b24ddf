import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { LANGS, translator } from '../../platform/i18n/i18n.ts';
import { LEGAL_SETTINGS } from './service.ts';

const h1Count = (html: string) => (html.match(/<h1[\s>]/g) ?? []).length;
const PAGES = ['accessibility', 'privacy', 'contact'] as const;

describeEachEngine('legal pages', (t) => {
  for (const page of PAGES) {
    for (const lang of LANGS) {
      test(`/${lang}/${page} answers in ${lang} with one h1 and nothing from elsewhere`, async () => {
        const res = await t().client().get(`/${lang}/${page}`);
        assert.equal(res.status, 200);
        assert.match(res.body, new RegExp(`<html lang="${lang}"`));
        assert.equal(h1Count(res.body), 1);
        assert.doesNotMatch(res.body, /\ssrc="(https?:)?\/\//, 'no third-party requests');
        assert.doesNotMatch(res.body, / style=/);
      });
    }
  }

  test('the accessibility statement names the standard, the tests and the way to complain', async () => {
    const res = await t().client().get('/en/accessibility');
    assert.match(res.body, /WCAG\) 2\.2 at level AA/);
    assert.match(res.body, /EN 301 549/);
    assert.match(res.body, /axe tool in a real web browser/);
    assert.match(res.body, /with a keyboard only/);
    assert.match(res.body, /JavaScript switched off/);
    assert.match(res.body, /we did not know of any problems/);
    assert.match(res.body, /sign the Charter on paper/);
  });

  test('the privacy page lists every cookie and the retention of each kind of data', async () => {
    const res = await t().client().get('/nl/privacy');
    for (const cookie of ['sid', '_csrf', 'flash']) assert.match(res.body, new RegExp(`<code>${cookie}</code>`));
    for (const id of ['account', 'signature', 'audit', 'sessions', 'abuse'])
      assert.match(res.body, new RegExp(`id="data-${id}"`));
    assert.match(res.body, /Gegevensbeschermingsautoriteit/);
    assert.match(res.body, /href="https:\/\/www\.gegevensbeschermingsautoriteit\.be"/);
  });

  test('the contact page points citizens to EPN and digipunten', async () => {
    const res = await t().client().get('/fr/contact');
    assert.match(res.body, /<h2 id="help">/);
    assert.match(res.body, /espace public numérique \(EPN\)/);
    assert.match(res.body, /digipunt/);
    assert.match(res.body, /suspicious@safeonweb\.be/);
  });

  test('details the secretariat has not filled in show a visible placeholder', async () => {
    for (const lang of LANGS) {
      const res = await t().client().get(`/${lang}/contact`);
      const placeholder = translator(lang)('legal.placeholder');
      assert.equal(res.body.split(placeholder).length - 1, 3, `${lang}: e-mail, phone and post are placeholders`);
    }
  });

  test('details set by the secretariat replace the placeholders', async () => {
    const { db } = t();
    const values = {
      [LEGAL_SETTINGS.email]: 'charter@example.be',
      [LEGAL_SETTINGS.phone]: '+32 2 123 45 67',
      [LEGAL_SETTINGS.postalAddress]: 'Rue de l’Exemple 1\n1000 Bruxelles',
      [LEGAL_SETTINGS.enforcementBody]: 'Example enforcement body <office@example.be>',
      [`${LEGAL_SETTINGS.limitations}_en`]: 'The PDF report is not yet tagged.',
    };
    await db
      .insertInto('settings')
      .values(Object.entries(values).map(([key, value]) => ({ key, value })))
      .execute();
    try {
      const contact = await t().client().get('/en/contact');
      assert.match(contact.body, /<a href="mailto:charter@example.be">charter@example.be<\/a>/);
      assert.match(contact.body, /<a href="tel:\+3221234567">\+32 2 123 45 67<\/a>/);
      assert.match(contact.body, /Rue de l’Exemple 1<br\/>1000 Bruxelles/);
      assert.doesNotMatch(contact.body, /To be completed by the secretariat/);
      const statement = await t().client().get('/en/accessibility');
      assert.match(statement.body, /The PDF report is not yet tagged\./);
      assert.doesNotMatch(statement.body, /we did not know of any problems/);
      assert.match(statement.body, /Example enforcement body &lt;office@example.be>/);
      // Written only in English: the Dutch statement shows them, marked as English, and does
      // not claim that none are known.
      const nl = await t().client().get('/nl/accessibility');
      assert.match(nl.body, /Dit deel bestaat voorlopig alleen in het Engels\./);
      assert.match(nl.body, /<p lang="en">The PDF report is not yet tagged\.<\/p>/);
      assert.doesNotMatch(nl.body, /kenden we geen problemen/);
    } finally {
      await db.deleteFrom('settings').where('key', 'in', Object.keys(values)).execute();
    }
  });
});
