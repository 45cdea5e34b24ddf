import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LANGS, type Lang } from '../../platform/i18n/i18n.ts';
import { AUDIENCES, frameworkContentSchema, LEVELS, type Text4 } from './framework.ts';
import { FRAMEWORK_V1 } from './framework-v1.ts';

// Version 1 is what every organisation reads when it assesses itself: these checks keep its four
// languages complete, distinct and typeset, and keep the ladder of levels readable as steps.

/** Every text of the framework, with where it sits, for messages that say which one failed. */
function allTexts(): { where: string; text: Text4 }[] {
  return FRAMEWORK_V1.dimensions.flatMap((d) => [
    { where: `${d.key} title`, text: d.title },
    { where: `${d.key} summary`, text: d.summary },
    ...AUDIENCES.flatMap((audience) =>
      d.cells[audience].levels.flatMap((level, n) => [
        { where: `${d.key}/${audience}/${n} descriptor`, text: level.descriptor },
        { where: `${d.key}/${audience}/${n} examples`, text: level.examples },
      ]),
    ),
  ]);
}

// Names that are the same in every language; none is a whole text today, but one may become so.
const PROPER_NAMES = new Set(['Safeonweb', 'Safeonweb@work', 'itsme', 'DigComp', 'AnySurfer']);

describe('framework version 1', () => {
  test('passes the schema the database copy is read with', () => {
    const parsed = frameworkContentSchema.safeParse(FRAMEWORK_V1);
    assert.ok(parsed.success, parsed.success ? '' : parsed.error.message);
  });

  test('has the seven dimensions of the grid, in order, each with five levels per audience', () => {
    assert.deepEqual(
      FRAMEWORK_V1.dimensions.map((d) => d.key),
      ['leadership', 'access', 'skills', 'accessibility', 'non_digital', 'trust', 'sharing'],
    );
    for (const d of FRAMEWORK_V1.dimensions)
      for (const audience of AUDIENCES) assert.equal(d.cells[audience].levels.length, LEVELS.length, d.key);
  });

  test('every text is written in all four languages', () => {
    for (const { where, text } of allTexts())
      for (const lang of LANGS) assert.ok(text[lang].trim().length > 0, `${where} (${lang}) is empty`);
  });

  test('no language repeats another language’s text', () => {
    for (const { where, text } of allTexts())
      for (const [i, a] of LANGS.entries())
        for (const b of LANGS.slice(i + 1))
          if (!PROPER_NAMES.has(text[a]))
            assert.notEqual(text[a], text[b], `${where}: ${a} and ${b} are the same text`);
  });

  test('French texts use the no-break spaces of French typography', () => {
    for (const { where, text } of allTexts()) {
      const fr = text.fr;
      // U+00A0 before a colon (a URL's "://" aside), U+202F before ; ! ? — never a plain space.
      assert.doesNotMatch(fr, /[ \u202f]:/, `${where}: the space before ":" must be U+00A0`);
      assert.doesNotMatch(fr, /[^\u00a0]:(?!\/\/)/, `${where}: ":" needs U+00A0 before it`);
      assert.doesNotMatch(fr, /[^\u202f][;!?]/, `${where}: ; ! ? need U+202F before them`);
      assert.doesNotMatch(fr, /«(?!\u00a0)|(?<!\u00a0)»/, `${where}: « » need U+00A0 inside`);
    }
  });

  test('the five levels of a cell say five different things', () => {
    for (const d of FRAMEWORK_V1.dimensions)
      for (const audience of AUDIENCES)
        for (const lang of LANGS) {
          const descriptors = d.cells[audience].levels.map((l) => l.descriptor[lang]);
          assert.equal(new Set(descriptors).size, LEVELS.length, `${d.key}/${audience} (${lang})`);
        }
  });

  // One name per thing: a help point, an intermediary, staff are called the same in every cell,
  // and the organisation is spoken of in the third person (a quoted sentence may say "we").
  const OTHER_NAMES: Record<Lang, RegExp> = {
    nl: /hulpplek|\bpersoneel\b|\bonze?\b/i,
    fr: /\bnos\b|\bnotre\b|déclaration de conformité/i,
    de: /Hilfsangebot|Vermittelnde|\bunser|Barrierefreiheitserklärung/i,
    en: /\bour\b|help place|accessibility declaration/i,
  };

  test('each thing has one name in each language', () => {
    for (const { where, text } of allTexts())
      for (const lang of LANGS) assert.doesNotMatch(text[lang], OTHER_NAMES[lang], `${where} (${lang})`);
  });

  // Level 2 is "written policy" on the scale: each cell's level 2 says so in each language, so
  // that an organisation reads the same step in every dimension.
  const WRITTEN: Record<Lang, RegExp> = { nl: /schriftelijk/i, fr: /écrite?\b/i, de: /schriftlich/i, en: /written/i };

  test('level 2 is a written policy in every cell', () => {
    for (const d of FRAMEWORK_V1.dimensions)
      for (const audience of AUDIENCES)
        for (const lang of LANGS)
          assert.match(d.cells[audience].levels[2]!.descriptor[lang], WRITTEN[lang], `${d.key}/${audience} (${lang})`);
  });
});
