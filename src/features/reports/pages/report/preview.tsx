import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { BackLink } from '../../../../platform/views/components.tsx';
import type { ReportRead } from '../../read.ts';
import { ReportState, ReportView } from '../../report-view.tsx';
import { publicReportPath, reportPath } from './labels.ts';

/** The whole report as it will be published, at any time, with its PDF. */
export function PreviewPage(props: {
  orgId: string;
  orgName: string;
  report: ReportRead;
  titles: ReadonlyMap<number, string>;
}) {
  const { t } = usePage();
  const href = useHref();
  const { report } = props;
  const title = t('reports.preview.title', { year: report.year });
  return (
    <Layout title={title} noindex>
      <BackLink href={href(reportPath(props.orgId, report.year))}>
        {t('reports.report.title', { year: report.year })}
      </BackLink>
      <p class="caption">{props.orgName}</p>
      <h1>{title}</h1>
      <p class="lead">{t('reports.preview.lead')}</p>
      <ReportState report={report} />
      <p>
        <a href={href(`${reportPath(props.orgId, report.year)}/report.pdf`)}>{t('reports.pdf.link')}</a>
      </p>
      <ReportView report={report} titles={props.titles} />
    </Layout>
  );
}

/** A signatory's submitted report, for everyone, with its PDF. */
export function PublicReportPage(props: {
  slug: string;
  orgName: string;
  report: ReportRead;
  titles: ReadonlyMap<number, string>;
}) {
  const { t } = usePage();
  const href = useHref();
  const { report } = props;
  const title = t('reports.public.title', { name: props.orgName, year: report.year });
  const path = publicReportPath(props.slug, report.year);
  return (
    <Layout title={title}>
      <BackLink href={href(`/signatories/${props.slug}`)}>{props.orgName}</BackLink>
      <h1>{title}</h1>
      <ReportState report={report} />
      <p>
        <a href={href(`${path}.pdf`)}>{t('reports.pdf.link')}</a>
      </p>
      <ReportView report={report} titles={props.titles} />
    </Layout>
  );
}
