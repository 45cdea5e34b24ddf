import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { BackLink, Pagination, Table, Tag } from '../../../../platform/views/components.tsx';
import { encodeCursor, type Cursor, type QueueLine } from '../../service-read.ts';

/** The secretariat's moderation queue: submitted revisions, the oldest first. */
export function PracticeQueuePage(props: {
  waiting: number;
  lines: QueueLine[];
  next: Cursor | null;
  isFirstPage: boolean;
}) {
  const { t, fmt } = usePage();
  const href = useHref();
  return (
    <Layout title={t('practices.queue.title')} wide noindex>
      <BackLink href={href('/secretariat')}>{t('practices.queue.back')}</BackLink>
      <h1>{t('practices.queue.title')}</h1>
      <p class="lead">{t('practices.queue.waiting', { count: props.waiting })}</p>
      {props.lines.length ? (
        <Table
          caption={t('practices.queue.title')}
          captionHidden
          rows={props.lines}
          columns={[
            {
              header: t('practices.queue.col.practice'),
              cell: (l) => (
                <>
                  <a href={href(`/secretariat/practices/${l.revisionId}`)}>{l.title || t('practices.org.untitled')}</a>
                  {l.isUpdate ? (
                    <>
                      {' '}
                      <Tag tone="blue">{t('practices.queue.update')}</Tag>
                    </>
                  ) : null}
                </>
              ),
            },
            { header: t('practices.queue.col.organisation'), cell: (l) => l.org?.legalName ?? '–' },
            {
              header: t('practices.queue.col.submitted'),
              cell: (l) => <time dateTime={l.submittedAt}>{fmt.date(l.submittedAt)}</time>,
            },
          ]}
        />
      ) : (
        <p>{t('practices.queue.empty')}</p>
      )}
      <Pagination
        firstHref={props.isFirstPage ? null : href('/secretariat/practices')}
        nextHref={props.next ? href(`/secretariat/practices?after=${encodeCursor(props.next)}`) : null}
      />
    </Layout>
  );
}
