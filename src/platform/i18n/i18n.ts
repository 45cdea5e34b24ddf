import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IntlMessageFormat } from 'intl-messageformat';

export const LANGS = ['nl', 'fr', 'de', 'en'] as const;

/** Each language named in itself, whatever the page's language (switchers, choices). */
export const NATIVE_NAME = { nl: 'Nederlands', fr: 'Français', de: 'Deutsch', en: 'English' } as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'nl';

/** Belgian conventions per language: nl-BE dates read 29/11/2026, fr-BE 29/11/2026, de-BE 29.11.2026. */
export const LOCALE_TAG: Record<Lang, string> = { nl: 'nl-BE', fr: 'fr-BE', de: 'de-BE', en: 'en-BE' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export type Catalogue = Record<string, string>;
export type Values = Record<string, string | number | Date | boolean | null | undefined>;
export type Translate = (key: string, values?: Values) => string;

const srcRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Catalogue files: the platform's own in platform/i18n/locales/, and each feature's in
 * features/<feature>/locales/. A feature owns its strings; keys start with the feature name.
 */
export function catalogueFiles(lang: Lang): string[] {
  const files = [path.join(srcRoot, 'platform/i18n/locales', `${lang}.json`)];
  const featuresDir = path.join(srcRoot, 'features');
  for (const feature of fs.readdirSync(featuresDir).sort()) {
    const file = path.join(featuresDir, feature, 'locales', `${lang}.json`);
    if (fs.existsSync(file)) files.push(file);
  }
  return files;
}

export function loadCatalogue(lang: Lang): Catalogue {
  const merged: Catalogue = {};
  for (const file of catalogueFiles(lang)) {
    const entries = JSON.parse(fs.readFileSync(file, 'utf8')) as Catalogue;
    for (const [key, message] of Object.entries(entries)) {
      if (key in merged) throw new Error(`Duplicate message key ${key} in ${file}`);
      merged[key] = message;
    }
  }
  return merged;
}

const catalogues = new Map<Lang, Catalogue>();
const compiled = new Map<string, IntlMessageFormat>();

function catalogue(lang: Lang): Catalogue {
  let c = catalogues.get(lang);
  if (!c) {
    c = loadCatalogue(lang);
    catalogues.set(lang, c);
  }
  return c;
}

export function hasMessage(lang: Lang, key: string): boolean {
  return key in catalogue(lang);
}

export function translator(lang: Lang): Translate {
  return (key, values) => {
    const cacheKey = `${lang}\u0000${key}`;
    let format = compiled.get(cacheKey);
    if (!format) {
      const message = catalogue(lang)[key];
      // A missing key is caught by the catalogue test; at run time show the key, never crash a page.
      if (message === undefined) return key;
      format = new IntlMessageFormat(message, LOCALE_TAG[lang]);
      compiled.set(cacheKey, format);
    }
    return String(format.format(values as Record<string, string | number | Date>));
  };
}

/** Picks the best supported language from an Accept-Language header. */
export function negotiateLang(header: string | undefined): Lang {
  if (!header) return DEFAULT_LANG;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { base: tag.toLowerCase().split('-')[0] ?? '', q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map((r) => r.base).find(isLang) ?? DEFAULT_LANG;
}
