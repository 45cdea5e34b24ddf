import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, Form, FormProblems, Select, titleAfter, type FormState } from '../../../../platform/views/form.tsx';
import { BackLink, Banner, SummaryList, Tag } from '../../../../platform/views/components.tsx';
import { LANGS, NATIVE_NAME } from '../../../../platform/i18n/i18n.ts';
import { sectionStates, type ReportRead } from '../../read.ts';
import { commitmentName } from '../../report-view.tsx';
import { HEADLINE_COLUMNS } from '../../repository-report.ts';
import type { CycleLine } from '../../service-report.ts';
import { statusText } from './list.tsx';
import {
  HEADLINE_LABEL,
  reportPath,
  reportsPath,
  sectionPath,
  SECTION_STATE_LABEL,
  SECTION_STATE_TONE,
} from './labels.ts';

export interface OverviewProps {
  orgId: string;
  orgName: string;
  cycle: CycleLine;
  report: ReportRead | null;
  titles: ReadonlyMap<number, string>;
  admin: boolean;
  startForm: FormState;
}

/**
 * A year's report: before it starts, the way to start it; then its status, every section with
 * what was done to it, the headline figures, the targets, and the ways to the other steps.
 */
export function ReportOverviewPage(props: OverviewProps) {
  const { t, fmt } = usePage();
  const href = useHref();
  const { cycle, report } = props;
  const title = t('reports.report.title', { year: cycle.year });
  return (
    <Layout title={titleAfter(t, title, props.startForm)} noindex>
      <BackLink href={href(reportsPath(props.orgId))}>{t('reports.report.list.title')}</BackLink>
      <p class="caption">{props.orgName}</p>
      <h1>{title}</h1>
      <p>{t('reports.report.status', { status: statusText(t, fmt, cycle) })}</p>
      {report ? <Started {...props} report={report} /> : <NotStarted {...props} />}
    </Layout>
  );
}

function NotStarted(props: OverviewProps) {
  const { t, fmt } = usePage();
  const href = useHref();
  if (!props.cycle.open)
    return <p>{t('reports.report.list.notOpen', { date: fmt.date(`${props.cycle.opensOn}T12:00:00Z`) })}</p>;
  if (!props.admin) return <p>{t('reports.report.start.askAdmin')}</p>;
  return (
    <>
      <p>{t('reports.report.start.lead', { year: props.cycle.year })}</p>
      <FormProblems form={props.startForm} />
      <Form action={href(`${reportPath(props.orgId, props.cycle.year)}/start`)} class="stack">
        <Select
          form={props.startForm}
          name="lang"
          label={t('reports.report.start.lang')}
          hint={t('reports.report.start.langHint')}
          options={LANGS.map((l) => ({ value: l, label: NATIVE_NAME[l] }))}
        />
        <Button>{t('reports.report.start.button')}</Button>
      </Form>
    </>
  );
}

function Started(props: OverviewProps & { report: ReportRead }) {
  const { t, fmt } = usePage();
  const href = useHref();
  const { report, orgId } = props;
  const base = reportPath(orgId, report.year);
  const draft = report.status === 'draft';
  return (
    <>
      {draft ? null : <Banner kind="info" title={t('reports.report.frozen', { date: fmt.date(report.submittedAt) })} />}
      <ul>
        <li>
          <a href={href(`${base}/preview`)}>{t('reports.preview.link')}</a>
        </li>
        <li>
          <a href={href(`${base}/report.pdf`)}>{t('reports.pdf.link')}</a>
        </li>
      </ul>
      <section class="stack" aria-labelledby="overview-sections">
        <h2 id="overview-sections">{t('reports.preview.sections')}</h2>
        <SummaryList
          rows={report.sections.map((s) => ({
            key: commitmentName(t, props.titles, s.commitment),
            value: sectionStates(s).map((state) => (
              <Tag tone={SECTION_STATE_TONE[state]}>{t(SECTION_STATE_LABEL[state])}</Tag>
            )),
            action: {
              href: href(sectionPath(orgId, report.year, s.commitment)),
              label: draft && props.admin ? t('reports.report.edit') : t('reports.report.read'),
              hidden: commitmentName(t, props.titles, s.commitment),
            },
          }))}
        />
      </section>
      <section class="stack" aria-labelledby="overview-headline">
        <h2 id="overview-headline">{t('reports.headline.title')}</h2>
        <SummaryList
          rows={HEADLINE_COLUMNS.map((c) => ({
            key: t(HEADLINE_LABEL[c]),
            value: report.headline[c] === null ? t('reports.headline.notGiven') : fmt.number(report.headline[c]!),
          }))}
        />
        <p>
          <a href={href(`${base}/headline`)}>
            {draft && props.admin ? t('reports.headline.edit') : t('reports.headline.read')}
          </a>
        </p>
      </section>
      <section class="stack" aria-labelledby="overview-targets">
        <h2 id="overview-targets">{t('reports.preview.targets')}</h2>
        <p>
          {t('reports.report.targetsSummary', {
            due: report.targetsDue.length,
            set: report.targetsSet.length,
            year: report.year,
          })}
        </p>
        <p>
          <a href={href(`${base}/targets`)}>{t('reports.report.targetsLink')}</a>
        </p>
      </section>
      <section class="stack" aria-labelledby="overview-next">
        <h2 id="overview-next">{t('reports.report.next')}</h2>
        <ul>
          <li>
            <a href={href(`${base}/statement`)}>{t('reports.report.statementLink')}</a>
          </li>
          {draft ? (
            <li>
              <a href={href(`${base}/submit`)}>{t('reports.report.submitLink')}</a>
            </li>
          ) : null}
        </ul>
      </section>
    </>
  );
}
