import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { csvField } from '../../platform/http/csv.ts';
import { translator, type Lang } from '../../platform/i18n/i18n.ts';
import { activityCells, allowedLabels, COLUMNS, headersIn, SEPARATOR, type Cell } from './bulk-columns.ts';
import type { Cursor, LogFilter } from './query.ts';
import * as repo from './repository.ts';
import { DESCRIPTION_MAX, TITLE_MAX } from './service.ts';
import { IMPORT_MAX_ROWS } from './service-import.ts';

// The activity log's files: the template to fill in (CSV, or XLSX with the allowed values, help
// and drop-down lists), and the export of the log in the same columns, so it can be imported
// again. The export pages through the log by its keyset and streams, so a long log is never in
// memory at once. Text that starts with = + - @ is written with an apostrophe before it, so no
// spreadsheet runs it as a formula (the import takes the apostrophe off again).

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv; charset=utf-8';

const EXPORT_PAGE = 500;

/** The CSV's header line, after a byte-order mark so spreadsheets read UTF-8 (as platform/http/csv.ts writes it). */
const csvHeader = (lang: Lang) => `\uFEFF${headersIn(lang).map(csvField).join(',')}\r\n`;

export const templateCsv = (lang: Lang): string => csvHeader(lang);

const neutral = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

function csvCell(cell: Cell): string {
  if (!cell) return '';
  if ('text' in cell) return csvField(cell.text);
  if ('number' in cell) return String(cell.number);
  return cell.day;
}

function xlsxCell(cell: Cell): ExcelJS.CellValue {
  if (!cell) return null;
  if ('text' in cell) return neutral(cell.text);
  if ('number' in cell) return cell.number;
  const [y, m, d] = cell.day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

/** Every activity of the organisation matching `filter`, newest first, a page at a time. */
async function* logRows(db: Kysely<DB>, orgId: string, filter: LogFilter) {
  let after: Cursor | null = null;
  for (;;) {
    const page = await repo.logPage(db, orgId, filter, after, EXPORT_PAGE);
    yield page;
    const last = page[page.length - 1];
    if (page.length < EXPORT_PAGE || !last) return;
    after = { on: last.starts_on, id: last.id };
  }
}

export function exportCsv(db: Kysely<DB>, orgId: string, filter: LogFilter, lang: Lang): Readable {
  return Readable.from(
    (async function* () {
      yield csvHeader(lang);
      for await (const page of logRows(db, orgId, filter))
        if (page.length) yield page.map((a) => `${activityCells(a, lang).map(csvCell).join(',')}\r\n`).join('');
    })(),
  );
}

/** Widths in characters, so the header and typical values show without resizing. */
const widthOf = (field: string) => (field === 'title' || field === 'description' ? 40 : 22);
const DAY_FORMAT = 'dd/mm/yyyy';

function styleColumns(sheet: ExcelJS.Worksheet) {
  COLUMNS.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = widthOf(c.field);
    if (c.field === 'startsOn' || c.field === 'endsOn') column.numFmt = DAY_FORMAT;
  });
}

export function exportXlsx(db: Kysely<DB>, orgId: string, filter: LogFilter, lang: Lang): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(translator(lang)('activities.bulk.sheet.activities'));
  void (async () => {
    styleColumns(sheet);
    const header = sheet.addRow(headersIn(lang));
    header.font = { bold: true };
    header.commit();
    for await (const page of logRows(db, orgId, filter))
      for (const a of page) sheet.addRow(activityCells(a, lang).map(xlsxCell)).commit();
    sheet.commit();
    await workbook.commit();
  })().catch((err: unknown) => out.destroy(err as Error));
  return out;
}

/** exceljs has `dataValidations.add(range, …)` for a whole range; its types only know cells. */
const validations = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;

/** The empty template: the columns, drop-down lists for single values, the allowed values, help. */
export async function templateXlsx(lang: Lang): Promise<Buffer> {
  const t = translator(lang);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(t('activities.bulk.sheet.activities'), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const values = workbook.addWorksheet(t('activities.bulk.sheet.values'));
  const help = workbook.addWorksheet(t('activities.bulk.sheet.help'));
  styleColumns(sheet);
  sheet.addRow(headersIn(lang)).font = { bold: true };

  const coded = COLUMNS.filter((c) => c.coded);
  coded.forEach((c, i) => {
    const labels = allowedLabels(c, lang);
    const col = values.getColumn(i + 1);
    col.width = 45;
    col.values = [t(c.header), ...labels];
    const letter = col.letter;
    const target = sheet.getColumn(COLUMNS.indexOf(c) + 1).letter;
    const range = `${target}2:${target}${IMPORT_MAX_ROWS + 1}`;
    // A list can only check a single value; a cell of several values gets a reminder instead.
    const list = `'${values.name.replace(/'/g, "''")}'!$${letter}$2:$${letter}$${labels.length + 1}`;
    validations(sheet).add(
      range,
      c.multi
        ? // "any": no check, only the prompt (exceljs writes it; its types do not list it).
          ({
            type: 'any',
            formulae: [],
            showInputMessage: true,
            prompt: t('activities.bulk.help.multiPrompt', { separator: SEPARATOR }),
          } as unknown as ExcelJS.DataValidation)
        : {
            type: 'list',
            allowBlank: true,
            formulae: [list],
            showErrorMessage: true,
            error: t('activities.bulk.help.one'),
          },
    );
  });
  values.getRow(1).font = { bold: true };

  help.columns = [{ width: 30 }, { width: 14 }, { width: 90 }];
  help.addRow([
    t('activities.bulk.help.column'),
    t('activities.bulk.help.required'),
    t('activities.bulk.help.what'),
  ]).font = { bold: true };
  for (const row of helpRows(lang)) help.addRow([row.header, row.required, row.help]);
  help.addRow([]);
  help.addRow([t('activities.bulk.help.limit', { rows: IMPORT_MAX_ROWS })]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface HelpRow {
  header: string;
  required: string;
  help: string;
  allowed: string[];
}

/** What to write in each column, for the template's help sheet and the import page. */
export function helpRows(lang: Lang): HelpRow[] {
  const t = translator(lang);
  return COLUMNS.map((c) => ({
    header: t(c.header),
    required: c.required ? t('activities.bulk.help.yes') : t('activities.bulk.help.no'),
    help: t(c.help, { max: c.field === 'description' ? DESCRIPTION_MAX : TITLE_MAX, separator: SEPARATOR }),
    allowed: allowedLabels(c, lang),
  }));
}
