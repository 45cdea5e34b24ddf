import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';

// The one Markdown parser (ADR 0013): markdown-it with raw HTML off, images and tables off, and
// footnotes on. Every reader of Markdown (the page renderer in views/markdown.tsx, the plain
// text of e-mails, the paper form's PDF) walks the same small tree built here from its tokens,
// so no renderer ever sees HTML and a link's target is checked in one place.

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'softbreak' }
  | { type: 'hardbreak' }
  /** `span` holds what a refused link said: its words, without a link. */
  | { type: 'strong' | 'em' | 's' | 'span'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: Inline[] }
  /** A reference to footnote `number` (1, 2 … in the order of first reference); `nth` counts its references from 1. */
  | { type: 'footnoteRef'; label: string; number: number; nth: number };

export type Block =
  /** `source` is the heading's inline Markdown as written. */
  | { type: 'heading'; level: number; children: Inline[]; source: string }
  /** `tight`: a paragraph of a tight list item, shown without its own paragraph box. */
  | { type: 'paragraph'; children: Inline[]; source: string; tight: boolean }
  | { type: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { type: 'blockquote'; children: Block[] }
  | { type: 'code'; text: string }
  | { type: 'rule' };

export interface Footnote {
  label: string;
  number: number;
  /** How many times the text refers to it (0 when never). */
  references: number;
  children: Block[];
}

export interface ParsedMarkdown {
  blocks: Block[];
  /** The footnotes the text refers to, in the order of their numbers. */
  footnotes: Footnote[];
}

/** Removes HTML comments (an unclosed one runs to the end, as in CommonMark). */
export function stripComments(source: string): string {
  return source.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
}

const SCHEME = /^(?:https?:\/\/|mailto:)/i;
// A relative target: a path from the root (not "//" or "/\", which browsers read as another
// host), a fragment, a query, ./ or ../, or a plain path segment without a colon before its end.
const RELATIVE = /^(?:\/(?![/\\])|#|\?|\.\.?\/|[\w.~%-]+(?:[/?#]|$))/;

/** Only http, https, mailto and relative targets become links; anything else stays text. */
export function isSafeHref(href: string): boolean {
  if (/[\s\\\u0000-\u001f\u007f]/.test(href)) return false;
  return SCHEME.test(href) || RELATIVE.test(href);
}

const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false, maxNesting: 20 })
  .disable(['image', 'table'])
  .use(footnote);
md.validateLink = isSafeHref;

type Token = ReturnType<typeof md.parse>[number];

/** Emphasis inside emphasis deeper than this is kept as words only (markdown-it does not cap it). */
const MAX_INLINE_DEPTH = 20;

function readInline(tokens: readonly Token[], footnoteRefs: Map<string, number>): Inline[] {
  const out: Inline[] = [];
  // Each open element remembers the list it was added to; past the cap, opens change nothing.
  const stack: Inline[][] = [];
  let target = out;
  const open = (node: Inline & { children: Inline[] }) => {
    stack.push(target);
    if (stack.length > MAX_INLINE_DEPTH) return;
    target.push(node);
    target = node.children;
  };
  const close = () => {
    const into = stack.pop();
    if (into && stack.length < MAX_INLINE_DEPTH) target = into;
  };
  for (const t of tokens) {
    switch (t.type) {
      case 'text':
        target.push({ type: 'text', text: t.content });
        break;
      case 'softbreak':
        target.push({ type: 'softbreak' });
        break;
      case 'hardbreak':
        target.push({ type: 'hardbreak' });
        break;
      case 'code_inline':
        target.push({ type: 'code', text: t.content });
        break;
      case 'strong_open':
        open({ type: 'strong', children: [] });
        break;
      case 'em_open':
        open({ type: 'em', children: [] });
        break;
      case 's_open':
        open({ type: 's', children: [] });
        break;
      case 'link_open': {
        const href = String(t.attrGet('href') ?? '');
        // validateLink has already refused unsafe targets; this is the second lock on the door.
        if (isSafeHref(href)) open({ type: 'link', href, children: [] });
        else open({ type: 'span', children: [] });
        break;
      }
      case 'strong_close':
      case 'em_close':
      case 's_close':
      case 'link_close':
        close();
        break;
      case 'footnote_ref': {
        const meta = t.meta as { id: number; subId: number; label?: string };
        const label = meta.label ?? String(meta.id + 1);
        footnoteRefs.set(label, Math.max(footnoteRefs.get(label) ?? 0, meta.subId + 1));
        target.push({ type: 'footnoteRef', label, number: meta.id + 1, nth: meta.subId + 1 });
        break;
      }
      default:
        // Anything else (an image or raw HTML, both switched off) is shown as its text, if any.
        if (t.content) target.push({ type: 'text', text: t.content });
    }
  }
  return out;
}

