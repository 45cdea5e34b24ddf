// The printable application and commitment form: one tagged PDF per language, linked from the
// intro page with its size, holding the charter in force and the online form's labels.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { translator, type Lang } from '../../platform/i18n/i18n.ts';
import { ensureCharter } from './test-support.ts';
import { charterFor, currentVersion } from '../charter/service.ts';
import { PAPER_FONTS } from './paper-form.ts';

// fontkit is the font engine pdfkit itself uses; here it tells whether a font has a glyph.
const fontkit = createRequire(import.meta.url)('fontkit') as {
  openSync(file: string): { hasGlyphForCodePoint(codePoint: number): boolean };
};

/** pdftotext (poppler-utils) when the machine has it: then the text itself is checked too. */
function pdfText(pdf: Buffer): string | null {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'paper-form-')), 'form.pdf');
  fs.writeFileSync(file, pdf);
  try {
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } catch {
    return null;
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

/** A PDF text string as pdfkit writes it, with PDF escapes. */
function pdfString(text: string): string {
  // ASCII stays as it is; anything else is written as UTF-16BE after a byte-order mark.
  const bytes = /^[\x00-\x7f]*$/.test(text)
    ? text
    : Buffer.from(`\uFEFF${text}`, 'utf16le').swap16().toString('latin1');
  const escaped = bytes
    .replace(/[\\()]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r');
  return `(${escaped})`;
}

const CHARTER_TITLE: Record<Lang, string> = {
  nl: 'Charter voor digitale inclusie in België',
  fr: 'Charte pour l’inclusion numérique en Belgique',
  de: 'Charta für digitale Inklusion in Belgien',
  en: 'Charter for Digital Inclusion in Belgium',
};

describeEachEngine('the paper form', (t) => {
  before(async () => {
    await ensureCharter(t());
  });

  test('the embedded fonts have a glyph for every character of the texts, French spaces included', async () => {
    const version = await currentVersion(t().db);
    let characters = 'éèëçßàâêîôûùüöäÄÖÜ’‘“”«»–—…\u202F\u00A0';
    for (const lang of ['nl', 'fr', 'de', 'en'] as const) {
      characters += (await charterFor(t().db, version!.id, lang))!.body;
      const catalogue = JSON.parse(
        fs.readFileSync(new URL(`./locales/${lang}.json`, import.meta.url), 'utf8'),
      ) as Record<string, string>;
      characters += Object.values(catalogue).join('');
    }
    for (const file of Object.values(PAPER_FONTS)) {
      const font = fontkit.openSync(file);
      const missing = [...new Set(characters)]
        .filter((c) => !/\s/.test(c) || c === '\u202F' || c === '\u00A0')
        .filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!));
      assert.deepEqual(
        missing,
        [],
        `${path.basename(file)} lacks ${missing.map((c) => `U+${c.codePointAt(0)!.toString(16)}`).join(' ')}`,
      );
    }
  });

  for (const lang of ['nl', 'fr', 'de', 'en'] as const) {
    test(`in ${lang}: a tagged PDF with its title, language, the charter and the form's labels`, async () => {
      const tr = translator(lang);
      const intro = await t().client().get(`/${lang}/sign`);
      const link = new RegExp(
        `<a href="/${lang}/sign/paper-form.pdf" type="application/pdf" hreflang="${lang}">([^<]+)</a>`,
      ).exec(intro.body);
      assert.ok(link, 'the intro page links to the form in its language');

      const res = await t().app.inject({ url: `/${lang}/sign/paper-form.pdf` });
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'application/pdf');
      const pdf = res.rawPayload;
      assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
      assert.match(pdf.subarray(-8).toString('latin1'), /%%EOF/);
      // The link states the size the file really has, in kB (rounded).
      const kb = String(Math.max(1, Math.round(pdf.length / 1024)));
      assert.ok(link[1]!.replace(/\D+/g, ' ').trim().split(' ').includes(kb), `${link[1]} says ${kb} kB`);

      const raw = pdf.toString('latin1');
      assert.ok(raw.includes(pdfString(tr('signing.paperForm.title'))), 'the document title');
      assert.match(raw, /\/DisplayDocTitle true/);
      assert.match(raw, /\/MarkInfo \d+ 0 R/, 'tagged');
      assert.match(raw, /\/Marked true/);
      assert.match(raw, /\/StructTreeRoot \d+ 0 R/);
      assert.ok(raw.includes(`/Lang (${lang}-BE)`), 'the document language');
      assert.match(raw, /DejaVuSans/, 'an embedded font that has every character');

      const text = pdfText(pdf);
      if (text !== null) {
        const flat = text.replace(/\s+/g, ' ');
        for (const words of [
          tr('signing.paperForm.title'),
          CHARTER_TITLE[lang],
          tr('signing.apply.enterpriseNumber.label'),
          tr('signing.profile.legalName.label'),
          tr('signing.apply.executiveName.label'),
          tr('signing.apply.executiveTitle.label'),
          tr('signing.paperForm.signature.label'),
        ])
          assert.ok(flat.includes(words.replace(/\s+/g, ' ')), `"${words}" is in the ${lang} PDF`);
      }
    });
  }
});
