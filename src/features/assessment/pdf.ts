import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { LOCALE_TAG, translator, type Lang, type Translate } from '../../platform/i18n/i18n.ts';
import { formatters } from '../../platform/i18n/format.ts';
import { LEVELS } from './framework.ts';
import { AUDIENCE_NAME, CHANGE_NAME, LEVEL_NAME } from './pages/results/labels.ts';
import type { ResultCell, RunResults } from './service-results.ts';

// A run's results as a PDF in the reader's language: the organisation, the date and framework
// version, the chart drawn with pdfkit's own shapes from the same figures as the page (a solid
// bar for this run, a hatched one for the previous, the number written beside each), then the
// tables: levels with their descriptors and the change, and the next steps. DejaVu Sans is
// embedded (npm package dejavu-fonts-ttf) for the French narrow no-break space, as the paper
// form does.

const FONT_DIR = path.join(
  path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf',
);
const MARGIN = 50;
const SIZE = { h1: 18, h2: 13, h3: 11, body: 10, small: 9 } as const;

type Doc = PDFKit.PDFDocument;

const cellName = (t: Translate, c: ResultCell) => `${c.dimensionTitle} · ${t(AUDIENCE_NAME[c.audience])}`;
const levelNamed = (t: Translate, level: number) =>
  t('assessment.results.levelNamed', { level, name: t(LEVEL_NAME[level]!) });

function heading(doc: Doc, text: string, size: number) {
  if (doc.y > doc.page.height - MARGIN - 60) doc.addPage();
  doc.moveDown(0.6).font('bold').fontSize(size).text(text).moveDown(0.3).font('regular').fontSize(SIZE.body);
}

/** The chart: one row per cell, bars from level 0 to 4 on a shared axis. */
function chart(doc: Doc, t: Translate, cells: readonly ResultCell[]) {
  const left = MARGIN;
  const axisLeft = MARGIN + 10;
  const axisWidth = doc.page.width - 2 * MARGIN - 90;
  const x = (n: number) => axisLeft + (n / 4) * axisWidth;
  const row = 46;
  const bar = 10;
  const box = (x0: number, y: number, w: number, previous: boolean) => {
    if (!previous) {
      doc.rect(x0, y, w, bar).fill('#1a1a1a');
      return;
    }
    // Hatched: diagonal lines clipped to the bar, and its outline.
    doc.save();
    doc.rect(x0, y, w, bar).clip();
    for (let k = -bar; k < w + bar; k += 5)
      doc
        .moveTo(x0 + k, y + bar)
        .lineTo(x0 + k + bar, y)
        .lineWidth(1)
        .stroke('#1a1a1a');
    doc.restore();
    doc.rect(x0, y, w, bar).lineWidth(0.8).stroke('#1a1a1a');
  };
  const drawBar = (y: number, level: number, previous: boolean) =>
    box(axisLeft, y, Math.max(x(level) - axisLeft, 2), previous);
  // Legend and axis.
  let y = doc.y + 4;
  box(left, y, 12, false);
  doc
    .fillColor('#000')
    .fontSize(SIZE.small)
    .text(t('assessment.results.chart.thisRun'), left + 18, y, { lineBreak: false });
  if (cells.some((c) => c.previous !== null)) {
    box(left + 200, y, 12, true);
    doc.text(t('assessment.results.chart.previousRun'), left + 218, y, { lineBreak: false });
  }
  y += 22;
  for (const n of LEVELS) doc.fillColor('#000').text(String(n), x(n) - 3, y, { lineBreak: false });
  y += 14;
  for (const c of cells) {
    if (y + row > doc.page.height - MARGIN) {
      doc.addPage();
      y = MARGIN;
    }
    doc.fillColor('#000').fontSize(SIZE.small).text(cellName(t, c), left, y, { lineBreak: false });
    drawBar(y + 13, c.level, false);
    doc.fillColor('#000').text(t('assessment.results.chart.now', { level: c.level }), x(c.level) + 6, y + 13, {
      lineBreak: false,
    });
    if (c.previous !== null) {
      drawBar(y + 26, c.previous, true);
      doc
        .fillColor('#000')
        .text(t('assessment.results.chart.before', { level: c.previous }), x(c.previous) + 6, y + 26, {
          lineBreak: false,
        });
    }
    y += row;
  }
  doc.x = MARGIN;
  doc.y = y + 6;
  doc.fontSize(SIZE.body);
}

function render(doc: Doc, lang: Lang, r: RunResults) {
  const t = translator(lang);
  const fmt = formatters(lang);
  doc.font('regular').fontSize(SIZE.small).text(r.orgName);
  doc.font('bold').fontSize(SIZE.h1).text(t('assessment.results.title')).moveDown(0.3);
  doc.font('regular').fontSize(SIZE.body);
  doc.text(t('assessment.results.submitted', { date: fmt.date(r.submittedAt), version: r.frameworkVersion }));
  doc.text(
    r.previousSubmittedAt
      ? t('assessment.results.comparedWith', { date: fmt.date(r.previousSubmittedAt) })
      : t('assessment.results.firstRun'),
  );
  doc.moveDown(0.5).text(t('assessment.results.noTotal'));

  heading(doc, t('assessment.results.levels.title'), SIZE.h2);
  chart(doc, t, r.cells);

  heading(doc, t('assessment.results.meaning.title'), SIZE.h2);
  for (const c of r.cells) {
    heading(doc, cellName(t, c), SIZE.h3);
    doc.font('bold').text(levelNamed(t, c.level), { continued: true }).font('regular').text(` – ${c.descriptor}`);
    doc.text(
      t('assessment.export.pdf.previousAndChange', {
        previous: c.previous === null ? t('assessment.results.none') : levelNamed(t, c.previous),
        change: t(CHANGE_NAME[c.change]),
      }),
    );
    if (c.evidence) doc.text(t('assessment.results.evidence', { text: c.evidence }));
    if (c.plan) doc.text(t('assessment.results.plan', { text: c.plan }));
  }

  heading(doc, t('assessment.next.title'), SIZE.h2);
  const below = r.cells.filter((c) => c.next);
  if (below.length === 0) doc.text(t('assessment.next.allGood'));
  for (const c of below) {
    heading(doc, cellName(t, c), SIZE.h3);
    doc
      .font('bold')
      .text(t('assessment.next.step', { level: c.next!.level, name: t(LEVEL_NAME[c.next!.level]!) }), {
        continued: true,
      })
      .font('regular')
      .text(` ${c.next!.descriptor}`);
    if (c.next!.practices.length > 0) {
      doc.text(t('assessment.next.practices'));
      doc.list(c.next!.practices.map((p) => (p.org ? `${p.title} – ${p.org.name}` : p.title)));
    }
  }
}

/** The results as PDF bytes, with a file name that says whose and when. */
export async function resultsPdf(r: RunResults, lang: Lang): Promise<{ data: Buffer; filename: string }> {
  const t = translator(lang);
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    pdfVersion: '1.7',
    lang: LOCALE_TAG[lang],
    displayTitle: true,
    info: { Title: `${t('assessment.results.title')} – ${r.orgName}`, Author: r.orgName },
  });
  doc.registerFont('regular', path.join(FONT_DIR, 'DejaVuSans.ttf'));
  doc.registerFont('bold', path.join(FONT_DIR, 'DejaVuSans-Bold.ttf'));
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  render(doc, lang, r);
  doc.end();
  await done;
  return { data: Buffer.concat(chunks), filename: `self-assessment-${r.submittedAt.slice(0, 10)}.pdf` };
}
