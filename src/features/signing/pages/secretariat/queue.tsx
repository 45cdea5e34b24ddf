import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { BackLink, Pagination } from '../../../../platform/views/components.tsx';
import { Button, Select } from '../../../../platform/views/form.tsx';
import { STATUS_LABEL } from '../../labels.ts';
import { STATUSES } from '../../repository.ts';
import type { QueueItem } from '../../service.ts';
import type { ApplicationStatus } from '../../signing.table.ts';
import { QueueTable, StatusCounts } from './overview.tsx';

export function QueuePage(props: {
  status: ApplicationStatus;
  counts: Record<ApplicationStatus, number>;
  items: QueueItem[];
  next: string | null;
  isFirstPage: boolean;
}) {
  const { t } = usePage();
  const href = useHref();
  const base = `/secretariat/applications?status=${props.status}`;
  const title = t('signing.queue.title');
  return (
    <Layout title={title} wide noindex>
      <BackLink href={href('/secretariat')}>{t('signing.queue.back')}</BackLink>
      <div class="stack">
        <h1>{title}</h1>
        <StatusCounts counts={props.counts} current={props.status} />
        {/* A filter only reads: GET, no token, and nothing changes until the button is pressed. */}
        <form method="get" action={href('/secretariat/applications')} class="filters">
          <Select
            form={{ values: { status: props.status }, errors: {} }}
            name="status"
            label={t('signing.queue.filter')}
            options={STATUSES.map((s) => ({ value: s, label: t(STATUS_LABEL[s]) }))}
          />
          <Button variant="secondary">{t('signing.queue.show')}</Button>
        </form>
        <h2>
          {t('signing.queue.heading', { status: t(STATUS_LABEL[props.status]), count: props.counts[props.status] })}
        </h2>
        {props.items.length ? (
          <QueueTable
            items={props.items}
            caption={t('signing.queue.caption', { status: t(STATUS_LABEL[props.status]) })}
          />
        ) : (
          <p>{t('signing.queue.empty')}</p>
        )}
        <Pagination
          firstHref={props.isFirstPage ? null : href(base)}
          nextHref={props.next ? href(`${base}&after=${props.next}`) : null}
        />
      </div>
    </Layout>
  );
}
