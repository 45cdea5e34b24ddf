import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { BackLink, Pagination, Table } from '../../../../platform/views/components.tsx';
import { Button, Form } from '../../../../platform/views/form.tsx';
import { encodeCursor, type Cursor } from '../../service-read.ts';
import { REPORT_REASON_LABEL, REPORT_REASONS, type ReportReason } from '../../service-contact.ts';
import type { ReportLine } from '../../service-reports.ts';

const isReason = (r: string): r is ReportReason => (REPORT_REASONS as readonly string[]).includes(r);

/** The secretariat's list of open problem reports, the oldest first; each can be marked handled. */
export function PracticeReportsPage(props: {
  open: number;
  lines: ReportLine[];
  next: Cursor | null;
  isFirstPage: boolean;
}) {
  const { t, fmt } = usePage();
  const href = useHref();
  return (
    <Layout title={t('practices.report.list.title')} wide noindex>
      <BackLink href={href('/secretariat')}>{t('practices.report.list.back')}</BackLink>
      <h1>{t('practices.report.list.title')}</h1>
      <p class="lead">{t('practices.report.list.open', { count: props.open })}</p>
      {props.lines.length ? (
        <Table
          caption={t('practices.report.list.title')}
          captionHidden
          rows={props.lines}
          columns={[
            {
              header: t('practices.report.list.col.practice'),
              cell: (l) =>
                l.practiceStatus === 'published' ? (
                  <a href={href(`/practices/${encodeURIComponent(l.practiceSlug)}`)}>{l.title || l.practiceSlug}</a>
                ) : (
                  <>{l.title || l.practiceSlug}</>
                ),
            },
            {
              header: t('practices.report.list.col.reason'),
              cell: (l) => (
                <>
                  {isReason(l.reason) ? t(REPORT_REASON_LABEL[l.reason]) : l.reason}
                  {l.details ? <p class="hint">{l.details}</p> : null}
                </>
              ),
            },
            {
              header: t('practices.report.list.col.received'),
              cell: (l) => <time dateTime={l.createdAt}>{fmt.date(l.createdAt)}</time>,
            },
            {
              header: t('practices.report.list.col.action'),
              cell: (l) => (
                <Form action={href(`/secretariat/practice-reports/${l.id}/close`)}>
                  <Button variant="secondary">{t('practices.report.list.close')}</Button>
                </Form>
              ),
            },
          ]}
        />
      ) : (
        <p>{t('practices.report.list.empty')}</p>
      )}
      <Pagination
        firstHref={props.isFirstPage ? null : href('/secretariat/practice-reports')}
        nextHref={props.next ? href(`/secretariat/practice-reports?after=${encodeCursor(props.next)}`) : null}
      />
    </Layout>
  );
}
