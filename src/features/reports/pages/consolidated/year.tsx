import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { BackLink, Banner } from '../../../../platform/views/components.tsx';
import { BarChart } from '../../consolidated-chart.tsx';
import { FIGURES, reportingRate, type YearReport } from '../../service-consolidated.ts';
import { COLUMN, COMMITMENT_NAME, FIGURE_LABEL } from './labels.ts';
import { CommitmentsTable, GroupTable, HeadlineTable, ReportingStats } from './tables.tsx';

// A year's consolidated report: who reported (the cycle's kept counts), then, once reports are
// in, the headline figures, the nine commitments (chart and table), the figures by sector (chart
// and table) and by region, the targets, and the downloads.

export function YearPage({ report: r, apiHref }: { report: YearReport; apiHref: string }) {
  const { t, fmt } = usePage();
  const href = useHref();
  const { year } = r.cycle;
  const title = t('reports.consolidated.title', { year });
  const rate = reportingRate(r.cycle);
  const hasReports = r.all.reports > 0;
  return (
    <Layout title={title} wide>
      <BackLink href={href('/reports')}>{t('reports.consolidated.back')}</BackLink>
      <p class="caption">{t('reports.consolidated.caption')}</p>
      <h1>{title}</h1>
      <p class="lead">{t('reports.consolidated.lead', { year })}</p>
      <p>{t('reports.consolidated.deadline', { due: fmt.date(r.cycle.dueOn), grace: fmt.date(r.cycle.graceUntil) })}</p>

      <h2>{t('reports.consolidated.who.title')}</h2>
      <ReportingStats cycle={r.cycle} />
      {rate === null ? null : <p>{t('reports.consolidated.who.rate', { rate })}</p>}

      {hasReports ? (
        <Figures report={r} />
      ) : (
        <Banner title={t('reports.consolidated.empty.title')}>
          <p>{t('reports.consolidated.empty', { year })}</p>
        </Banner>
      )}

      <h2>{t('reports.consolidated.download.title')}</h2>
      <ul>
        <li>
          <a
            href={href(`/reports/${year}.xlsx`)}
            type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          >
            {t('reports.consolidated.download.xlsx')}
          </a>
        </li>
        <li>
          <a href={href(`/reports/${year}.pdf`)} type="application/pdf">
            {t('reports.consolidated.download.pdf')}
          </a>
        </li>
        <li>
          <a href={apiHref} type="application/json">
            {t('reports.consolidated.download.api')}
          </a>
        </li>
      </ul>
    </Layout>
  );
}

function Figures({ report: r }: { report: YearReport }) {
  const { t } = usePage();
  const { year } = r.cycle;
  return (
    <>
      <h2>{t('reports.consolidated.headline.title')}</h2>
      <p>{t('reports.consolidated.reportsCount', { count: r.all.reports })}</p>
      <HeadlineTable caption={t('reports.consolidated.headline.caption', { year })} totals={r.all} />

      <h2>{t('reports.consolidated.commitments.title')}</h2>
      <p>{t('reports.consolidated.commitments.lead')}</p>
      <BarChart
        id="commitments-chart"
        title={t('reports.consolidated.commitments.chartTitle', { year })}
        description={t('reports.consolidated.commitments.chartDescription')}
        groups={[
          {
            bars: r.commitments.map((c) => ({
              label: t(COMMITMENT_NAME, { number: c.number, title: c.title }),
              value: r.all.commitments[c.number - 1]!,
            })),
          },
        ]}
      />
      <CommitmentsTable
        caption={t('reports.consolidated.commitments.caption', { year })}
        totals={r.all}
        commitments={r.commitments}
      />

      <h2>{t('reports.consolidated.sector.title')}</h2>
      <BarChart
        id="sectors-chart"
        title={t('reports.consolidated.sector.chartTitle', { year })}
        description={t('reports.consolidated.sector.chartDescription')}
        groups={FIGURES.map((f) => ({
          title: t(FIGURE_LABEL[f]),
          bars: r.bySector.map((g) => ({ label: t(g.label), value: g.totals.figures[f] })),
        }))}
      />
      <GroupTable
        caption={t('reports.consolidated.sector.caption', { year })}
        header={t(COLUMN.sector)}
        groups={r.bySector}
      />

      <h2>{t('reports.consolidated.region.title')}</h2>
      <p>{t('reports.consolidated.region.note')}</p>
      <GroupTable
        caption={t('reports.consolidated.region.caption', { year })}
        header={t(COLUMN.region)}
        groups={r.byRegion}
      />

      <h2>{t('reports.consolidated.targets.title')}</h2>
      <p>{t('reports.consolidated.targets.text', { year, due: r.all.targetsDue, met: r.all.targetsMet })}</p>
    </>
  );
}
