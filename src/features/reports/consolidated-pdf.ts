import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { LOCALE_TAG, translator, type Lang } from '../../platform/i18n/i18n.ts';
import { formatters, type Formatters } from '../../platform/i18n/format.ts';
import { figureTables, type Cell, type FigureTable } from './consolidated-tables.ts';
import type { YearReport } from './service-consolidated.ts';
import { SHARE } from './pages/consolidated/labels.ts';

// A year's consolidated report as a PDF in the reader's language: the same figures as the page
// and the spreadsheet, as tables (the page's charts are drawings of these tables). DejaVu Sans
// is embedded (npm package dejavu-fonts-ttf) for the French narrow no-break space, as the
// self-assessment's PDF does.

const FONT_DIR = path.join(
  path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf',
);
const MARGIN = 50;
const SIZE = { h1: 18, h2: 13, body: 10, table: 8.5, header: 7.5 } as const;
const PAD = 3;

type Doc = PDFKit.PDFDocument;

function cellText(cell: Cell, fmt: Formatters, share: (n: number) => string): string {
  if (typeof cell === 'number') return fmt.number(cell);
  if (typeof cell === 'object') return share(cell.share);
  return cell;
}

/** One table: a bold header row, then a row per line, numbers to the right; new page when full. */
function drawTable(doc: Doc, table: FigureTable, text: (c: Cell) => string) {
  const width = doc.page.width - 2 * MARGIN;
  const others = table.headers.length - 1;
  const first = others > 2 ? 96 : width / 2;
  const rest = others > 0 ? (width - first) / others : 0;
  const xs = table.headers.map((_, i) => (i === 0 ? MARGIN : MARGIN + first + (i - 1) * rest));
  const ws = table.headers.map((_, i) => (i === 0 ? first : rest) - 2 * PAD);
  const line = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'bold' : 'regular').fontSize(bold ? SIZE.header : SIZE.table);
    const height = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: ws[i]! }))) + 2 * PAD;
    if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
    const y = doc.y;
    cells.forEach((c, i) => doc.text(c, xs[i]! + PAD, y + PAD, { width: ws[i]!, align: i === 0 ? 'left' : 'right' }));
    doc
      .moveTo(MARGIN, y + height)
      .lineTo(MARGIN + width, y + height)
      .lineWidth(bold ? 1 : 0.4)
      .stroke('#1a1a1a');
    doc.x = MARGIN;
    doc.y = y + height;
  };
  if (doc.y > doc.page.height - MARGIN - 80) doc.addPage();
  doc.moveDown(0.8).font('bold').fontSize(SIZE.h2).text(table.title, MARGIN).moveDown(0.3);
  line(table.headers, true);
  for (const row of table.rows) line(row.map(text), false);
}

/** The report as PDF bytes, with a file name that says which year. */
export async function consolidatedPdf(r: YearReport, lang: Lang): Promise<{ data: Buffer; filename: string }> {
  const t = translator(lang);
  const fmt = formatters(lang);
  const { year } = r.cycle;
  const title = t('reports.consolidated.title', { year });
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    pdfVersion: '1.7',
    lang: LOCALE_TAG[lang],
    displayTitle: true,
    info: { Title: title, Author: 'Inclusio' },
  });
  doc.registerFont('regular', path.join(FONT_DIR, 'DejaVuSans.ttf'));
  doc.registerFont('bold', path.join(FONT_DIR, 'DejaVuSans-Bold.ttf'));
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  doc.font('regular').fontSize(SIZE.body).text(t('reports.consolidated.caption'));
  doc.font('bold').fontSize(SIZE.h1).text(title).moveDown(0.3);
  doc.font('regular').fontSize(SIZE.body).text(t('reports.consolidated.lead', { year }));
  doc.text(t('reports.consolidated.deadline', { due: fmt.date(r.cycle.dueOn), grace: fmt.date(r.cycle.graceUntil) }));
  if (r.all.reports === 0) doc.moveDown(0.5).text(t('reports.consolidated.empty', { year }));
  else doc.moveDown(0.5).text(t('reports.consolidated.region.note'));
  const text = (c: Cell) => cellText(c, fmt, (share) => t(SHARE, { n: share }));
  for (const table of figureTables(r, t)) drawTable(doc, table, text);
  doc.end();
  await done;
  return { data: Buffer.concat(chunks), filename: `consolidated-report-${year}.pdf` };
}
