import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { IntlMessageFormat } from 'intl-messageformat';
import { LANGS, LOCALE_TAG } from '../../platform/i18n/i18n.ts';

// The accounts catalogue on its own: same keys in every language, every key used, every
// message valid ICU with the same placeholders as the English one.
const dir = path.dirname(fileURLToPath(import.meta.url));
const read = (lang: string) =>
  JSON.parse(fs.readFileSync(path.join(dir, 'locales', `${lang}.json`), 'utf8')) as Record<string, string>;

function sources(folder: string): string {
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .flatMap((e) => {
      const p = path.join(folder, e.name);
      if (e.isDirectory()) return e.name === 'locales' ? [] : [sources(p)];
      return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [fs.readFileSync(p, 'utf8')] : [];
    })
    .join('\n');
}

type Element = { value?: unknown; options?: Record<string, { value: Element[] }> };

/** Argument names a message uses, read from its parsed form (plural branches included). */
function placeholders(message: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (elements: Element[]) => {
    for (const el of elements) {
      if (el.options || ('value' in el && typeof el.value === 'string' && (el as { type?: number }).type !== 0))
        names.add(String(el.value));
      for (const option of Object.values(el.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst() as Element[]);
  return [...names].sort();
}

test('the accounts catalogue is complete, used and valid in every language', () => {
  const en = read('en');
  const code = sources(dir);
  for (const key of Object.keys(en)) {
    assert.ok(key.startsWith('accounts.'), key);
    assert.ok(code.includes(`'${key}'`), `${key} is never used`);
  }
  for (const lang of LANGS) {
    const catalogue = read(lang);
    assert.deepEqual(Object.keys(catalogue).sort(), Object.keys(en).sort(), `${lang} has the same keys as en`);
    for (const [key, message] of Object.entries(catalogue)) {
      assert.doesNotThrow(() => new IntlMessageFormat(message, LOCALE_TAG[lang]), `${lang} ${key}`);
      assert.deepEqual(
        placeholders(message, LOCALE_TAG[lang]),
        placeholders(en[key]!, 'en'),
        `${lang} ${key} placeholders`,
      );
    }
  }
});
