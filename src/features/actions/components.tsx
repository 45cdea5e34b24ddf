import { usePage, useHref } from '../../platform/views/context.ts';
import { Tag } from '../../platform/views/components.tsx';
import type { ActionStatus } from './actions.table.ts';
import type { ActionItem } from './service-public.ts';
import { NEED_LABEL, STATUS_LABEL, STATUS_TONE } from './vocabulary.ts';

// Parts the actions' pages share: the status, the progress bar and a result in a list.

export function StatusTag({ status }: { status: ActionStatus }) {
  const { t } = usePage();
  return <Tag tone={STATUS_TONE[status]}>{t(STATUS_LABEL[status])}</Tag>;
}

const BAR = { width: 200, height: 12 };

/**
 * The progress as a number and a bar drawn on the server: the SVG is decoration beside the
 * number, which is the text everybody reads (the bar is hidden from assistive technology).
 */
export function ProgressBar({ progress, id }: { progress: number; id: string }) {
  const { t, fmt } = usePage();
  const value = Math.min(100, Math.max(0, progress));
  return (
    <p class="action-progress" id={id}>
      <span>{t('actions.progress.label', { percent: fmt.number(value) })}</span>{' '}
      <svg
        width={BAR.width}
        height={BAR.height}
        viewBox={`0 0 ${BAR.width} ${BAR.height}`}
        aria-hidden="true"
        focusable="false"
      >
        <rect x="0" y="0" width={BAR.width} height={BAR.height} fill="none" stroke="currentColor" />
        <rect x="0" y="0" width={(BAR.width * value) / 100} height={BAR.height} fill="currentColor" />
      </svg>
    </p>
  );
}

/** One action in a list: its title, status, lead, progress and what it needs. */
export function ActionResult({ item }: { item: ActionItem }) {
  const { t } = usePage();
  const href = useHref();
  return (
    <li class="card stack">
      <h3>
        <a href={href(`/actions/${encodeURIComponent(item.slug)}`)} lang={item.lang}>
          {item.title}
        </a>
      </h3>
      <p>
        <StatusTag status={item.status} />
        {item.lead ? <> {t('actions.item.ledBy', { org: item.lead.name })}</> : null}
        {' · '}
        {t('actions.item.partners', { count: item.partnerCount })}
      </p>
      <p lang={item.lang}>{item.goal}</p>
      <ProgressBar progress={item.progress} id={`progress-${item.id}`} />
      {item.status === 'looking' && item.needs.length > 0 ? (
        <p class="hint">{t('actions.item.needs', { needs: item.needs.map((n) => t(NEED_LABEL[n])).join(', ') })}</p>
      ) : null}
    </li>
  );
}
