import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Table } from '../../../../platform/views/components.tsx';
import { STATUS_LABEL, STATUS_SINCE, type PublicReporting } from '../../../reports/service-public.ts';

// Commitment 9 on the profile: the organisation's reporting status in its latest cycles, in the
// reports' words ("Late since 1 June 2026"), and a link to each report it made public. A first
// report kept private shows its status, never a link.

interface Row {
  year: number;
  status: PublicReporting['statuses'][number] | null;
  published: boolean;
}

function rowsOf(reporting: PublicReporting): Row[] {
  const years = [...new Set([...reporting.statuses.map((s) => s.year), ...reporting.reports.map((r) => r.year)])];
  return years
    .sort((a, b) => b - a)
    .map((year) => ({
      year,
      status: reporting.statuses.find((s) => s.year === year) ?? null,
      published: reporting.reports.some((r) => r.year === year),
    }));
}

export function YearlyReports({ slug, reporting }: { slug: string; reporting: PublicReporting }) {
  const { t, fmt } = usePage();
  const href = useHref();
  const rows = rowsOf(reporting);
  if (rows.length === 0) return null;
  const statusText = (s: Row['status']) => {
    if (!s) return '';
    const since = STATUS_SINCE[s.status];
    const text =
      since && s.since ? t(since, { since: fmt.date(`${s.since}T12:00:00.000Z`) }) : t(STATUS_LABEL[s.status]);
    return s.afterDeadline ? `${text} (${t('reports.profile.afterDeadline')})` : text;
  };
  return (
    <section class="stack" aria-labelledby="reports-heading">
      <h2 id="reports-heading">{t('reports.profile.title')}</h2>
      <Table
        caption={t('reports.profile.caption')}
        captionHidden
        rows={rows}
        columns={[
          { header: t('reports.profile.year'), cell: (r) => String(r.year) },
          { header: t('reports.profile.status'), cell: (r) => statusText(r.status) },
          {
            header: t('reports.profile.report'),
            cell: (r) =>
              r.published ? (
                <a href={href(`/signatories/${encodeURIComponent(slug)}/reports/${r.year}`)}>
                  {t('reports.profile.read', { year: r.year })}
                </a>
              ) : r.status?.status === 'reported' ? (
                t('reports.profile.notPublic')
              ) : (
                ''
              ),
          },
        ]}
      />
    </section>
  );
}
