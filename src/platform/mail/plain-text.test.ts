import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownToPlainText } from './plain-text.ts';

test('markdown becomes readable plain text for mail', () => {
  const md = '<!-- note -->\n# Charter\n\n## A *shared* commitment\n\nEach **organisation**[^1] commits to:\n\n1. share;\n2. act\n\n\n\n[^1]: Private, public and non-profit.';
  assert.equal(
    markdownToPlainText(md),
    'Charter\n\nA shared commitment\n\nEach organisation[1] commits to:\n\n1. share;\n2. act\n\n[1] Private, public and non-profit.',
  );
});

test('words with underscores or stars inside are left alone', () => {
  assert.equal(markdownToPlainText('snake_case_name and 2*3*4'), 'snake_case_name and 2*3*4');
});
