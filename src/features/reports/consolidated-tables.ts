import type { Translate } from '../../platform/i18n/i18n.ts';
import { FIGURES, type GroupTotals, type YearReport } from './service-consolidated.ts';
import { COLUMN, COMMITMENT_NAME, CYCLE_LINES, FIGURE_LABEL } from './pages/consolidated/labels.ts';

// A year's consolidated figures as four plain tables, the same for the spreadsheet and the PDF:
// the totals, by sector, by region, by commitment. Headers in the reader's language.

/** A cell: text, a count, or a share (0 to 1) shown as a percentage. */
export type Cell = string | number | { share: number };

export interface FigureTable {
  /** The sheet's name in the spreadsheet (fixed, so scripts can find it). */
  sheet: 'totals' | 'by sector' | 'by region' | 'by commitment';
  /** The table's title in the reader's language (the PDF's heading). */
  title: string;
  headers: string[];
  rows: Cell[][];
}

function groupTable(
  t: Translate,
  sheet: FigureTable['sheet'],
  title: string,
  header: string,
  groups: GroupTotals[],
): FigureTable {
  return {
    sheet,
    title,
    headers: [
      header,
      t(COLUMN.reports),
      ...FIGURES.map((f) => t(FIGURE_LABEL[f])),
      t(COLUMN.targetsDue),
      t(COLUMN.targetsMet),
    ],
    rows: groups.map((g) => [
      t(g.label),
      g.totals.reports,
      ...FIGURES.map((f) => g.totals.figures[f]),
      g.totals.targetsDue,
      g.totals.targetsMet,
    ]),
  };
}

export function figureTables(r: YearReport, t: Translate): FigureTable[] {
  const { year } = r.cycle;
  const c = r.cycle;
  const all = r.all;
  return [
    {
      sheet: 'totals',
      title: t('reports.consolidated.headline.caption', { year }),
      headers: [t(COLUMN.figure), t(COLUMN.total)],
      rows: [
        // Text, so that no reader's number format writes it "2.025".
        [t(COLUMN.year), String(year)],
        ...CYCLE_LINES.map(([label, count]): Cell[] => [t(label), c[count]]),
        [t(COLUMN.reports), all.reports],
        ...FIGURES.map((f): Cell[] => [t(FIGURE_LABEL[f]), all.figures[f]]),
        [t(COLUMN.targetsDue), all.targetsDue],
        [t(COLUMN.targetsMet), all.targetsMet],
      ],
    },
    groupTable(t, 'by sector', t('reports.consolidated.sector.caption', { year }), t(COLUMN.sector), r.bySector),
    groupTable(t, 'by region', t('reports.consolidated.region.caption', { year }), t(COLUMN.region), r.byRegion),
    {
      sheet: 'by commitment',
      title: t('reports.consolidated.commitments.caption', { year }),
      headers: [t(COLUMN.commitment), t(COLUMN.reports), t(COLUMN.share)],
      rows: r.commitments.map((m) => {
        const n = all.commitments[m.number - 1]!;
        return [
          t(COMMITMENT_NAME, { number: m.number, title: m.title }),
          n,
          all.reports > 0 ? { share: n / all.reports } : '–',
        ];
      }),
    },
  ];
}
