// Turning text into search terms, the same way for the documents and for the queries.
//
// Accents and capitals never matter: everything is folded first (NFKD, marks removed, lower
// case), on both engines. Words are runs of letters and digits; everything else separates
// them, so a query can never carry FTS5 or tsquery syntax (quotes, *, OR, NEAR, :, &, !).
//
// For SQLite the stems are computed here, with light suffix-stripping stemmers per language
// (ADR 0011): they remove the endings that plural, gender and common derivations add, and
// nothing cleverer. PostgreSQL uses its own Snowball stemmers (dutch, french, german, english)
// on the same folded text. The two engines therefore agree on the cases that matter to people
// ("formations" finds "formation", "opleidingen" finds "opleiding") but not on every word.

export type SearchLang = 'nl' | 'fr' | 'de' | 'en';

/** The longest query we look at; the rest is ignored. */
const MAX_QUERY_WORDS = 8;
const MAX_WORD_LENGTH = 40;

export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[æ]/g, 'ae')
    .replace(/[œ]/g, 'oe');
}

/** The folded words of a text, in order. */
export function words(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The words of a query: at most a few, each cut to a sane length, duplicates removed. */
export function queryWords(text: string): string[] {
  const seen = new Set<string>();
  for (const w of words(text)) {
    if (seen.size >= MAX_QUERY_WORDS) break;
    seen.add(w.slice(0, MAX_WORD_LENGTH));
  }
  return [...seen];
}

const VOWEL = /[aeiouy]/;

/** "digitaal" → "digital", "lessen" → "les" (after an ending was removed). */
function dutchTidy(w: string): string {
  if (/([bcdfghjklmnpqrstvwxz])\1$/.test(w)) w = w.slice(0, -1);
  const m = w.match(/^(.*[^aeiou])(aa|ee|oo|uu)([^aeiou])$/);
  return m ? `${m[1]}${m[2]![0]}${m[3]}` : w;
}

function stemNl(w: string): string {
  if (w.length <= 3) return w;
  if (w.endsWith('heden')) return `${w.slice(0, -5)}heid`;
  // Plural -s after a consonant or -ie ("computers", "organisaties"), then -en / -e.
  if (/(ie|[^aeiouys])s$/.test(w)) w = w.slice(0, -1);
  for (const end of ['en', 'e']) {
    const rest = w.slice(0, -end.length);
    if (w.endsWith(end) && rest.length >= 3 && VOWEL.test(rest)) return dutchTidy(rest);
  }
  return dutchTidy(w);
}

function stemFr(w: string): string {
  if (w.length <= 3) return w;
  if (w.endsWith('aux') && w.length > 4) return `${w.slice(0, -3)}al`;
  if (/[sx]$/.test(w)) w = w.slice(0, -1);
  // Feminine and adjectival endings: numérique(s), formée(s), inclusive(s) → numeriqu, form, inclusiv.
  if (w.endsWith('ee') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

function stemDe(w: string): string {
  if (w.length <= 4) return w;
  for (const end of ['ern', 'em', 'er', 'en', 'es', 'e', 'n', 's']) {
    if (w.endsWith(end) && w.length - end.length >= 4) return w.slice(0, -end.length);
  }
  return w;
}

function stemEn(w: string): string {
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(ch|sh|x|z|ss)es$/.test(w)) w = w.slice(0, -2);
  else if (/[^su]s$/.test(w)) w = w.slice(0, -1);
  for (const end of ['ing', 'ed']) {
    if (w.endsWith(end) && w.length - end.length >= 3 && VOWEL.test(w.slice(0, -end.length))) {
      w = w.slice(0, -end.length);
      if (/([bdgmnprt])\1$/.test(w)) w = w.slice(0, -1);
      break;
    }
  }
  return w;
}

const STEMMERS: Record<SearchLang, (w: string) => string> = { nl: stemNl, fr: stemFr, de: stemDe, en: stemEn };

/** The stem of one folded word in a language. */
export function stem(word: string, lang: SearchLang): string {
  return STEMMERS[lang](word);
}

/** A text as the SQLite index stores it: its folded words, each replaced by its stem. */
export function stemmedText(text: string, lang: SearchLang): string {
  return words(text)
    .map((w) => stem(w, lang))
    .join(' ');
}

/** A title (a name) is stored folded but not stemmed: proper nouns do not inflect. */
export function foldedText(text: string): string {
  return words(text).join(' ');
}
