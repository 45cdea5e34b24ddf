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

// An obstacle is a "drempel" and a "Hürde" wherever the interface names one: the menu and the
// register say so, and a form that asked "Tegen welke obstakels?" read like another thing.
const OBSTACLE_OTHER_NAMES: Record<string, RegExp> = { nl: /obstakel/i, de: /hindernis/i };

test('every feature calls an obstacle by the register’s name', () => {
  const features = path.resolve('src/features');
  for (const feature of fs.readdirSync(features)) {
    for (const [lang, other] of Object.entries(OBSTACLE_OTHER_NAMES)) {
      const file = path.join(features, feature, 'locales', `${lang}.json`);
      if (!fs.existsSync(file)) continue;
      const messages = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
      const offending = Object.entries(messages).filter(([, text]) => other.test(text));
      assert.deepEqual(offending, [], `${feature} (${lang}): another name for an obstacle`);
    }
  }
});

// "Former signatory" is one message, the register's (obstacles.item.formerSignatory), which the
// profile's and the action's lists show through obstacles/obstacle-link.tsx: no other catalogue
// says it again in its own words, which would drift apart.
const FORMER_OTHER_WORDS: Record<string, RegExp> = {
  en: /former signator|ex-signator|no longer a signatory/i,
  nl: /voormalige? ondertekenaar|ex-ondertekenaar|niet langer ondertekenaar/i,
  // (« n’est plus signataire » also says, rightly, what withdrawing does: organisations' catalogue.)
  fr: /ancien(ne)? signataire|ex-signataire/i,
  de: /ehemal\w* unterzeichn|ehemal\w* Unterzeichn/i,
};

test('only the register’s catalogue says "former signatory"', () => {
  const features = path.resolve('src/features');
  for (const feature of fs.readdirSync(features)) {
    for (const [lang, words] of Object.entries(FORMER_OTHER_WORDS)) {
      const file = path.join(features, feature, 'locales', `${lang}.json`);
      if (!fs.existsSync(file)) continue;
      const messages = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
      const saying = Object.keys(messages).filter((key) => words.test(messages[key]!));
      assert.deepEqual(
        saying,
        feature === 'obstacles' && lang !== 'fr' ? ['obstacles.item.formerSignatory'] : [],
        `${feature} (${lang}): "former signatory" said outside the one message`,
      );
    }
  }
});