class Reader {
  i = 0;
  readonly footnotes: Footnote[] = [];
  readonly refs = new Map<string, number>();
  constructor(readonly tokens: readonly Token[]) {}
  next(): Token | undefined {
    return this.tokens[this.i++];
  }
  peek(): Token | undefined {
    return this.tokens[this.i];
  }
  /** Skips to just after the next token of `type` (its closing tag). */
  skipPast(type: string): void {
    while (this.i < this.tokens.length && this.tokens[this.i]!.type !== type) this.i++;
    this.i++;
  }
}

function readBlocks(r: Reader, closing: string | null): Block[] {
  const out: Block[] = [];
  for (let t = r.next(); t; t = r.next()) {
    if (closing && t.type === closing) return out;
    switch (t.type) {
      case 'heading_open': {
        const inline = r.next();
        r.skipPast('heading_close');
        out.push({
          type: 'heading',
          level: Number(t.tag.slice(1)),
          children: readInline(inline?.children ?? [], r.refs),
          source: inline?.content ?? '',
        });
        break;
      }
      case 'paragraph_open': {
        const inline = r.next();
        // A footnote's last paragraph carries the plugin's back-links: the renderers make their own.
        r.skipPast('paragraph_close');
        out.push({
          type: 'paragraph',
          children: readInline(inline?.children ?? [], r.refs),
          source: inline?.content ?? '',
          tight: t.hidden,
        });
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const end = t.type.replace('_open', '_close');
        const items: Block[][] = [];
        for (let item = r.next(); item && item.type !== end; item = r.next()) {
          if (item.type === 'list_item_open') items.push(readBlocks(r, 'list_item_close'));
        }
        const start = Number(t.attrGet('start') ?? 1);
        out.push({ type: 'list', ordered: t.type === 'ordered_list_open', start, items });
        break;
      }
      case 'blockquote_open':
        out.push({ type: 'blockquote', children: readBlocks(r, 'blockquote_close') });
        break;
      case 'code_block':
      case 'fence':
        out.push({ type: 'code', text: t.content });
        break;
      case 'hr':
        out.push({ type: 'rule' });
        break;
      case 'footnote_block_open':
        for (let note = r.next(); note && note.type !== 'footnote_block_close'; note = r.next()) {
          if (note.type !== 'footnote_open') continue;
          const meta = note.meta as { id: number; label?: string };
          const label = meta.label ?? String(meta.id + 1);
          r.footnotes.push({ label, number: meta.id + 1, references: 0, children: readBlocks(r, 'footnote_close') });
        }
        break;
      default:
      // Nothing else is produced with this configuration.
    }
  }
  return out;
}

/** Parses Markdown (HTML comments removed first) into the tree every renderer reads. */
export function parseMarkdown(source: string): ParsedMarkdown {
  const env: Record<string, unknown> = {};
  const r = new Reader(md.parse(stripComments(source), env));
  const blocks = readBlocks(r, null);
  const footnotes = r.footnotes
    .map((f) => ({ ...f, references: r.refs.get(f.label) ?? 0 }))
    .sort((a, b) => a.number - b.number);
  return { blocks, footnotes };
}

/** The text of inline content without any markup; footnote references as [1]. */
export function inlineText(nodes: readonly Inline[]): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case 'text':
        case 'code':
          return n.text;
        case 'softbreak':
        case 'hardbreak':
          return '\n';
        case 'footnoteRef':
          return `[${n.number}]`;
        default:
          return inlineText(n.children);
      }
    })
    .join('');
}
