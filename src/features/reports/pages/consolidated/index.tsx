import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Banner } from '../../../../platform/views/components.tsx';
import { MAX_YEARS, periodPath, type CycleCounts } from '../../service-consolidated.ts';

// The years that have a reporting cycle, newest first, each with how many reported, and the
// report over the last three years. Shown again with a message (400) when a period in the URL
// is not one the report can cover.

export function ReportsIndexPage({ years, badPeriod = false }: { years: CycleCounts[]; badPeriod?: boolean }) {
  const { t } = usePage();
  const href = useHref();
  const title = t('reports.consolidated.index.title');
  const newest = years[0]?.year;
  const oldest = years[years.length - 1]?.year;
  const from = newest === undefined || oldest === undefined ? null : Math.max(oldest, newest - MAX_YEARS + 1);
  return (
    <Layout title={title}>
      {badPeriod ? (
        <Banner kind="warning" title={t('reports.consolidated.badPeriod.title')}>
          <p>{t('reports.consolidated.badPeriod', { example: '2024-2026' })}</p>
        </Banner>
      ) : null}
      <h1>{title}</h1>
      <p class="lead">{t('reports.consolidated.index.lead')}</p>
      {years.length === 0 ? (
        <p>{t('reports.consolidated.index.none')}</p>
      ) : (
        <ul class="card-list">
          {years.map((y) => (
            <li class="card">
              <h2>
                <a href={href(`/reports/${y.year}`)}>{t('reports.consolidated.index.yearLink', { year: y.year })}</a>
              </h2>
              <p>{t('reports.consolidated.index.yearSummary', { reported: y.reported, required: y.required })}</p>
            </li>
          ))}
        </ul>
      )}
      {from !== null && newest !== undefined && from < newest ? (
        <>
          <h2>{t('reports.consolidated.index.periodTitle')}</h2>
          <p>{t('reports.consolidated.index.periodHint')}</p>
          <p>
            <a href={href(periodPath(from, newest))}>
              {t('reports.consolidated.index.periodLink', { from, to: newest })}
            </a>
          </p>
        </>
      ) : null}
    </Layout>
  );
}
