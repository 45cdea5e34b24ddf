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

export function occursIn(quoted: string, texts: readonly string[]): boolean {
  const needle = comparable(quoted);
  return needle.length > 0 && texts.some((text) => comparable(text).includes(needle));
}
