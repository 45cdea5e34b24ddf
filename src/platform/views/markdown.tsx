import { h, type ComponentChildren, type VNode } from 'preact';

// A small, safe Markdown renderer for texts we publish (the charter, and the like). It builds
// Preact elements and never emits raw HTML: anything that looks like a tag is shown as text,
// because Preact escapes every string. Supported: ATX headings, paragraphs, ordered and
// unordered lists, thematic breaks, *emphasis*, **strong**, `code`, [links](https://…) with safe
// targets, and footnotes ([^1] with "[^1]: text"). HTML comments are dropped.

export type Block =
  | { type: 'heading'; level: number; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; ordered: boolean; start: number; items: string[] }
  | { type: 'rule' };

export interface ParsedMarkdown {
  blocks: Block[];
  /** Footnote definitions by label, in the order they are written. */
  footnotes: Map<string, string>;
}

/** Removes HTML comments (an unclosed one runs to the end, as in CommonMark). */
export function stripComments(source: string): string {
  return source.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
}

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const ORDERED = /^ {0,3}(\d{1,9})[.)](?:[ \t]+(.*))?$/;
const UNORDERED = /^ {0,3}[-*+](?:[ \t]+(.*))?$/;
const FOOTNOTE_DEF = /^ {0,3}\[\^([^\]\s]+)\]:[ \t]*(.*)$/;

type ListKind = 'ordered' | 'unordered';

function listItem(line: string): { kind: ListKind; number: number; text: string } | null {
  if (RULE.test(line)) return null;
  const o = ORDERED.exec(line);
  if (o) return { kind: 'ordered', number: Number(o[1]), text: o[2] ?? '' };
  const u = UNORDERED.exec(line);
  if (u) return { kind: 'unordered', number: 0, text: u[1] ?? '' };
  return null;
}

function startsBlock(line: string): boolean {
  return HEADING.test(line) || RULE.test(line) || FOOTNOTE_DEF.test(line) || listItem(line) !== null;
}

const isBlank = (line: string | undefined) => line === undefined || line.trim() === '';

export function parseMarkdown(source: string): ParsedMarkdown {
  const lines = stripComments(source).replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  const footnotes = new Map<string, string>();
  let i = 0;

  /** Lines that carry on the current block: non-blank and not the start of another block. */
  const continuation = (): string[] => {
    const more: string[] = [];
    while (i < lines.length && !isBlank(lines[i]) && !startsBlock(lines[i]!)) more.push(lines[i++]!.trim());
    return more;
  };

  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      i++;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      i++;
      const text = (heading[2] ?? '').replace(/(^|[ \t]+)#+$/, '').trim();
      blocks.push({ type: 'heading', level: heading[1]!.length, text });
      continue;
    }
    if (RULE.test(line)) {
      i++;
      blocks.push({ type: 'rule' });
      continue;
    }
    const footnote = FOOTNOTE_DEF.exec(line);
    if (footnote) {
      i++;
      const text = [footnote[2]!.trim(), ...continuation()].filter(Boolean).join('\n');
      if (!footnotes.has(footnote[1]!)) footnotes.set(footnote[1]!, text);
      continue;
    }
    const first = listItem(line);
    if (first) {
      const items: string[] = [];
      let item: { kind: ListKind; text: string } | null = first;
      i++;
      while (item) {
        items.push([item.text.trim(), ...continuation()].filter(Boolean).join('\n'));
        // The next item may follow directly or after blank lines; anything else ends the list.
        let j = i;
        while (j < lines.length && isBlank(lines[j])) j++;
        const next = j < lines.length ? listItem(lines[j]!) : null;
        if (next && next.kind === first.kind) {
          i = j + 1;
          item = next;
        } else item = null;
      }
      blocks.push({ type: 'list', ordered: first.kind === 'ordered', start: first.number, items });
      continue;
    }
    i++;
    blocks.push({ type: 'paragraph', text: [line.trim(), ...continuation()].join('\n') });
  }
  return { blocks, footnotes };
}

// ---------------------------------------------------------------------------------------------
// Inline content

interface InlineContext {
  footnotes: Map<string, string>;
  /** Labels in the order of their first reference; the position gives the number shown. */
  order: string[];
  refCount: Map<string, number>;
  idPrefix: string;
  labelId: string;
  allowFootnotes: boolean;
  allowLinks: boolean;
}

