import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import { commitmentItems, titleOf } from './content.ts';
import { VERSION_1_DIR, version1Content } from './content/v1/index.ts';

// The authoritative texts live in the shared folder next to the repository during development;
// the repository keeps its own copies so that it never needs that folder at run time. Their
// SHA-256, taken from that folder, is written here, so the check runs on every clone (no skip):
// our copies must match it, and where the shared folder is present it must still match too.
const AUTHORITATIVE_SHA256: Record<string, string> = {
  nl: '8ed83aaeeeb1ac516b80cf0c72b1e91f415a93d82fdeab18159de80f191edd3f',
  fr: '383af7ead9cd021bcbadd064c2150a40cfd9b86ca9e74b4c3ce6b67b6d62235b',
};
const SHARED = path.resolve(VERSION_1_DIR, '../../../../../../shared/charter');
const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

const read = (lang: string) => fs.readFileSync(path.join(VERSION_1_DIR, `${lang}.md`), 'utf8');

describe('charter version 1 content', () => {
  for (const lang of ['nl', 'fr']) {
    test(`${lang}.md is byte-identical to the authoritative text`, () => {
      assert.equal(
        sha256(path.join(VERSION_1_DIR, `${lang}.md`)),
        AUTHORITATIVE_SHA256[lang],
        `${lang}.md differs from the authoritative text`,
      );
      const theirs = path.join(SHARED, `charter.${lang}.md`);
      if (fs.existsSync(theirs))
        assert.equal(sha256(theirs), AUTHORITATIVE_SHA256[lang], `${theirs} changed: copy it and update the hash`);
    });
  }

  test('the German and English texts say they are translations and not authoritative', () => {
    assert.match(read('en'), /^<!-- English translation[\s\S]*NOT authoritative/);
    assert.match(read('de'), /^<!-- Deutsche Übersetzung[\s\S]*NICHT verbindlich/);
  });

  test('every language has a title and nine commitments', () => {
    for (const lang of ['nl', 'fr', 'de', 'en']) {
      assert.ok(titleOf(read(lang)).length > 10, `${lang} has a title`);
      assert.equal(commitmentItems(read(lang)).length, 9, `${lang} lists nine commitments`);
    }
  });

  test('the structured data: four texts, 36 commitments, Dutch and French authoritative', () => {
    const content = version1Content();
    assert.deepEqual(
      content.texts.map((t) => [t.lang, t.isTranslation]),
      [
        ['nl', false],
        ['fr', false],
        ['de', true],
        ['en', true],
      ],
    );
    assert.equal(content.texts.find((t) => t.lang === 'nl')?.title, 'Charter voor digitale inclusie in België');
    assert.equal(content.texts.find((t) => t.lang === 'fr')?.title, 'Charte pour l’inclusion numérique en Belgique');
    assert.equal(content.commitments.length, 36);
    for (const lang of ['nl', 'fr', 'de', 'en'] as const) {
      const mine = content.commitments.filter((c) => c.lang === lang);
      assert.deepEqual(
        mine.map((c) => c.number),
        [1, 2, 3, 4, 5, 6, 7, 8, 9],
      );
      for (const c of mine)
        assert.ok(c.shortTitle.length > 3 && c.shortTitle.length < 60, `${lang} ${c.number} short title`);
    }
  });

  test('the Dutch and French full texts are the charter’s own words, line for line', () => {
    const content = version1Content();
    for (const lang of ['nl', 'fr'] as const) {
      const file = read(lang);
      for (const c of content.commitments.filter((x) => x.lang === lang)) {
        assert.ok(file.includes(`\n${c.number}. ${c.fullText}\n`), `${lang} commitment ${c.number} is verbatim`);
      }
    }
    const eight = content.commitments.find((c) => c.lang === 'nl' && c.number === 8);
    // The source's typo is kept: the text is shown as signed.
    assert.match(eight!.fullText, /veiligheidsgevol van mensen/);
  });
});
