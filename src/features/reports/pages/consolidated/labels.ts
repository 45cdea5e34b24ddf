import { STATUS_LABEL } from '../../labels.ts';
import type { CycleCounts, Figure } from '../../service-consolidated.ts';

// The consolidated report's names for things, written out for the catalogue test; the pages,
// the spreadsheet and the PDF all take them from here.

export const FIGURE_LABEL: Record<Figure, string> = {
  peopleTrained: 'reports.consolidated.figure.peopleTrained',
  peopleReached: 'reports.consolidated.figure.peopleReached',
  trainingHours: 'reports.consolidated.figure.trainingHours',
  devices: 'reports.consolidated.figure.devices',
};

export const COLUMN = {
  year: 'reports.consolidated.column.year',
  figure: 'reports.consolidated.column.figure',
  total: 'reports.consolidated.column.total',
  commitment: 'reports.consolidated.column.commitment',
  reports: 'reports.consolidated.column.reports',
  share: 'reports.consolidated.column.share',
  sector: 'reports.consolidated.column.sector',
  region: 'reports.consolidated.column.region',
  targetsDue: 'reports.consolidated.column.targetsDue',
  targetsMet: 'reports.consolidated.column.targetsMet',
  required: 'reports.consolidated.column.required',
} as const;

/** "3. Commit at the top", the way every table and chart names a commitment. */
export const COMMITMENT_NAME = 'reports.consolidated.commitmentName';
/** A share as a percentage in the reader's language. */
export const SHARE = 'reports.consolidated.share';

/** A cycle's kept counts as the page, the spreadsheet and the PDF list them: name, then count. */
type Count = { [K in keyof CycleCounts]: CycleCounts[K] extends number ? K : never }[keyof CycleCounts];

export const CYCLE_LINES: readonly (readonly [string, Count])[] = [
  [COLUMN.required, 'required'],
  [STATUS_LABEL.reported, 'reported'],
  [STATUS_LABEL.inProgress, 'inProgress'],
  [STATUS_LABEL.notStarted, 'notStarted'],
  [STATUS_LABEL.late, 'late'],
  [STATUS_LABEL.notReporting, 'notReporting'],
];
