import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { IntlMessageFormat } from 'intl-messageformat';
import { LANGS, LOCALE_TAG, loadCatalogue, negotiateLang, type Catalogue } from '../../src/platform/i18n/i18n.ts';

const catalogues = Object.fromEntries(LANGS.map((l) => [l, loadCatalogue(l)])) as Record<(typeof LANGS)[number], Catalogue>;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

// Foreign keys in migrations (references('organisations.id')) look like keys; they are not.
const source = [...sourceFiles('src'), ...sourceFiles('public/js')]
  .map((f) => fs.readFileSync(f, 'utf8'))
  .join('\n')
  .replace(/references\('[^']*'\)/g, '');
const literals = new Set([...source.matchAll(/['"`]([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)+)['"`]/g)].map((m) => m[1]!));
const namespaces = new Set(Object.keys(catalogues.en).map((k) => k.split('.')[0]!));

function argumentsOf(message: string, lang: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: unknown[]) => {
    for (const node of nodes as { type: number; value?: string; options?: Record<string, { value: unknown[] }> }[]) {
      if (node.type !== 0 && node.type !== 7 && typeof node.value === 'string') names.add(node.value);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, LOCALE_TAG[lang as 'en']).getAst());
  return [...names].sort();
}

test('every language has exactly the same keys', () => {
  const en = Object.keys(catalogues.en).sort();
  for (const lang of LANGS) {
    const keys = Object.keys(catalogues[lang]).sort();
    assert.deepEqual(keys.filter((k) => !en.includes(k)), [], `${lang} has keys English lacks`);
    assert.deepEqual(en.filter((k) => !keys.includes(k)), [], `${lang} is missing keys`);
  }
});

test('every message is valid ICU and uses the same arguments in every language', () => {
  for (const key of Object.keys(catalogues.en)) {
    const expected = argumentsOf(catalogues.en[key]!, 'en');
    for (const lang of LANGS) {
      const message = catalogues[lang][key]!;
      assert.ok(message.trim().length > 0, `${lang} ${key} is empty`);
      assert.deepEqual(argumentsOf(message, lang), expected, `${lang} ${key} arguments differ from English`);
    }
  }
});

test('no key is unused: each appears literally in the source', () => {
  const unused = Object.keys(catalogues.en).filter((k) => !literals.has(k));
  assert.deepEqual(unused, []);
});

// Audit action names (organisations.member_joined) share the features' namespaces. They are
// recognised by where the code writes them, `action: '…'`, never by their spelling: every other
// literal in a feature's namespace is a message key and must be in the catalogues.
const auditActions = new Set(
  [...source.matchAll(/\baction:\s*['"`]([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)+)['"`]/g)].map((m) => m[1]!),
);

test('no key used in the source is missing from the catalogues', () => {
  const missing = [...literals].filter(
    (l) => namespaces.has(l.split('.')[0]!) && !auditActions.has(l) && !(l in catalogues.en),
  );
  assert.deepEqual(missing, []);
});

test('no audit action name is also a message key', () => {
  assert.ok(auditActions.size > 20, 'the audit actions were found in the source');
  assert.deepEqual([...auditActions].filter((a) => a in catalogues.en), []);
});

test('longer texts are really translated, not copied from English', () => {
  const copied: string[] = [];
  for (const [key, en] of Object.entries(catalogues.en)) {
    if (en.length < 24) continue;
    for (const lang of ['nl', 'fr', 'de'] as const) if (catalogues[lang][key] === en) copied.push(`${lang} ${key}`);
  }
  assert.deepEqual(copied, []);
});

test('Accept-Language negotiation', () => {
  assert.equal(negotiateLang(undefined), 'nl');
  assert.equal(negotiateLang('fr-BE,fr;q=0.9,en;q=0.8'), 'fr');
  assert.equal(negotiateLang('es-ES,de;q=0.5,en;q=0.7'), 'en');
  assert.equal(negotiateLang('en;q=0,de'), 'de');
  assert.equal(negotiateLang('*'), 'nl');
});
