import type { ComponentChildren } from 'preact';
import { usePage } from './context.ts';

export function Banner(props: {
  kind?: 'info' | 'success' | 'warning';
  title: ComponentChildren;
  children?: ComponentChildren;
}) {
  const kind = props.kind ?? 'info';
  // Success messages follow a redirect: role="status" makes a screen reader announce them.
  return (
    <div class={`banner banner--${kind}`} role={kind === 'info' ? undefined : 'status'}>
      <p class="banner__title">{props.title}</p>
      {props.children ? <div class="banner__body">{props.children}</div> : null}
    </div>
  );
}

export function Tag(props: { children: ComponentChildren; tone?: 'grey' | 'green' | 'blue' | 'red' | 'yellow' }) {
  return <strong class={`tag tag--${props.tone ?? 'blue'}`}>{props.children}</strong>;
}

export interface SummaryRow {
  key: ComponentChildren;
  value: ComponentChildren;
  action?: { href: string; label: ComponentChildren; hidden: ComponentChildren };
}

export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl class="summary-list">
      {rows.map((r) => (
        <div class="summary-list__row">
          <dt class="summary-list__key">{r.key}</dt>
          <dd class="summary-list__value">{r.value}</dd>
          {r.action ? (
            <dd class="summary-list__action">
              <a href={r.action.href}>
                {r.action.label}
                <span class="visually-hidden"> {r.action.hidden}</span>
              </a>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}

export interface Column<Row> {
  header: ComponentChildren;
  cell: (row: Row) => ComponentChildren;
  numeric?: boolean;
}

/** Tables scroll sideways inside their own box at 320 px instead of widening the page. */
export function Table<Row>(props: {
  caption: ComponentChildren;
  columns: Column<Row>[];
  rows: Row[];
  captionHidden?: boolean;
}) {
  return (
    <div
      class="table-wrap"
      tabIndex={0}
      role="region"
      aria-label={typeof props.caption === 'string' ? props.caption : undefined}
    >
      <table class="table">
        <caption class={props.captionHidden ? 'visually-hidden' : 'table__caption'}>{props.caption}</caption>
        <thead>
          <tr>
            {props.columns.map((c) => (
              <th scope="col" class={c.numeric ? 'numeric' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr>
              {props.columns.map((c, i) =>
                i === 0 ? (
                  <th scope="row">{c.cell(row)}</th>
                ) : (
                  <td class={c.numeric ? 'numeric' : undefined}>{c.cell(row)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Keyset pagination: "first page" and "next page" links; no page numbers to count. */
/** `nextLabel` replaces "Next page" where the next link does something else (goes on looking). */
export function Pagination(props: { firstHref?: string | null; nextHref?: string | null; nextLabel?: string }) {
  const { t } = usePage();
  if (!props.firstHref && !props.nextHref) return null;
  return (
    <nav class="pagination" aria-label={t('pagination.label')}>
      <ul class="pagination__list">
        {props.firstHref ? (
          <li>
            <a class="pagination__link" href={props.firstHref}>
              {t('pagination.first')}
            </a>
          </li>
        ) : null}
        {props.nextHref ? (
          <li>
            <a class="pagination__link" href={props.nextHref} rel="next">
              {props.nextLabel ?? t('pagination.next')}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

export function BackLink({ href, children }: { href: string; children: ComponentChildren }) {
  return (
    <a class="back-link" href={href}>
      {children}
    </a>
  );
}

export function ButtonLink(props: { href: string; children: ComponentChildren; variant?: 'primary' | 'secondary' }) {
  return (
    <a class={`button button--${props.variant ?? 'primary'}`} href={props.href}>
      {props.children}
    </a>
  );
}

/** Plain text that may hold line breaks, shown as paragraphs: blank lines part them, single breaks stay. */
export function MultiLine({ text, lang, class: className }: { text: string; lang?: string; class?: string }) {
  return (
    <div lang={lang} class={className}>
      {text.split(/\n{2,}/).map((para) => (
        <p>
          {para.split('\n').map((line, i) => (
            <>
              {i > 0 ? <br /> : null}
              {line}
            </>
          ))}
        </p>
      ))}
    </div>
  );
}
