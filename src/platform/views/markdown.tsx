import { h, type ComponentChildren } from 'preact';
import { parseMarkdown, type Block, type Footnote, type Inline } from '../markdown/parse.ts';

// Markdown on a page: the tree from platform/markdown/parse.ts (markdown-it, raw HTML off; ADR
// 0013) turned into Preact elements. No HTML string is ever inserted: every text goes through
// Preact, which escapes it, and a link's target was checked by the parser.

export { parseMarkdown, stripComments } from '../markdown/parse.ts';

/** A footnote label as it may appear in an id. */
export function slug(label: string): string {
  return label.replace(/[^A-Za-z0-9_-]/g, '-');
}

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

interface Ids {
  prefix: string;
  labelId: string;
  base: number;
}

function inline(nodes: readonly Inline[], ids: Ids): ComponentChildren[] {
  return nodes.map((n) => {
    switch (n.type) {
      case 'text':
        return n.text;
      case 'softbreak':
        return '\n';
      case 'hardbreak':
        return <br />;
      case 'code':
        return <code>{n.text}</code>;
      case 'strong':
        return <strong>{inline(n.children, ids)}</strong>;
      case 'em':
        return <em>{inline(n.children, ids)}</em>;
      case 's':
        return <s>{inline(n.children, ids)}</s>;
      case 'span':
        return <>{inline(n.children, ids)}</>;
      case 'link':
        return <a href={n.href}>{inline(n.children, ids)}</a>;
      case 'footnoteRef':
        return (
          <sup>
            <a
              href={`#${ids.prefix}fn-${slug(n.label)}`}
              id={`${ids.prefix}fnref-${slug(n.label)}${n.nth > 1 ? `-${n.nth}` : ''}`}
              aria-describedby={ids.labelId}
            >
              {String(n.number)}
            </a>
          </sup>
        );
    }
  });
}

function blocks(list: readonly Block[], ids: Ids): ComponentChildren[] {
  return list.map((b) => {
    switch (b.type) {
      case 'heading':
        return h(`h${levelFor(b.level, ids.base)}`, null, inline(b.children, ids));
      case 'paragraph':
        return b.tight ? <>{inline(b.children, ids)}</> : <p>{inline(b.children, ids)}</p>;
      case 'list': {
        const items = b.items.map((item) => <li>{blocks(item, ids)}</li>);
        return b.ordered ? <ol start={b.start === 1 ? undefined : b.start}>{items}</ol> : <ul>{items}</ul>;
      }
      case 'blockquote':
        return <blockquote>{blocks(b.children, ids)}</blockquote>;
      case 'code':
        return (
          <pre>
            <code>{b.text}</code>
          </pre>
        );
      case 'rule':
        return <hr />;
    }
  });
}

/** A footnote's text, with one link back to where it is first referred to. */
function FootnoteItem({ note, ids, backLabel }: { note: Footnote; ids: Ids; backLabel: string }) {
  const back =
    note.references > 0 ? (
      <>
        {' '}
        <a href={`#${ids.prefix}fnref-${slug(note.label)}`} aria-label={backLabel}>
          {'\u21A9\uFE0E'}
        </a>
      </>
    ) : null;
  // A one-paragraph note reads as a line, as before; a longer one keeps its paragraphs.
  const only = note.children.length === 1 && note.children[0]!.type === 'paragraph' ? note.children[0] : null;
  return (
    <li id={`${ids.prefix}fn-${slug(note.label)}`}>
      {only && only.type === 'paragraph' ? (
        <>
          {inline(only.children, ids)}
          {back}
        </>
      ) : (
        <>
          {blocks(note.children, ids)}
          {back}
        </>
      )}
    </li>
  );
}

export function Markdown(props: MarkdownProps) {
  const parsed = parseMarkdown(props.source);
  const lead = parsed.blocks[0];
  const body =
    props.withoutTitle && lead?.type === 'heading' && lead.level === 1 ? parsed.blocks.slice(1) : parsed.blocks;
  const prefix = props.idPrefix ?? '';
  const ids: Ids = { prefix, labelId: `${prefix}footnotes-label`, base: props.headingLevel ?? 2 };
  return (
    <>
      {blocks(body, ids)}
      {parsed.footnotes.length > 0 ? (
        <section aria-labelledby={ids.labelId}>
          {h(`h${levelFor(2, ids.base)}`, { id: ids.labelId }, props.labels.footnotes)}
          <ol>
            {parsed.footnotes.map((note) => (
              <FootnoteItem note={note} ids={ids} backLabel={props.labels.backToReference} />
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}
