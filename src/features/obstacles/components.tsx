import { usePage, useHref } from '../../platform/views/context.ts';
import { Table, Tag } from '../../platform/views/components.tsx';
import { Checkboxes, type FormState } from '../../platform/views/form.tsx';
import { FormerSignatory } from './obstacle-link.tsx';
import type { FigureRow, ObstacleItem } from './service-public.ts';
import { STATUS_LABEL, tagLabel, TAG_NAMES, TAG_TITLE, TAGS, type PublicStatus, type TagName } from './vocabulary.ts';

// Parts the obstacles' pages share: an obstacle's tags, its status, a result in a list, and
// the figures per region or target group as a bar chart with the same numbers in a table.

export function StatusTag({ status }: { status: string }) {
  const { t } = usePage();
  if (status !== 'open' && status !== 'closed') return null;
  return <Tag tone={status === 'open' ? 'blue' : 'grey'}>{t(STATUS_LABEL[status as PublicStatus])}</Tag>;
}

/** A checkbox group per tag, in the vocabulary's order: the report form and the list's filters. */
export function TagChoices({ form }: { form: FormState }) {
  const { t } = usePage();
  return (
    <>
      {TAG_NAMES.map((tag) => (
        <Checkboxes
          form={form}
          name={tag}
          label={t(TAG_TITLE[tag])}
          options={(TAGS[tag] as readonly string[]).map((value) => ({ value, label: t(tagLabel(tag, value)) }))}
        />
      ))}
    </>
  );
}

/** The tags as definition lines, each value a link to the list filtered on it. */
export function Tags({ tags }: { tags: ObstacleItem['tags'] }) {
  const { t } = usePage();
  const href = useHref();
  return (
    <dl class="summary-list">
      {TAG_NAMES.filter((tag) => tags[tag].length > 0).map((tag: TagName) => (
        <div class="summary-list__row">
          <dt class="summary-list__key">{t(TAG_TITLE[tag])}</dt>
          <dd class="summary-list__value">
            {tags[tag].map((value, i) => (
              <>
                {i > 0 ? ', ' : ''}
                <a href={href(`/obstacles?${new URLSearchParams({ [tag]: value }).toString()}`)}>
                  {t(tagLabel(tag, value))}
                </a>
              </>
            ))}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** One obstacle in a list: its title, who reported it, how many see it too. */
export function ObstacleResult({ item }: { item: ObstacleItem }) {
  const { t, fmt } = usePage();
  const href = useHref();
  return (
    <li class="card stack">
      <h3>
        <a href={href(`/obstacles/${encodeURIComponent(item.slug)}`)} lang={item.lang}>
          {item.title}
        </a>
      </h3>
      <p>
        <StatusTag status={item.status} /> {t('obstacles.item.seenBy', { count: item.endorsementCount })}
        {item.org ? (
          <>
            {' · '}
            {t('obstacles.item.reportedBy', { org: item.org.name })}
            <FormerSignatory former={item.org.former} />
          </>
        ) : null}
        {' · '}
        <time dateTime={item.createdAt}>{fmt.date(item.createdAt)}</time>
      </p>
      {item.figure ? <p lang={item.lang}>{item.figure}</p> : null}
      <p class="hint">
        {TAG_NAMES.filter((tag) => tag === 'cause' || tag === 'group')
          .flatMap((tag) => item.tags[tag].map((v) => t(tagLabel(tag, v))))
          .join(' · ')}
      </p>
    </li>
  );
}

/** Each row: the label on a line of its own (long labels in four languages never clip), then the bar and its number. */
const BAR = { width: 440, row: 46, label: 16, top: 22, height: 16, number: 60 };

/**
 * Obstacles per value of one facet: an SVG bar chart drawn on the server (role="img" with its
 * name; the figures themselves are in the table beside it, which assistive technology reads).
 */
export function Figures(props: { id: string; caption: string; facet: 'region' | 'group'; rows: FigureRow[] }) {
  const { t, fmt } = usePage();
  const max = Math.max(1, ...props.rows.map((r) => r.n));
  const height = props.rows.length * BAR.row;
  const width = BAR.width + BAR.number;
  const label = (value: string) => t(tagLabel(props.facet, value));
  return (
    <figure class="stack" aria-labelledby={`${props.id}-caption`}>
      <figcaption id={`${props.id}-caption`}>
        <h3>{props.caption}</h3>
      </figcaption>
      <svg
        role="img"
        aria-label={t('obstacles.figures.chartName', { caption: props.caption })}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        {props.rows.map((r, i) => {
          const y = i * BAR.row;
          const w = Math.round((r.n / max) * BAR.width);
          return (
            <g>
              <text x={0} y={y + BAR.label} fill="currentColor" font-size="15">
                {label(r.value)}
              </text>
              <rect x={0} y={y + BAR.top} width={Math.max(w, 1)} height={BAR.height} fill="currentColor" />
              <text x={w + 6} y={y + BAR.top + BAR.height - 2} fill="currentColor" font-size="15">
                {fmt.number(r.n)}
              </text>
            </g>
          );
        })}
      </svg>
      <Table
        caption={props.caption}
        captionHidden
        columns={[
          { header: t(TAG_TITLE[props.facet]), cell: (r: FigureRow) => label(r.value) },
          { header: t('obstacles.figures.count'), cell: (r: FigureRow) => fmt.number(r.n), numeric: true },
        ]}
        rows={props.rows}
      />
    </figure>
  );
}
