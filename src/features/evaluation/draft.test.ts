import assert from 'node:assert/strict';
import { test } from 'node:test';
import { draftFrom } from './draft.ts';
import { findPassage } from './quote.ts';

const nl = { lang: 'nl', body: '1. goede praktijken delen;\n4. door interne opleiding\nte stimuleren;\n6. campagnes steunen;' };
const fr = { lang: 'fr', body: '4. en favorisant la formation ;' };

test('an accepted proposal replaces its passage in its own language only', () => {
  const draft = draftFrom([nl, fr], [{ id: 'a', lang: 'nl', quoted: 'interne opleiding te stimuleren', proposed: 'elk jaar opleiding aan te bieden' }]);
  assert.equal(draft.texts[0]!.body, '1. goede praktijken delen;\n4. door elk jaar opleiding aan te bieden;\n6. campagnes steunen;');
  assert.equal(draft.texts[1]!.body, fr.body);
  assert.deepEqual(draft.applied, ['a']);
  assert.deepEqual(draft.conflicts, []);
});

test('two proposals on the same passage are a conflict and neither is applied; others still are', () => {
  const draft = draftFrom(
    [nl],
    [
      { id: 'a', lang: 'nl', quoted: 'interne opleiding', proposed: 'opleiding' },
      { id: 'b', lang: 'nl', quoted: 'opleiding te stimuleren', proposed: 'vorming te geven' },
      { id: 'c', lang: 'nl', quoted: 'campagnes steunen', proposed: 'campagnes actief steunen' },
      { id: 'd', lang: 'nl', quoted: 'niet in de tekst', proposed: 'x' },
    ],
  );
  assert.deepEqual(draft.conflicts, [['a', 'b']]);
  assert.deepEqual(draft.applied, ['c']);
  assert.deepEqual(draft.notFound, ['d']);
  assert.match(draft.texts[0]!.body, /interne opleiding\nte stimuleren;\n6\. campagnes actief steunen;/);
});

test('a quoted passage matches across line ends and runs of spaces', () => {
  assert.deepEqual(findPassage('a  b\nc d', 'b c'), { start: 3, end: 6 });
  assert.equal(findPassage('abc', '   '), null);
  // As the proposal's check accepted it: a straight apostrophe for a curly one, emphasis marks
  // within the passage; a mark at its edge stays in the text (the secretariat reads the draft).
  assert.deepEqual(findPassage('de l’inclusion *numérique* au travail', "l'inclusion numérique"), { start: 3, end: 25 });
});

