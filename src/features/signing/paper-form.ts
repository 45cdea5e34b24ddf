import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Config } from '../../config.ts';
import { LANGS, LOCALE_TAG, translator, type Lang, type Translate } from '../../platform/i18n/i18n.ts';
import { formatters } from '../../platform/i18n/format.ts';
import { parseMarkdown, type Block, type Inline } from '../../platform/markdown/parse.ts';
import { charterFor, currentVersion, type Charter } from '../charter/service.ts';
import { legalDetails, type LegalDetails } from '../legal/service.ts';
import { LANGUAGE_LABEL, REGION_LABEL, SECTOR_LABEL, SIZE_LABEL } from '../organisations/vocabulary.ts';

// The printable application and commitment form (the paper route): the same questions and
// labels as the online application, the charter in force in the reader's language (from the
// same Markdown tree as the pages), the executive's name, title, date and signature, and where
// to send it. A tagged PDF (structure, language, title) so screen readers can read it.
//
// Font: the standard Helvetica cannot write U+202F (the narrow no-break space French typography
// needs), so DejaVu Sans is embedded. It comes with the app (the npm package dejavu-fonts-ttf),
// so the form works on any machine, whatever fonts the system has.

const FONT_DIR = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

function fontFile(name: string): string {
  const file = path.join(FONT_DIR, name);
  if (!fs.existsSync(file)) throw new Error(`The paper form needs the font ${file} (npm package dejavu-fonts-ttf)`);
  return file;
}

/** The three faces the form uses, found once. */
export const PAPER_FONTS = {
  get regular() {
    return fontFile('DejaVuSans.ttf');
  },
  get bold() {
    return fontFile('DejaVuSans-Bold.ttf');
  },
  get italic() {
    return fontFile('DejaVuSans-Oblique.ttf');
  },
};

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

const MARGIN = 56;
const SIZE = { h1: 20, h2: 14, h3: 12, body: 10.5, small: 9 } as const;

interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** Inline Markdown as runs of text; a link keeps its address after its words, on paper. */
function runs(nodes: readonly Inline[], style: Omit<Run, 'text'> = {}): Run[] {
  return nodes.flatMap((n): Run[] => {
    switch (n.type) {
      case 'text':
      case 'code':
        return [{ text: n.text, ...style }];
      case 'softbreak':
        return [{ text: ' ', ...style }];
      case 'hardbreak':
        return [{ text: '\n', ...style }];
      case 'footnoteRef':
        return [{ text: `[${n.number}]`, ...style }];
      case 'strong':
        return runs(n.children, { ...style, bold: true });
      case 'em':
        return runs(n.children, { ...style, italic: true });
      case 'link':
        return [...runs(n.children, style), { text: ` (${n.href.replace(/^mailto:/i, '')})`, ...style }];
      default:
        return runs(n.children, style);
    }
  });
}

class Writer {
  readonly root: Struct;
  constructor(readonly doc: Doc) {
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
  }

  private write(parts: Run[], size: number, opts: PDFKit.Mixins.TextOptions = {}) {
    const { doc } = this;
    doc.fontSize(size);
    const list = parts.length ? parts : [{ text: '' }];
    list.forEach((r, i) => {
      doc.font(r.bold ? 'bold' : r.italic ? 'italic' : 'regular');
      doc.text(r.text, { ...opts, continued: i < list.length - 1 });
    });
  }

  heading(level: 1 | 2 | 3, text: string) {
    const size = level === 1 ? SIZE.h1 : level === 2 ? SIZE.h2 : SIZE.h3;
    this.keep(size * 3);
    this.doc.moveDown(level === 1 ? 0 : 0.8);
    this.root.add(this.doc.struct(`H${level}`, {}, () => this.write([{ text, bold: true }], size)));
    this.doc.moveDown(0.4);
  }

  para(parts: Run[] | string, opts: { size?: number; indent?: number } = {}) {
    const content = typeof parts === 'string' ? [{ text: parts }] : parts;
    this.root.add(
      this.doc.struct('P', {}, () => this.write(content, opts.size ?? SIZE.body, { indent: opts.indent ?? 0 })),
    );
    this.doc.moveDown(0.5);
  }

  /** A list, tagged as one: each item a label (number or bullet) and its body. */
  list(items: Run[][], ordered: boolean, start = 1) {
    const { doc } = this;
    const left = doc.page.margins.left;
    const elements = items.map((item, i) =>
      doc.struct('LI', {}, [
        doc.struct('Lbl', {}, () => {
          const y = doc.y;
          doc.font('regular').fontSize(SIZE.body);
          doc.text(ordered ? `${start + i}.` : '•', left, y, { width: 18, lineBreak: false });
          doc.y = y;
        }),
        doc.struct('LBody', {}, () => {
          doc.x = left + 20;
          this.write(item, SIZE.body);
          doc.x = left;
          doc.moveDown(0.3);
        }),
      ]),
    );
    this.root.add(doc.struct('L', {}, elements));
    doc.x = left;
    doc.moveDown(0.3);
  }

