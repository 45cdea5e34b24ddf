// Does a quoted passage really occur in the charter's text? Compared as people copy text: white
// space of any kind and length counts as one space, curly quotes and apostrophes as straight
// ones, and Markdown's emphasis marks are left out.

export function comparable(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[*_]/g, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One character of a comparable quote as a pattern for the text as written. */
function patternOf(ch: string): string {
  if (ch === ' ') return '\\s+';
  if (ch === "'") return "['\u2018\u2019\u02bc]";
  if (ch === '"') return '["\u201c\u201d]';
  return escape(ch);
}

/**
 * Where `quoted` stands in `text` under the rules above, as offsets in `text` itself (the draft of
 * the next version replaces exactly that span), or null. Emphasis marks may stand anywhere in it.
 */
export function findPassage(text: string, quoted: string): { start: number; end: number } | null {
  const needle = comparable(quoted);
  if (!needle) return null;
  const found = new RegExp([...needle].map(patternOf).join('[*_]*'), 'u').exec(text);
  return found ? { start: found.index, end: found.index + found[0].length } : null;
}

export function occursIn(quoted: string, texts: readonly string[]): boolean {
  return texts.some((text) => findPassage(text, quoted) !== null);
}