const SAFE_HREF = /^(https?:\/\/|mailto:|\/(?!\/)|#)/i;
const PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/;

export function slug(label: string): string {
  return label.replace(/[^A-Za-z0-9_-]/g, '-');
}

/** Where an emphasis run opened at `from` with `delim` closes, or -1. */
function findCloser(text: string, delim: string, from: number): number {
  const ch = delim[0]!;
  for (let k = from; k < text.length; k++) {
    if (text[k] === '\\') {
      k++;
      continue;
    }
    if (!text.startsWith(delim, k)) continue;
    // A single * must not close on half of a **.
    if (delim.length === 1 && (text[k + 1] === ch || text[k - 1] === ch)) {
      if (text[k + 1] === ch) k++;
      continue;
    }
    const before = text[k - 1] ?? ' ';
    const after = text[k + delim.length] ?? ' ';
    if (/\s/.test(before)) continue;
    if (ch === '_' && /[\p{L}\p{N}]/u.test(after)) continue;
    if (k === from) continue;
    return k;
  }
  return -1;
}

function footnoteRef(label: string, ctx: InlineContext): VNode {
  if (!ctx.order.includes(label)) ctx.order.push(label);
  const number = ctx.order.indexOf(label) + 1;
  const count = (ctx.refCount.get(label) ?? 0) + 1;
  ctx.refCount.set(label, count);
  const id = `${ctx.idPrefix}fnref-${slug(label)}${count > 1 ? `-${count}` : ''}`;
  return (
    <sup>
      <a href={`#${ctx.idPrefix}fn-${slug(label)}`} id={id} aria-describedby={ctx.labelId}>
        {String(number)}
      </a>
    </sup>
  );
}

export function renderInline(text: string, ctx: InlineContext): ComponentChildren[] {
  const out: ComponentChildren[] = [];
  let plain = '';
  const flush = () => {
    if (plain) out.push(plain);
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const rest = text.slice(i);
    if (c === '\\' && i + 1 < text.length && PUNCTUATION.test(text[i + 1]!)) {
      plain += text[i + 1];
      i += 2;
      continue;
    }
    if (c === '[') {
      const fn = /^\[\^([^\]\s]+)\]/.exec(rest);
      if (fn && ctx.allowFootnotes && ctx.footnotes.has(fn[1]!)) {
        flush();
        out.push(footnoteRef(fn[1]!, ctx));
        i += fn[0].length;
        continue;
      }
      const link = /^\[([^\]]+)\]\(([^()\s]+)\)/.exec(rest);
      if (link && ctx.allowLinks) {
        flush();
        const label = renderInline(link[1]!, { ...ctx, allowLinks: false, allowFootnotes: false });
        out.push(SAFE_HREF.test(link[2]!) ? <a href={link[2]}>{label}</a> : <>{label}</>);
        i += link[0].length;
        continue;
      }
    }
    if (c === '`') {
      const end = text.indexOf('`', i + 1);
      if (end > i + 1) {
        flush();
        out.push(<code>{text.slice(i + 1, end)}</code>);
        i = end + 1;
        continue;
      }
    }
    if (c === '*' || c === '_') {
      const delim = text[i + 1] === c ? c + c : c;
      const opensWord = !/\s/.test(text[i + delim.length] ?? ' ');
      const leftOk = c === '*' || !/[\p{L}\p{N}]/u.test(text[i - 1] ?? ' ');
      const close = opensWord && leftOk ? findCloser(text, delim, i + delim.length) : -1;
      if (close > 0) {
        flush();
        const inner = renderInline(text.slice(i + delim.length, close), ctx);
        out.push(delim.length === 2 ? <strong>{inner}</strong> : <em>{inner}</em>);
        i = close + delim.length;
        continue;
      }
      plain += delim;
      i += delim.length;
      continue;
    }
    plain += c;
    i++;
  }
  flush();
  return out;
}

// ---------------------------------------------------------------------------------------------
// The component

export interface MarkdownLabels {
  /** Heading of the footnotes section, e.g. "Footnotes". */
  footnotes: string;
  /** Accessible name of the link from a footnote back to where it is referred to. */
  backToReference: string;
}

export interface MarkdownProps {
  source: string;
  labels: MarkdownLabels;
  /**
   * The HTML level a "#" heading gets (default 2). Deeper headings follow it; nothing is ever
   * rendered as h1, so the page keeps its own single h1.
   */
  headingLevel?: number;
  /** Prefix for footnote ids, when several texts share one page. */
  idPrefix?: string;
  /** Leave out a leading "# Title" when the page's own h1 already shows it. */
  withoutTitle?: boolean;
}

const levelFor = (markdownLevel: number, base: number) => Math.min(6, Math.max(2, markdownLevel - 1 + base));

export function Markdown(props: MarkdownProps) {
  const parsed = parseMarkdown(props.source);
  const { footnotes } = parsed;
  const lead = parsed.blocks[0];
  const blocks =
    props.withoutTitle && lead?.type === 'heading' && lead.level === 1 ? parsed.blocks.slice(1) : parsed.blocks;
  const base = props.headingLevel ?? 2;
  const idPrefix = props.idPrefix ?? '';
  const ctx: InlineContext = {
    footnotes,
    order: [],
    refCount: new Map(),
    idPrefix,
    labelId: `${idPrefix}footnotes-label`,
    allowFootnotes: true,
    allowLinks: true,
  };
  const body = blocks.map((block) => {
    switch (block.type) {
      case 'heading':
        return h(`h${levelFor(block.level, base)}`, null, renderInline(block.text, ctx));
      case 'paragraph':
        return <p>{renderInline(block.text, ctx)}</p>;
      case 'rule':
        return <hr />;
      case 'list': {
        const items = block.items.map((item) => <li>{renderInline(item, ctx)}</li>);
        return block.ordered ? <ol start={block.start === 1 ? undefined : block.start}>{items}</ol> : <ul>{items}</ul>;
      }
    }
  });
  // Footnotes nobody refers to are still shown, after the others: no text is ever lost.
  const unreferenced = [...footnotes.keys()].filter((label) => !ctx.order.includes(label));
  const notes = [...ctx.order, ...unreferenced];
  const noteCtx: InlineContext = { ...ctx, allowFootnotes: false };
  return (
    <>
      {body}
      {notes.length > 0 ? (
        <section aria-labelledby={ctx.labelId}>
          {h(`h${levelFor(2, base)}`, { id: ctx.labelId }, props.labels.footnotes)}
          <ol>
            {notes.map((label) => (
              <li id={`${idPrefix}fn-${slug(label)}`}>
                {renderInline(footnotes.get(label)!, noteCtx)}
                {ctx.refCount.has(label) ? (
                  <>
                    {' '}
                    <a href={`#${idPrefix}fnref-${slug(label)}`} aria-label={props.labels.backToReference}>
                      {'\u21A9\uFE0E'}
                    </a>
                  </>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}
