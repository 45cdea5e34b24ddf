import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { BackLink, Table } from '../../../../platform/views/components.tsx';
import type { Translate } from '../../../../platform/i18n/i18n.ts';
import type { Formatters } from '../../../../platform/i18n/format.ts';
import { STATUS_LABEL, STATUS_SINCE } from '../../labels.ts';
import type { CycleLine } from '../../service-report.ts';
import { reportPath } from './labels.ts';

/** The status of an organisation in a cycle, with its day when it has one ("late since 1 June"). */
export function statusText(t: Translate, fmt: Formatters, line: Pick<CycleLine, 'status' | 'since'>): string {
  if (!line.status) return t(STATUS_LABEL.notRequired);
  const since = STATUS_SINCE[line.status];
  return since && line.since ? t(since, { since: fmt.date(`${line.since}T12:00:00Z`) }) : t(STATUS_LABEL[line.status]);
}

/** The organisation's reporting cycles, newest first, each with its status and the way to its report. */
export function ReportsListPage(props: { orgId: string; orgName: string; cycles: CycleLine[] }) {
  const { t, fmt } = usePage();
  const href = useHref();
  const day = (d: string) => fmt.date(`${d}T12:00:00Z`);
  return (
    <Layout title={t('reports.report.list.title')} noindex>
      <BackLink href={href(`/organisations/${props.orgId}`)}>{props.orgName}</BackLink>
      <p class="caption">{props.orgName}</p>
      <h1>{t('reports.report.list.title')}</h1>
      <p class="lead">{t('reports.report.list.lead')}</p>
      {props.cycles.length === 0 ? (
        <p>{t('reports.report.list.none')}</p>
      ) : (
        <Table<CycleLine>
          caption={t('reports.report.list.caption')}
          captionHidden
          rows={props.cycles}
          columns={[
            { header: t('reports.report.list.year'), cell: (c) => String(c.year) },
            {
              header: t('reports.report.list.window'),
              cell: (c) => t('reports.report.list.dates', { opens: day(c.opensOn), due: day(c.dueOn) }),
            },
            { header: t('reports.report.list.status'), cell: (c) => statusText(t, fmt, c) },
            {
              header: t('reports.report.list.report'),
              cell: (c) =>
                c.report || c.open ? (
                  <a href={href(reportPath(props.orgId, c.year))}>
                    {c.report
                      ? t('reports.report.list.open', { year: c.year })
                      : t('reports.report.list.start', { year: c.year })}
                  </a>
                ) : (
                  t('reports.report.list.notOpen', { date: day(c.opensOn) })
                ),
            },
          ]}
        />
      )}
    </Layout>
  );
}
