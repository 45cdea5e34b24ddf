import { usePage } from '../../../../platform/views/context.ts';
import { Table, type Column } from '../../../../platform/views/components.tsx';
import {
  FIGURES,
  type CommitmentTitle,
  type CycleCounts,
  type GroupTotals,
  type Totals,
} from '../../service-consolidated.ts';
import { COLUMN, COMMITMENT_NAME, CYCLE_LINES, FIGURE_LABEL, SHARE } from './labels.ts';

// The tables the year's page shows; every chart's figures are in one of them.

/** Who had to report, who did, who is late and who is not reporting, from the cycle's kept counts. */
export function ReportingStats({ cycle }: { cycle: CycleCounts }) {
  const { t, fmt } = usePage();
  return (
    <ul class="grid grid--3">
      {CYCLE_LINES.map(([label, count]) => (
        <li class="stat">
          <span class="stat__number">{fmt.number(cycle[count])}</span> <span class="stat__label">{t(label)}</span>
        </li>
      ))}
    </ul>
  );
}

export function HeadlineTable({ caption, totals }: { caption: string; totals: Totals }) {
  const { t, fmt } = usePage();
  return (
    <Table
      caption={caption}
      rows={[...FIGURES]}
      columns={[
        { header: t(COLUMN.figure), cell: (f) => t(FIGURE_LABEL[f]) },
        { header: t(COLUMN.total), cell: (f) => fmt.number(totals.figures[f]), numeric: true },
      ]}
    />
  );
}

export function CommitmentsTable(props: { caption: string; totals: Totals; commitments: CommitmentTitle[] }) {
  const { t, fmt } = usePage();
  const { reports } = props.totals;
  return (
    <Table
      caption={props.caption}
      rows={props.commitments}
      columns={[
        { header: t(COLUMN.commitment), cell: (c) => t(COMMITMENT_NAME, { number: c.number, title: c.title }) },
        { header: t(COLUMN.reports), cell: (c) => fmt.number(props.totals.commitments[c.number - 1]!), numeric: true },
        {
          header: t(COLUMN.share),
          cell: (c) => (reports > 0 ? t(SHARE, { n: props.totals.commitments[c.number - 1]! / reports }) : '–'),
          numeric: true,
        },
      ]}
    />
  );
}

/** One row per sector or region: its reports, headline figures and targets. */
export function GroupTable(props: { caption: string; header: string; groups: GroupTotals[] }) {
  const { t, fmt } = usePage();
  const columns: Column<GroupTotals>[] = [
    { header: props.header, cell: (g) => t(g.label) },
    { header: t(COLUMN.reports), cell: (g) => fmt.number(g.totals.reports), numeric: true },
    ...FIGURES.map((f): Column<GroupTotals> => ({
      header: t(FIGURE_LABEL[f]),
      cell: (g) => fmt.number(g.totals.figures[f]),
      numeric: true,
    })),
    { header: t(COLUMN.targetsDue), cell: (g) => fmt.number(g.totals.targetsDue), numeric: true },
    { header: t(COLUMN.targetsMet), cell: (g) => fmt.number(g.totals.targetsMet), numeric: true },
  ];
  return <Table caption={props.caption} rows={props.groups} columns={columns} />;
}