  /** Starts a new page when less than `height` points are left on this one. */
  keep(height: number) {
    const { doc } = this;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
  }

  /** Decoration without meaning for a screen reader (a box to write in): an artifact. */
  artifact(draw: () => void) {
    this.doc.markContent('Artifact', { type: 'Layout' });
    draw();
    this.doc.endMarkedContent();
  }

  /** A labelled box to write in, `lines` lines high. */
  field(label: string, opts: { lines?: number; hint?: string; optional?: string } = {}) {
    const { doc } = this;
    const height = 22 * (opts.lines ?? 1);
    this.keep(height + 40);
    this.para([{ text: label, bold: true }, ...(opts.optional ? [{ text: ` (${opts.optional})` }] : [])], {
      size: SIZE.body,
    });
    doc.moveUp(0.3);
    if (opts.hint) {
      this.para(opts.hint, { size: SIZE.small });
      doc.moveUp(0.3);
    }
    const y = doc.y;
    const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
    this.artifact(() => doc.rect(doc.page.margins.left, y, width, height).lineWidth(0.7).stroke('#444444'));
    doc.y = y + height + 10;
    doc.x = doc.page.margins.left;
  }

  /** A question with boxes to tick, one option a line. */
  choices(label: string, options: string[], hint?: string) {
    const { doc } = this;
    this.keep(40 + options.length * 16);
    this.para([{ text: label, bold: true }]);
    doc.moveUp(0.3);
    if (hint) {
      this.para(hint, { size: SIZE.small });
      doc.moveUp(0.3);
    }
    const left = doc.page.margins.left;
    for (const option of options) {
      const y = doc.y;
      this.artifact(() =>
        doc
          .rect(left, y + 1, 9, 9)
          .lineWidth(0.7)
          .stroke('#444444'),
      );
      doc.x = left + 16;
      this.root.add(doc.struct('P', {}, () => this.write([{ text: option }], SIZE.body)));
      doc.x = left;
      doc.moveDown(0.25);
    }
    doc.moveDown(0.5);
  }

  /** The charter's text, block by block, from the Markdown tree. */
  blocks(list: readonly Block[], headingBase: 2 | 3) {
    for (const b of list) {
      switch (b.type) {
        case 'heading':
          this.heading(
            Math.min(3, b.level - 1 + headingBase) as 2 | 3,
            runs(b.children)
              .map((r) => r.text)
              .join(''),
          );
          break;
        case 'paragraph':
          this.para(runs(b.children));
          break;
        case 'list':
          this.list(
            b.items.map((item) => item.flatMap((x) => (x.type === 'paragraph' ? runs(x.children) : []))),
            b.ordered,
            b.start,
          );
          break;
        case 'blockquote':
          this.blocks(b.children, headingBase);
          break;
        case 'code':
          this.para(b.text);
          break;
        case 'rule':
          this.doc.moveDown(0.5);
          break;
      }
    }
  }
}

/** Where to send the form: the secretariat's postal and e-mail addresses, or its contact page. */
function sendTo(t: Translate, details: LegalDetails, contactUrl: string): string[] {
  const lines: string[] = [];
  if (details.postalAddress) lines.push(t('signing.paperForm.send.post', { address: details.postalAddress }));
  if (details.email) lines.push(t('signing.paperForm.send.email', { email: details.email }));
  if (lines.length === 0) lines.push(t('signing.paperForm.send.contactPage', { url: contactUrl }));
  return lines;
}

