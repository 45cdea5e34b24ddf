/**
 * Markdown as a person reads it in a plain-text mail: no heading hashes, no emphasis stars,
 * footnote markers as [1]; lists and paragraphs stay as they are.
 */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])/g, '$2')
    .replace(/\[\^([^\]]+)\]:?/g, '[$1]')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
