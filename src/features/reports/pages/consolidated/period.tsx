import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { BackLink, Table, type Column } from '../../../../platform/views/components.tsx';
import { STATUS_LABEL } from '../../labels.ts';
import { FIGURES, reportingRate, type PeriodReport, type PeriodYear, type Totals } from '../../service-consolidated.ts';
import { COLUMN, COMMITMENT_NAME, FIGURE_LABEL, SHARE } from './labels.ts';

// The consolidated report over two or three years, drafted automatically from the yearly
// cycles: the years side by side, then added up. The joint evaluation starts from it. Each table
// has a row per measure and a column per year, and a last column for all years together.

interface Line {
  label: string;
  /** The figure of one year (null: nothing to show, such as a year without a cycle). */
  year: (y: PeriodYear) => number | null;
  /** All years together, or null where a sum means nothing (a rate). */
  all: number | null;
  percent?: boolean;
}

function ByYearTable({ caption, lines, report }: { caption: string; lines: Line[]; report: PeriodReport }) {
  const { t, fmt } = usePage();
  const show = (n: number | null, percent?: boolean) => (n === null ? '–' : percent ? t(SHARE, { n }) : fmt.number(n));
  const columns: Column<Line>[] = [
    { header: t(COLUMN.figure), cell: (l) => l.label },
    ...report.years.map((y): Column<Line> => ({
      header: y.cycle ? String(y.year) : t('reports.threeYear.noCycle', { year: y.year }),
      cell: (l) => show(y.cycle ? l.year(y) : null, l.percent),
      numeric: true,
    })),
    { header: t('reports.threeYear.allYears'), cell: (l) => show(l.all, l.percent), numeric: true },
  ];
  return <Table caption={caption} rows={lines} columns={columns} />;
}

export function PeriodPage({ report: r }: { report: PeriodReport }) {
  const { t } = usePage();
  const href = useHref();
  const period = { from: r.from, to: r.to };
  const title = t('reports.threeYear.title', period);
  const cycles = r.years.flatMap((y) => (y.cycle ? [y.cycle] : []));
  const sumOf = (pick: (c: (typeof cycles)[number]) => number) => cycles.reduce((n, c) => n + pick(c), 0);
  const totalsLine = (label: string, pick: (x: Totals) => number): Line => ({
    label,
    year: (y) => pick(y.totals),
    all: pick(r.sum),
  });
  const reporting: Line[] = [
    { label: t(COLUMN.required), year: (y) => y.cycle!.required, all: sumOf((c) => c.required) },
    { label: t(STATUS_LABEL.reported), year: (y) => y.cycle!.reported, all: sumOf((c) => c.reported) },
    { label: t(STATUS_LABEL.late), year: (y) => y.cycle!.late, all: sumOf((c) => c.late) },
    { label: t(STATUS_LABEL.notReporting), year: (y) => y.cycle!.notReporting, all: sumOf((c) => c.notReporting) },
    {
      label: t('reports.threeYear.rate'),
      year: (y) => reportingRate(y.cycle!),
      all: sumOf((c) => c.required) > 0 ? sumOf((c) => c.reported) / sumOf((c) => c.required) : null,
      percent: true,
    },
  ];
  return (
    <Layout title={title} wide>
      <BackLink href={href('/reports')}>{t('reports.consolidated.back')}</BackLink>
      <p class="caption">{t('reports.threeYear.caption')}</p>
      <h1>{title}</h1>
      <p class="lead">{t('reports.threeYear.lead')}</p>
      <ul>
        {r.years.map((y) =>
          y.cycle ? (
            <li>
              <a href={href(`/reports/${y.year}`)}>{t('reports.consolidated.index.yearLink', { year: y.year })}</a>
            </li>
          ) : (
            <li>{t('reports.threeYear.noCycle', { year: y.year })}</li>
          ),
        )}
      </ul>

      <h2>{t('reports.threeYear.reporting.title')}</h2>
      <ByYearTable caption={t('reports.threeYear.reporting.caption', period)} lines={reporting} report={r} />

      <h2>{t('reports.consolidated.headline.title')}</h2>
      <ByYearTable
        caption={t('reports.threeYear.headline.caption', period)}
        report={r}
        lines={[
          totalsLine(t(COLUMN.reports), (x) => x.reports),
          ...FIGURES.map((f) => totalsLine(t(FIGURE_LABEL[f]), (x) => x.figures[f])),
        ]}
      />

      <h2>{t('reports.consolidated.commitments.title')}</h2>
      <p>{t('reports.consolidated.commitments.lead')}</p>
      <ByYearTable
        caption={t('reports.threeYear.commitments.caption', period)}
        report={r}
        lines={r.commitments.map((c) =>
          totalsLine(t(COMMITMENT_NAME, { number: c.number, title: c.title }), (x) => x.commitments[c.number - 1]!),
        )}
      />

      <h2>{t('reports.consolidated.targets.title')}</h2>
      <ByYearTable
        caption={t('reports.threeYear.targets.caption', period)}
        report={r}
        lines={[
          totalsLine(t(COLUMN.targetsDue), (x) => x.targetsDue),
          totalsLine(t(COLUMN.targetsMet), (x) => x.targetsMet),
        ]}
      />
    </Layout>
  );
}
