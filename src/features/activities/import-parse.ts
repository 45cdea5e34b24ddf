import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import type { UploadedFile } from '../../platform/files/images.ts';
import { checkZip } from './import-zip.ts';

// Reading an uploaded spreadsheet into a header and rows of text, whatever made it: an XLSX
// (decided by its bytes, whatever its name says), or a CSV in UTF-8 (with or without a byte-order
// mark) or in Windows-1252, separated by commas, or by semicolons as Excel writes CSV in Belgium.
// Every row keeps the number a spreadsheet shows for it (the header is row 1), so the import can
// say where a mistake is. Nothing here knows what the columns mean (bulk-columns.ts does).

export interface Sheet {
  header: string[];
  /** Rows with at least one value, each with its number as a spreadsheet shows it. */
  rows: { number: number; cells: string[] }[];
}

export type FileProblem =
  'missing' | 'tooLarge' | 'empty' | 'wrongType' | 'zipBomb' | 'unreadable' | 'noRows' | 'tooManyRows';

export type SheetRead = { ok: true; sheet: Sheet } | { ok: false; problem: FileProblem };

export function isUploadedFile(value: unknown): value is UploadedFile {
  const v = value as UploadedFile | null;
  return typeof v === 'object' && v !== null && Buffer.isBuffer(v.data) && typeof v.truncated === 'boolean';
}

const startsWith = (data: Buffer, bytes: number[]) => bytes.every((b, i) => data[i] === b);

/** Files people upload by mistake, told apart by their first bytes. */
const NOT_TEXT = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0xd0, 0xcf, 0x11, 0xe0], // the old Excel format (.xls) and other OLE files
];

export async function readSheet(upload: unknown, maxRows: number): Promise<SheetRead> {
  if (Array.isArray(upload) || !isUploadedFile(upload) || (upload.data.length === 0 && !upload.filename))
    return { ok: false, problem: 'missing' };
  if (upload.truncated) return { ok: false, problem: 'tooLarge' };
  const data = upload.data;
  if (data.length === 0) return { ok: false, problem: 'empty' };
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04])) return readXlsx(data, maxRows);
  if (NOT_TEXT.some((sig) => startsWith(data, sig)) || data.subarray(0, 8192).includes(0))
    return { ok: false, problem: 'wrongType' };
  return readCsv(data, maxRows);
}

function finish(records: { number: number; cells: string[] }[], maxRows: number): SheetRead {
  const filled = records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [header, ...rows] = filled;
  if (!header) return { ok: false, problem: 'empty' };
  if (rows.length === 0) return { ok: false, problem: 'noRows' };
  if (rows.length > maxRows) return { ok: false, problem: 'tooManyRows' };
  return { ok: true, sheet: { header: header.cells, rows } };
}

/**
 * Windows-1252's bytes 0x80 to 0x9F (€, ’, “, ”, …); the rest is Latin-1. Written out because
 * Node 20's TextDecoder reads "windows-1252" as Latin-1 and would lose them.
 */
const CP1252 =
  '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd' +
  '\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';

/** UTF-8 when it is valid UTF-8; otherwise Windows-1252, what Excel writes as "CSV" in Belgium. */
function decode(data: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(data);
  } catch {
    return data.toString('latin1').replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80]!);
  }
}

/** The separator the header line uses most: a comma, a semicolon or a tab. */
function delimiterOf(text: string): string {
  const line = (text.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const count = (c: string) => line.split(c).length - 1;
  return [',', ';', '\t'].reduce((best, c) => (count(c) > count(best) ? c : best), ',');
}

function readCsv(data: Buffer, maxRows: number): SheetRead {
  const text = decode(data).replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      skip_empty_lines: false,
      // A few rows more than allowed is enough to say there are too many.
      to: maxRows + 50,
    }) as string[][];
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  // A record is one row of a spreadsheet, even with line breaks inside a quoted cell.
  return finish(
    records.map((cells, i) => ({ number: i + 1, cells })),
    maxRows,
  );
}

/** A cell as the text it shows: dates as YYYY-MM-DD, a formula as its last result, never run. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value)
      return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

async function readXlsx(data: Buffer, maxRows: number): Promise<SheetRead> {
  const zip = checkZip(data);
  if (!zip.ok) return { ok: false, problem: zip.reason === 'tooLarge' ? 'zipBomb' : 'wrongType' };
  if (!zip.names.includes('xl/workbook.xml')) return { ok: false, problem: 'wrongType' };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, problem: 'empty' };
  const records: { number: number; cells: string[] }[] = [];
  let width = 0;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    if (records.length > maxRows + 1) return;
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      // Only the header's columns count; the header sets how many there are.
      if (width === 0 || col <= width) cells[col - 1] = cellText(cell.value);
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= '';
    if (width === 0 && cells.some((c) => c.trim() !== '')) width = cells.length;
    records.push({ number: row.number, cells });
  });
  return finish(records, maxRows);
}
