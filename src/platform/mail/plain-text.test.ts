import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownToPlainText } from './plain-text.ts';

test('markdown becomes readable plain text for mail', () => {
  const md =
    '<!-- note -->\n# Charter\n\n## A *shared* commitment\n\nEach **organisation**[^1] commits to:\n\n1. share;\n2. act\n\n\n\n[^1]: Private, public and non-profit.';
  assert.equal(
    markdownToPlainText(md),
    'Charter\n\nA shared commitment\n\nEach organisation[1] commits to:\n\n1. share;\n2. act\n\n[1] Private, public and non-profit.',
  );
});

test('words with underscores inside are left alone; stars read as on the page (CommonMark)', () => {
  assert.equal(markdownToPlainText('snake_case_name and 2 * 3 = 6'), 'snake_case_name and 2 * 3 = 6');
  // The page shows 2<em>3</em>4 here: the mail says the same words, without the stars.
  assert.equal(markdownToPlainText('2*3*4'), '234');
  assert.equal(markdownToPlainText('2\\*3\\*4'), '2*3*4');
});

test('lists, quotes and links read well as plain text', () => {
  assert.equal(
    markdownToPlainText(
      '- one\n- two\n  more\n\n> quoted\n\nSee [the charter](https://example.be/nl/charter) or <https://example.be>.',
    ),
    '- one\n- two\n  more\n\n> quoted\n\nSee the charter (https://example.be/nl/charter) or https://example.be.',
  );
});
