import { inlineText, parseMarkdown, type Block, type Inline } from '../markdown/parse.ts';

// Markdown as a person reads it in a plain-text mail, from the same parser as the pages
// (platform/markdown/parse.ts): no heading hashes, no emphasis stars, footnote markers as [1]
// with the notes at the end, a link as its words followed by its address.

function text(nodes: readonly Inline[]): string {
  return nodes
    .map((n) => {
      if (n.type !== 'link') return inlineText([n]);
      const words = text(n.children);
      const address = n.href.replace(/^mailto:/i, '');
      return words === address || words === n.href ? n.href : `${words} (${n.href})`;
    })
    .join('');
}

const indent = (s: string, by: string) => s.replace(/\n(?=.)/g, `\n${by}`);

function blocks(list: readonly Block[]): string[] {
  return list.map((b) => {
    switch (b.type) {
      case 'heading':
      case 'paragraph':
        return text(b.children);
      case 'list':
        return b.items
          .map((item, i) => {
            const marker = b.ordered ? `${b.start + i}. ` : '- ';
            return marker + indent(blocks(item).join('\n'), ' '.repeat(marker.length));
          })
          .join('\n');
      case 'blockquote':
        return blocks(b.children).join('\n\n').replace(/^/gm, '> ');
      case 'code':
        return b.text.replace(/\n$/, '');
      case 'rule':
        return '---';
    }
  });
}

export function markdownToPlainText(markdown: string): string {
  const parsed = parseMarkdown(markdown);
  const notes = parsed.footnotes.map((f) => `[${f.number}] ${blocks(f.children).join('\n')}`);
  return [...blocks(parsed.blocks), ...notes].join('\n\n').trim();
}