function render(doc: Doc, lang: Lang, charter: Charter, details: LegalDetails, config: Config) {
  const t = translator(lang);
  const fmt = formatters(lang);
  const w = new Writer(doc);
  const versionLine = t('signing.paperForm.version', {
    version: charter.version,
    date: fmt.date(charter.publishedAt),
  });

  w.heading(1, t('signing.paperForm.title'));
  w.para([{ text: charter.title, bold: true }, { text: ` ${versionLine}` }]);

  w.heading(2, t('signing.paperForm.how.title'));
  w.list(
    [
      [{ text: t('signing.paperForm.how.fill') }],
      [{ text: t('signing.paperForm.how.read') }],
      [{ text: t('signing.paperForm.how.sign') }],
      [{ text: t('signing.paperForm.how.send') }],
    ],
    true,
  );
  for (const line of sendTo(t, details, `${config.baseUrl}/${lang}/contact`)) w.para(line, { indent: 20 });
  w.para(t('signing.paperForm.how.after'));

  w.heading(2, t('signing.apply.section.organisation'));
  const optional = t('form.optional');
  w.field(t('signing.apply.enterpriseNumber.label'), { hint: t('signing.paperForm.enterpriseNumber.hint') });
  w.field(t('signing.profile.legalName.label'), { hint: t('signing.profile.legalName.hint') });
  w.choices(
    t('signing.profile.sector.label'),
    (Object.keys(SECTOR_LABEL) as (keyof typeof SECTOR_LABEL)[]).map((s) => t(SECTOR_LABEL[s])),
    t('signing.paperForm.tickOne'),
  );
  w.choices(
    t('signing.profile.size.label'),
    (Object.keys(SIZE_LABEL) as (keyof typeof SIZE_LABEL)[]).map((s) => t(SIZE_LABEL[s])),
    `${t('signing.profile.size.hint')} ${t('signing.paperForm.tickOne')}`,
  );
  w.choices(
    t('signing.profile.regions.label'),
    (Object.keys(REGION_LABEL) as (keyof typeof REGION_LABEL)[]).map((r) => t(REGION_LABEL[r])),
    t('signing.profile.regions.hint'),
  );
  w.choices(
    t('signing.profile.languages.label'),
    LANGS.map((l) => t(LANGUAGE_LABEL[l])),
    t('signing.profile.languages.hint'),
  );
  w.field(t('signing.profile.website.label'), { optional, hint: t('signing.profile.website.hint') });
  w.field(t('signing.profile.description.legend'), { lines: 4, hint: t('signing.paperForm.description.hint') });
  w.field(t('signing.apply.invitedBy.label'), { optional, hint: t('signing.apply.invitedBy.hint') });
  w.field(t('signing.paperForm.contact.label'), { lines: 2, hint: t('signing.paperForm.contact.hint') });

  doc.addPage();
  w.heading(2, t('signing.paperForm.charter.title'));
  if (charter.isTranslation) w.para([{ text: t('signing.paperForm.translationNote'), italic: true }]);
  const parsed = parseMarkdown(charter.body);
  const [lead, ...rest] = parsed.blocks;
  // The charter's own title is already above; its sections follow as level-3 headings.
  w.blocks(lead?.type === 'heading' && lead.level === 1 ? rest : parsed.blocks, 2);
  if (parsed.footnotes.length) {
    w.heading(3, t('signing.paperForm.footnotes'));
    for (const note of parsed.footnotes) {
      const words = note.children.flatMap((b) => (b.type === 'paragraph' ? runs(b.children) : []));
      w.para([{ text: `[${note.number}] ` }, ...words], { size: SIZE.small });
    }
  }

  w.heading(2, t('signing.paperForm.commitment.title'));
  w.para(t('signing.paperForm.commitment.body', { version: charter.version }));
  w.field(t('signing.apply.executiveName.label'));
  w.field(t('signing.apply.executiveTitle.label'), { hint: t('signing.apply.executiveTitle.hint') });
  w.field(t('signing.paper.signedOn.label'), { hint: t('signing.paperForm.date.hint') });
  w.field(t('signing.paperForm.signature.label'), { lines: 3 });
  w.root.end();
}

/** The form as PDF bytes. */
async function build(lang: Lang, charter: Charter, details: LegalDetails, config: Config): Promise<Buffer> {
  const t = translator(lang);
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    pdfVersion: '1.7',
    tagged: true,
    lang: LOCALE_TAG[lang],
    displayTitle: true,
    info: { Title: t('signing.paperForm.title'), Subject: charter.title, Author: t('signing.paperForm.author') },
  });
  doc.registerFont('regular', PAPER_FONTS.regular);
  doc.registerFont('bold', PAPER_FONTS.bold);
  doc.registerFont('italic', PAPER_FONTS.italic);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  render(doc, lang, charter, details, config);
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

// The form changes only with the charter in force and the secretariat's addresses, so it is
// made once per language and kept while those stay the same (two small queries tell): the
// intro page can say how large it is without making it again.
const cache = new Map<Lang, { key: string; pdf: { data: Buffer; filename: string } }>();

/** The form in `lang`, or null when no charter is in force. */
export async function paperFormPdf(
  db: Kysely<DB>,
  lang: Lang,
  config: Config,
): Promise<{ data: Buffer; filename: string } | null> {
  const version = await currentVersion(db);
  if (!version) return null;
  const details = await legalDetails(db, lang);
  const key = JSON.stringify([version.id, version.publishedAt, details.postalAddress, details.email, config.baseUrl]);
  const kept = cache.get(lang);
  if (kept?.key === key) return kept.pdf;
  const charter = await charterFor(db, version.id, lang);
  if (!charter) return null;
  const pdf = {
    data: await build(lang, charter, details, config),
    filename: `${translator(lang)('signing.paperForm.filename')}-${lang}.pdf`,
  };
  cache.set(lang, { key, pdf });
  return pdf;
}

/** The form's size in bytes for the link on the intro page; null if it cannot be made. */
export async function paperFormSize(db: Kysely<DB>, lang: Lang, config: Config): Promise<number | null> {
  try {
    return (await paperFormPdf(db, lang, config))?.data.length ?? null;
  } catch {
    return null;
  }
}
