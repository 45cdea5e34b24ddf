import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { LOCALE_TAG, NATIVE_NAME, isLang, translator, type Lang, type Translate } from '../../platform/i18n/i18n.ts';
import { formatters, type Formatters } from '../../platform/i18n/format.ts';
import { PROGRESS_LABEL } from './labels.ts';
import type { ReportRead } from './read.ts';
import { amendmentPart, amendmentText, commitmentName, percent } from './report-view.tsx';
import { HEADLINE_COLUMNS } from './repository-report.ts';
import { HEADLINE_LABEL } from './pages/report/labels.ts';

// A report as a PDF in the reader's language, with the same content in the same order as the
// preview and the public page (report-view.tsx): headline figures, the nine sections, targets,
// the statement, amendments. A draft says "draft" at the top of every page. DejaVu Sans is
// embedded (npm package dejavu-fonts-ttf) for the French narrow no-break space and every
// accent, as the self-assessment's PDF does.

const FONT_DIR = path.join(
  path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf',
);
const MARGIN = 50;
const SIZE = { h1: 18, h2: 13, h3: 11, body: 10, small: 9 } as const;

type Doc = PDFKit.PDFDocument;

interface Ctx {
  doc: Doc;
  t: Translate;
  fmt: Formatters;
  report: ReportRead;
  titles: ReadonlyMap<number, string>;
}

function heading(doc: Doc, text: string, size: number) {
  if (doc.y > doc.page.height - MARGIN - 60) doc.addPage();
  doc.moveDown(0.6).font('bold').fontSize(size).text(text).moveDown(0.3).font('regular').fontSize(SIZE.body);
}

/** A labelled text the organisation wrote, when there is one. */
function written({ doc }: Ctx, label: string, text: string) {
  if (text === '') return;
  doc.font('bold').text(label).font('regular').text(text).moveDown(0.3);
}

function headline(c: Ctx) {
  heading(c.doc, c.t('reports.headline.title'), SIZE.h2);
  for (const col of HEADLINE_COLUMNS) {
    const v = c.report.headline[col];
    c.doc.text(`${c.t(HEADLINE_LABEL[col])}: ${v === null ? c.t('reports.headline.notGiven') : c.fmt.number(v)}`);
  }
}

function sections(c: Ctx) {
  const { doc, t, fmt, report } = c;
  heading(doc, t('reports.preview.sections'), SIZE.h2);
  for (const s of report.sections) {
    heading(doc, commitmentName(t, c.titles, s.commitment), SIZE.h3);
    doc
      .font('bold')
      .text(t('reports.section.facts', { year: report.year }))
      .font('regular');
    if (s.facts.length === 0) doc.text(t('reports.section.noFacts', { year: report.year }));
    else
      doc.list(
        s.facts.map((f) => {
          const dates = Object.fromEntries(Object.entries(f.dates ?? {}).map(([k, iso]) => [k, fmt.date(iso)]));
          return t(f.key, { ...f.values, ...dates });
        }),
      );
    doc.moveDown(0.3);
    if (s.correction !== '') written(c, t('reports.section.correction'), s.correction);
    else
      doc.text(s.confirmed ? t('reports.section.confirmedNote') : t('reports.section.notConfirmedNote')).moveDown(0.3);
    written(c, t('reports.section.worked'), s.worked);
    written(c, t('reports.section.hard'), s.hard);
  }
}

function targets(c: Ctx) {
  const { doc, t, fmt, report } = c;
  const value = (year: number, v: string | null) =>
    v === null
      ? t('reports.headline.notGiven')
      : t('reports.preview.target.value', { year, value: fmt.number(Number(v)) });
  const rate = (r: number | null) =>
    r === null ? '–' : t('reports.preview.target.rate', { rate: fmt.number(percent(r)!) });
  heading(doc, t('reports.preview.targets'), SIZE.h2);
  if (report.targetsDue.length === 0) doc.text(t('reports.preview.noTargetsDue', { year: report.year }));
  else heading(doc, t('reports.preview.targetsDue', { year: report.year }), SIZE.h3);
  for (const d of report.targetsDue) {
    doc
      .font('bold')
      .text(d.unit ? `${d.indicator} (${d.unit})` : d.indicator)
      .font('regular');
    doc.text(
      `${t('reports.preview.target.base')}: ${value(d.baseYear, d.baseValue)} · ${t('reports.preview.target.target')}: ${value(d.targetYear, d.targetValue)} · ${t('reports.preview.target.reached')}: ${value(d.targetYear, d.reachedValue)}`,
    );
    doc.text(`${t('reports.preview.target.status')}: ${t(PROGRESS_LABEL[d.progress.status])}`);
    doc
      .text(
        `${t('reports.preview.target.inputs')}: ${t('reports.preview.target.rates', {
          observed: rate(d.progress.observedRate),
          required: rate(d.progress.requiredRate),
          ratio: d.progress.ratio === null ? '–' : fmt.number(Math.round(d.progress.ratio * 100) / 100),
        })}`,
      )
      .moveDown(0.3);
  }
  if (report.targetsSet.length === 0) doc.moveDown(0.3).text(t('reports.preview.noTargetsSet'));
  else heading(doc, t('reports.preview.targetsSet'), SIZE.h3);
  for (const s of report.targetsSet)
    doc.text(
      `${s.unit ? `${s.indicator} (${s.unit})` : s.indicator}: ${value(s.baseYear, s.baseValue)} → ${value(s.targetYear, s.targetValue)}`,
    );
}

