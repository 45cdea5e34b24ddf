import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

// One name per thing (issue 7): saying that an organisation sees an obstacle too is "we see
// this too" in every language, never an "endorsement" (the code's name for it stays inside).

const OTHER_NAMES: Record<string, RegExp> = {
  en: /endors/i,
  nl: /steun|onderschrijv/i,
  fr: /soutien|soutenu|appui/i,
  de: /unterstütz|befürwort/i,
};

test('the obstacles catalogues use one name for "we see this too" in each language', () => {
  for (const [lang, other] of Object.entries(OTHER_NAMES)) {
    const file = path.resolve('src/features/obstacles/locales', `${lang}.json`);
    const messages = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
    const offending = Object.entries(messages).filter(([, text]) => other.test(text));
    assert.deepEqual(offending, [], `${lang}: another name for the same thing`);
  }
});
