import { csvFile } from '../../platform/http/csv.ts';
import type { Translate } from '../../platform/i18n/i18n.ts';
import { LEVEL_NAME } from './pages/results/labels.ts';
import type { RunResults } from './service-results.ts';

// A run's results as CSV: one row per cell, codes for what a spreadsheet filters on (dimension,
// audience, change) and the level's name in the reader's language. The platform's one CSV
// format: a byte-order mark, CRLF, and a leading = + - @ neutralised (platform/http/csv.ts).

const COLUMNS = [
  'dimension',
  'audience',
  'level',
  'level_name',
  'previous_level',
  'change',
  'evidence',
  'links',
  'plan',
] as const;

export function resultsCsv(results: RunResults, t: Translate): string {
  return csvFile(
    COLUMNS,
    results.cells.map((c) => [
      c.dimension,
      c.audience,
      c.level,
      t(LEVEL_NAME[c.level]!),
      c.previous,
      c.change,
      c.evidence,
      c.links.join(' '),
      c.plan,
    ]),
  );
}
