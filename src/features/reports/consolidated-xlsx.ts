import ExcelJS from 'exceljs';
import { translator, type Lang } from '../../platform/i18n/i18n.ts';
import { figureTables, type Cell } from './consolidated-tables.ts';
import type { YearReport } from './service-consolidated.ts';

// A year's consolidated figures as a workbook: the sheets "totals", "by sector", "by region" and
// "by commitment" (fixed names, so a script finds them in any language), each with a bold header
// row in the reader's language, counts as numbers and shares as percentages.

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const value = (cell: Cell): ExcelJS.CellValue => (typeof cell === 'object' ? cell.share : cell);

export async function consolidatedXlsx(r: YearReport, lang: Lang): Promise<Buffer> {
  const t = translator(lang);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Inclusio';
  for (const table of figureTables(r, t)) {
    const sheet = workbook.addWorksheet(table.sheet);
    sheet.addRow(table.headers).font = { bold: true };
    for (const cells of table.rows) {
      const row = sheet.addRow(cells.map(value));
      cells.forEach((cell, i) => {
        if (typeof cell === 'object') row.getCell(i + 1).numFmt = '0%';
      });
    }
    sheet.getColumn(1).width = 44;
    for (let i = 2; i <= table.headers.length; i++) sheet.getColumn(i).width = 18;
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
