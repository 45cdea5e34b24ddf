import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wordDiff } from './diff.ts';
import { occursIn } from './quote.ts';

test('the diff marks removed and added words, keeping the words in common', () => {
  assert.deepEqual(wordDiff('door interne opleiding te stimuleren', 'door een interne opleiding aan te bieden'), [
    { kind: 'same', text: 'door' },
    { kind: 'ins', text: 'een' },
    { kind: 'same', text: 'interne opleiding' },
    { kind: 'ins', text: 'aan' },
    { kind: 'same', text: 'te' },
    { kind: 'del', text: 'stimuleren' },
    { kind: 'ins', text: 'bieden' },
  ]);
});

test('a replaced word is one removal then one addition; equal texts have no change', () => {
  assert.deepEqual(wordDiff('het veiligheidsgevol verhogen', 'het veiligheidsgevoel verhogen'), [
    { kind: 'same', text: 'het' },
    { kind: 'del', text: 'veiligheidsgevol' },
    { kind: 'ins', text: 'veiligheidsgevoel' },
    { kind: 'same', text: 'verhogen' },
  ]);
  assert.deepEqual(wordDiff('a  b\nc', 'a b c'), [{ kind: 'same', text: 'a b c' }]);
  assert.deepEqual(wordDiff('', 'nieuw'), [{ kind: 'ins', text: 'nieuw' }]);
  assert.deepEqual(wordDiff('oud', ''), [{ kind: 'del', text: 'oud' }]);
});

test('a quote is found as people copy it: any white space, curly or straight apostrophes', () => {
  const text = 'promouvoir l’inclusion numérique au sein de sa\npropre organisation';
  assert.ok(occursIn("l'inclusion numérique au  sein de sa propre", [text]));
  assert.ok(!occursIn('l’inclusion digitale', [text]));
  assert.ok(!occursIn('   ', [text]));
});
