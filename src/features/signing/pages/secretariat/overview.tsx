import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { ButtonLink, Table, Tag } from '../../../../platform/views/components.tsx';
import { formatEnterpriseNumber } from '../../../organisations/enterprise-number.ts';
import { StatusTag } from '../../components.tsx';
import { STATUS_LABEL } from '../../labels.ts';
import { STATUSES } from '../../repository.ts';
import type { QueueItem } from '../../service.ts';
import type { ApplicationStatus } from '../../signing.table.ts';
import type { SecretariatLink } from '../../../../platform/feature.ts';

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
        {
          header: t('signing.queue.status'),
          cell: (a) => (
            <>
              <StatusTag status={a.status} />
              {a.ownInterest ? (
                <>
                  {' '}
                  <Tag tone="red">{t('signing.queue.notYours')}</Tag>
                </>
              ) : null}
            </>
          ),
        },
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

export function SecretariatOverviewPage(props: {
  counts: Record<ApplicationStatus, number>;
  oldest: QueueItem[];
  /** What the other features give the secretariat to do (their manifests' `secretariatLinks`). */
  links: readonly (SecretariatLink & { waiting: number | null })[];
}) {
  const { t, fmt } = usePage();
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
          {props.links.map((link) => (
            <li>
              <a href={href(link.path)}>{t(link.label)}</a>
              {link.waiting !== null ? (
                <> {t('signing.secretariat.waiting', { count: fmt.number(link.waiting) })}</>
              ) : null}
            </li>
          ))}
        </ul>
      </div>
    </Layout>
  );
}
