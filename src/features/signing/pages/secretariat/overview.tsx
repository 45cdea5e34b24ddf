import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { ButtonLink, Table } from '../../../../platform/views/components.tsx';
import { formatEnterpriseNumber } from '../../../organisations/enterprise-number.ts';
import { StatusTag } from '../../components.tsx';
import { STATUS_LABEL } from '../../labels.ts';
import { STATUSES } from '../../repository.ts';
import type { QueueItem } from '../../service.ts';
import type { ApplicationStatus } from '../../signing.table.ts';

export function StatusCounts({
  counts,
  current,
}: {
  counts: Record<ApplicationStatus, number>;
  current?: ApplicationStatus;
}) {
  const { t, fmt } = usePage();
  const href = useHref();
  return (
    <ul class="grid grid--3">
      {STATUSES.map((s) => (
        <li class="stat">
          <a href={href(`/secretariat/applications?status=${s}`)} aria-current={s === current ? 'true' : undefined}>
            <span class="stat__number">{fmt.number(counts[s])}</span>{' '}
            <span class="stat__label">{t(STATUS_LABEL[s])}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

export function QueueTable({ items, caption }: { items: QueueItem[]; caption: string }) {
  const { t, fmt } = usePage();
  const href = useHref();
  return (
    <Table
      caption={caption}
      rows={items}
      columns={[
        {
          header: t('signing.queue.organisation'),
          cell: (a) => <a href={href(`/secretariat/applications/${a.id}`)}>{a.orgName}</a>,
        },
        { header: t('signing.apply.enterpriseNumber.label'), cell: (a) => formatEnterpriseNumber(a.enterpriseNumber) },
        { header: t('signing.queue.status'), cell: (a) => <StatusTag status={a.status} /> },
        {
          header: t('signing.queue.submitted'),
          cell: (a) => <time dateTime={a.submittedAt}>{fmt.date(a.submittedAt)}</time>,
        },
        {
          header: t('signing.queue.signed'),
          cell: (a) =>
            a.executiveAnsweredAt ? (
              <time dateTime={a.executiveAnsweredAt}>{fmt.date(a.executiveAnsweredAt)}</time>
            ) : (
              '–'
            ),
        },
      ]}
    />
  );
}

export function SecretariatOverviewPage(props: { counts: Record<ApplicationStatus, number>; oldest: QueueItem[] }) {
  const { t } = usePage();
  const href = useHref();
  return (
    <Layout title={t('signing.secretariat.title')} wide noindex>
      <div class="stack">
        <h1>{t('signing.secretariat.title')}</h1>
        <h2>{t('signing.secretariat.counts')}</h2>
        <StatusCounts counts={props.counts} />
        <h2>{t('signing.secretariat.oldest')}</h2>
        {props.oldest.length ? (
          <QueueTable items={props.oldest} caption={t('signing.secretariat.oldest')} />
        ) : (
          <p>{t('signing.secretariat.nothingWaiting')}</p>
        )}
        <p>
          <ButtonLink href={href('/secretariat/applications?status=awaiting_review')}>
            {t('signing.secretariat.openQueue')}
          </ButtonLink>
        </p>
        <h2>{t('signing.secretariat.more')}</h2>
        <ul>
          <li>
            <a href={href('/secretariat/paper-signatures')}>{t('signing.secretariat.paper')}</a>
          </li>
          <li>
            <a href={href('/secretariat/settings')}>{t('signing.secretariat.settings')}</a>
          </li>
          <li>
            <a href={href('/secretariat/gallery')}>{t('signing.secretariat.gallery')}</a>
          </li>
        </ul>
      </div>
    </Layout>
  );
}