function statement(c: Ctx) {
  const { doc, t, fmt, report } = c;
  heading(doc, t('reports.preview.statement'), SIZE.h2);
  const s = report.statement;
  if (!s) doc.text(t('reports.preview.statement.none'));
  else if (s.signedAt) {
    doc.text(
      t('reports.preview.statement.signed', { name: s.signedName ?? s.executiveName, date: fmt.date(s.signedAt) }),
    );
    if (s.textHash)
      doc
        .fontSize(SIZE.small)
        .text(t('reports.preview.statement.hash', { hash: s.textHash }))
        .fontSize(SIZE.body);
  } else doc.text(t('reports.preview.statement.waiting', { name: s.executiveName, date: fmt.date(s.requestedAt) }));
}

function amendments(c: Ctx) {
  const { doc, t, fmt, report } = c;
  if (report.amendments.length === 0) return;
  heading(doc, t('reports.preview.amendments'), SIZE.h2);
  for (const a of report.amendments) {
    heading(
      doc,
      t('reports.preview.amendment', { part: amendmentPart(t, c.titles, a.part), date: fmt.date(a.madeAt) }),
      SIZE.h3,
    );
    written(c, t('reports.preview.amendment.reason'), a.reason);
    written(c, t('reports.preview.amendment.before'), amendmentText(a.before));
    written(c, t('reports.preview.amendment.after'), amendmentText(a.after));
  }
}

export interface PdfSubject {
  orgName: string;
  report: ReportRead;
  titles: ReadonlyMap<number, string>;
}

/** The report as PDF bytes in `lang`, with a file name that says whose and which year. */
export async function reportPdf(
  { orgName, report, titles }: PdfSubject,
  lang: Lang,
): Promise<{ data: Buffer; filename: string }> {
  const t = translator(lang);
  const fmt = formatters(lang);
  const title = t('reports.pdf.title', { name: orgName, year: report.year });
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    pdfVersion: '1.7',
    lang: LOCALE_TAG[lang],
    displayTitle: true,
    bufferPages: true,
    info: { Title: title, Author: orgName },
  });
  doc.registerFont('regular', path.join(FONT_DIR, 'DejaVuSans.ttf'));
  doc.registerFont('bold', path.join(FONT_DIR, 'DejaVuSans-Bold.ttf'));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const c: Ctx = { doc, t, fmt, report, titles };
  doc.font('bold').fontSize(SIZE.h1).text(title).moveDown(0.3).font('regular').fontSize(SIZE.body);
  doc.text(
    report.status === 'draft'
      ? t('reports.pdf.draft')
      : t('reports.preview.submitted', { date: fmt.date(report.submittedAt) }),
  );
  if (report.lang !== lang && isLang(report.lang))
    doc.text(t('reports.preview.otherLanguage', { language: NATIVE_NAME[report.lang] }));
  headline(c);
  sections(c);
  targets(c);
  statement(c);
  amendments(c);
  if (report.status === 'draft') {
    // Every page says it is a draft, in the top margin, so a printed page alone cannot pass for the report.
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      doc
        .font('bold')
        .fontSize(SIZE.small)
        .text(t('reports.pdf.draftMark'), MARGIN, MARGIN / 2, { lineBreak: false });
    }
  }
  doc.flushPages();
  doc.end();
  await done;
  return {
    data: Buffer.concat(chunks),
    filename: `report-${report.year}${report.status === 'draft' ? '-draft' : ''}.pdf`,
  };
}
