import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { Client, type Response } from '../../../test/support/client.ts';
import type { TestApp } from '../../../test/support/harness.ts';
import { SESSION_COOKIE } from '../../../test/support/accounts.ts';

// Helpers for the bulk tests: files as people make them (an XLSX from exceljs, a CSV as Excel
// writes it in Belgium), a zip archive written by hand (a bomb, or one that lies about its
// sizes), an upload through the import page, a download as bytes.

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An XLSX whose first sheet holds `rows` (the first one is the header). */
export async function xlsxOf(rows: (string | number | Date | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet 1');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A CSV: fields joined by `delimiter`, quoted when they need it, CRLF line ends. */
export function csvOf(rows: string[][], delimiter = ','): string {
  const field = (s: string) => (/[",;\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return rows.map((r) => r.map(field).join(delimiter)).join('\r\n') + '\r\n';
}

/**
 * A zip archive of the given entries, deflated. `declared` overrides the unpacked size the
 * directory states for an entry (a lying archive); no CRC is written (nobody here checks it).
 */
export function zipOf(entries: { name: string; data: Buffer; declared?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const packed = deflateRawSync(e.data);
    const name = Buffer.from(e.name, 'utf8');
    const size = e.declared ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** An archive that looks like an XLSX from its names, whose sheet unpacks to `bytes` of zeros. */
export function xlsxBomb(bytes: number, declared?: number): Buffer {
  return zipOf([
    { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
    { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(bytes), declared },
  ]);
}

/** Sends a file through the import page, as a browser without JavaScript would. */
export async function upload(
  client: Client,
  importUrl: string,
  name: string,
  type: string,
  data: Buffer,
): Promise<Response> {
  const page = await client.get(importUrl);
  return client.postMultipart(importUrl, {}, Client.csrfOf(page.body), { field: 'file', name, type, data });
}

/** A file the signed-in client downloads, as bytes (the test client reads bodies as text). */
export async function download(t: TestApp, client: Client, url: string) {
  const res = await t.app.inject({ method: 'GET', url, cookies: { [SESSION_COOKIE]: client.cookie(SESSION_COOKIE)! } });
  return { status: res.statusCode, headers: res.headers, data: res.rawPayload };
}

/** The first sheet's rows as text, as the import reads them (dates as YYYY-MM-DD). */
export async function sheetRows(data: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0]!.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const v = cell.value;
      cells[col - 1] =
        v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? '' : String(v);
    });
    rows.push(cells);
  });
  return rows;
}
