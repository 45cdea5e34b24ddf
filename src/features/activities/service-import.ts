import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { parseForm } from '../../platform/http/forms.ts';
import { translator, type Lang } from '../../platform/i18n/i18n.ts';
import type { Outcome } from '../../platform/outcome.ts';
import { COLUMNS, readHeader, rowBody } from './bulk-columns.ts';
import { readSheet, type FileProblem } from './import-parse.ts';
import { activitySchema, toInput } from './pages/edit/schema.ts';
import { logActivities, type ActivityInput, type Reason } from './service.ts';

// The spreadsheet import (ADR 0025): every row is checked by the log's own form schema, as if it
// had been typed in the form; if any row is wrong, nothing goes in and every mistake is reported
// with its row, column and reason in the reader's language. A file without mistakes goes in as
// one transaction through `logActivities` (totals kept, one audit line with the count, source
// 'import').

/** Rows per file, at most: the page says so. */
export const IMPORT_MAX_ROWS = 2000;
/** Bytes per file, at most: 2,000 rows with long descriptions, as CSV. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

/** One mistake: the row as the spreadsheet numbers it, the column's header, what to fix. */
export interface RowError {
  row: number;
  column: string;
  message: string;
}

export type ImportCheck =
  | { ok: true; inputs: ActivityInput[] }
  | { ok: false; problem: string }
  | { ok: false; rows: RowError[]; rowCount: number };

const PROBLEM: Record<FileProblem | 'unknownColumns' | 'missingColumns' | 'duplicateColumns', string> = {
  missing: 'activities.import.error.missing',
  tooLarge: 'activities.import.error.tooLarge',
  empty: 'activities.import.error.empty',
  wrongType: 'activities.import.error.wrongType',
  zipBomb: 'activities.import.error.zipBomb',
  unreadable: 'activities.import.error.unreadable',
  noRows: 'activities.import.error.noRows',
  tooManyRows: 'activities.import.error.tooManyRows',
  unknownColumns: 'activities.import.error.unknownColumns',
  missingColumns: 'activities.import.error.missingColumns',
  duplicateColumns: 'activities.import.error.duplicateColumns',
};

/** Reads and checks an uploaded file; the activities it holds, or every reason to refuse it. */
export async function checkImport(upload: unknown, lang: Lang): Promise<ImportCheck> {
  const t = translator(lang);
  const read = await readSheet(upload, IMPORT_MAX_ROWS);
  if (!read.ok)
    return {
      ok: false,
      problem: t(PROBLEM[read.problem], { rows: IMPORT_MAX_ROWS, megabytes: IMPORT_MAX_BYTES / 1024 / 1024 }),
    };
  const header = readHeader(read.sheet.header, lang);
  if (!header.ok) return { ok: false, problem: t(PROBLEM[header.problem], { columns: header.columns.join(', ') }) };

  const headerOf = new Map(COLUMNS.map((c) => [c.field, t(c.header)]));
  const order = COLUMNS.map((c) => c.field);
  const inputs: ActivityInput[] = [];
  const errors: RowError[] = [];
  for (const { number, cells } of read.sheet.rows) {
    const { body, unknown } = rowBody(header.fields, cells);
    const parsed = parseForm(activitySchema, body, lang);
    const found: Record<string, string> = parsed.ok ? {} : { ...parsed.form.errors };
    for (const [field, value] of Object.entries(unknown))
      found[field] = t('activities.import.error.value', { value, column: headerOf.get(field)! });
    const fields = Object.keys(found).sort((a, b) => order.indexOf(a) - order.indexOf(b));
    for (const field of fields)
      errors.push({ row: number, column: headerOf.get(field) ?? field, message: found[field]! });
    if (parsed.ok && fields.length === 0) inputs.push(toInput(parsed.data));
  }
  if (errors.length) return { ok: false, rows: errors, rowCount: read.sheet.rows.length };
  return { ok: true, inputs };
}

/** Logs a checked file's activities, all or none, as the organisation's member `userId`. */
export function importActivities(
  db: Kysely<DB>,
  userId: string,
  orgId: string,
  inputs: readonly ActivityInput[],
): Promise<Outcome<{ ids: string[] }, Reason>> {
  return logActivities(db, userId, orgId, inputs, 'import');
}
