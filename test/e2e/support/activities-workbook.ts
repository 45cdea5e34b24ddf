import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { Translate } from '../../../src/platform/i18n/i18n.ts';

// The spreadsheet the organisation admin fills in: the template she downloaded, with fifty
// activities typed under its header, coded cells written with the labels its "allowed values"
// sheet lists (or a commitment's number, as its help allows). Three rows hold the mistakes
// people make (a day that does not exist, a kind nobody knows, a negative number of people);
// `fix` corrects them. The test computes the totals it expects from the same rows, on its own:
// what the app should count, not what its code does.

/** The kinds as the test means them; each is found on the values sheet by its label. */
const KINDS = ['training', 'support', 'promotion', 'campaign', 'safety'] as const;
type Kind = (typeof KINDS)[number];
/** The commitment an activity counts for when its cell is empty (the template's help says so). */
const USUAL: Record<Kind, number> = { training: 4, support: 4, promotion: 5, campaign: 6, safety: 8 };
const SAFETY = ['phishing', 'session', 'fraud_warning', 'safeonweb'] as const;

export const ROWS = 50;

/** One activity as she means it (what the totals count), and how she writes it in the sheet. */
interface Row {
  kind: Kind;
  people: number;
  /** Hours per person of a training, in minutes. */
  minutes: number | null;
  commitments: number[];
  isPublic: boolean;
  /** The cells by the template's header in her language. */
  cells: Record<string, ExcelJS.CellValue>;
}

/** A mistake in one row, as the import page should report it: the row's number, column, reason. */
export interface Mistake {
  row: number;
  column: string;
  reason: string;
}

export interface Figures {
  entries: number;
  people: number;
  trainingMinutes: number;
}

export class ActivitiesWorkbook {
  readonly rows: Row[] = [];
  readonly mistakes: Mistake[] = [];
  private fixes: (() => void)[] = [];
  private header: string[] = [];
  private allowed = new Map<string, string[]>();

  private constructor(
    private t: Translate,
    private year: number,
  ) {}

  /** Reads the downloaded template: its header row and, per coded column, the values it allows. */
  static async fromTemplate(template: Buffer, t: Translate, year: number): Promise<ActivitiesWorkbook> {
    const book = new ActivitiesWorkbook(t, year);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template as unknown as ArrayBuffer);
    const [sheet, values] = workbook.worksheets;
    assert.equal(sheet?.name, t('activities.bulk.sheet.activities'), 'the first sheet is for the activities');
    assert.equal(values?.name, t('activities.bulk.sheet.values'), 'the second lists the allowed values');
    book.header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
    values.columns.forEach((column) => {
      const [name, ...labels] = (column.values ?? []).slice(1).map(String);
      if (name) book.allowed.set(name, labels);
    });
    book.fill();
    return book;
  }

  private col(key: string): string {
    const name = this.t(key);
    assert.ok(this.header.includes(name), `the template has a column “${name}”`);
    return name;
  }

  /** The label of `key` in her language, checked against the template's list for `column`. */
  private label(columnKey: string, key: string): string {
    const label = this.t(key);
    const allowed = this.allowed.get(this.t(columnKey)) ?? [];
    assert.ok(allowed.includes(label), `“${label}” is on the values sheet under ${this.t(columnKey)}`);
    return label;
  }

  private fill(): void {
    const c = (key: string) => this.col(`activities.column.${key}`);
    for (let i = 0; i < ROWS; i++) {
      const kind = KINDS[i % KINDS.length]!;
      const month = 1 + (i % 11);
      const day = 1 + ((i * 7) % 28);
      const people = 5 + i * 13;
      const minutes = kind === 'training' ? (i % 2 ? 90 : 120) : null;
      // A third leave the commitments to the kind, a third name two by their labels, a third one by its number.
      const commitments = i % 3 === 0 ? [] : i % 3 === 1 ? [4, 8] : [5];
      const isPublic = i % 4 !== 3;
      const cells: Record<string, ExcelJS.CellValue> = {
        [c('kind')]: this.label('activities.column.kind', `activities.kind.${kind}`),
        [c('title')]: `Activiteit ${i + 1}: ${this.t(`activities.kind.${kind}`).toLowerCase()}`,
        // Half as dates the spreadsheet knows, half typed as people type them.
        [c('startsOn')]: i % 2 ? new Date(Date.UTC(this.year, month - 1, day)) : `${day}/${month}/${this.year}`,
        [c('people')]: i % 5 === 4 ? String(people) : people,
        [c('visibility')]: this.label(
          'activities.column.visibility',
          `activities.visibility.${isPublic ? 'public' : 'private'}`,
        ),
      };
      if (i % 3 === 1)
        cells[c('commitment')] = commitments
          .map((n) => this.label('activities.column.commitment', `practices.commitment.${n}`))
          .join('; ');
      if (i % 3 === 2) cells[c('commitment')] = '5';
      if (minutes) cells[c('hours')] = minutes === 90 ? '1,5' : 2;
      if (kind === 'safety')
        cells[c('safetyKind')] = this.label('activities.column.safetyKind', `activities.safetyKind.${SAFETY[i % 4]}`);
      if (i % 6 === 0) cells[c('region')] = this.label('activities.column.region', 'organisations.region.flanders');
      this.rows.push({ kind, people, minutes, commitments, isPublic, cells });
    }
    this.spoil(6, c('startsOn'), `30/02/${this.year}`, this.t('activities.error.date'));
    this.spoil(
      21,
      c('kind'),
      'Webinar',
      this.t('activities.import.error.value', { value: 'Webinar', column: c('kind') }),
    );
    this.spoil(39, c('people'), -12, this.t('activities.error.people'));
  }

  /** Row `i` (spreadsheet row i + 2) gets a wrong `value` in `column`; `fix` puts the right one back. */
  private spoil(i: number, column: string, value: ExcelJS.CellValue, reason: string): void {
    const row = this.rows[i]!;
    const right = row.cells[column]!;
    row.cells[column] = value;
    this.mistakes.push({ row: i + 2, column, reason });
    this.fixes.push(() => (row.cells[column] = right));
  }

  /** She corrects the three rows the page pointed at. */
  fix(): void {
    for (const fix of this.fixes) fix();
    this.fixes = [];
  }

  /** The workbook as she saves it: the template's sheet and header, her rows below. */
  async xlsx(): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(this.t('activities.bulk.sheet.activities'));
    sheet.addRow(this.header);
    for (const row of this.rows) sheet.addRow(this.header.map((h) => row.cells[h] ?? null));
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  /**
   * What her rows add per commitment (0: every activity once): an activity counts once for each
   * commitment it names, or for its kind's usual one when it names none; training hours are
   * people × hours each. `publicOnly` counts what her profile shows.
   */
  added(publicOnly: boolean): Map<number, Figures> {
    const sums = new Map<number, Figures>();
    for (const row of this.rows) {
      if (publicOnly && !row.isPublic) continue;
      const commitments = row.commitments.length ? row.commitments : [USUAL[row.kind]];
      for (const commitment of [0, ...commitments]) {
        const sum = sums.get(commitment) ?? { entries: 0, people: 0, trainingMinutes: 0 };
        sum.entries += 1;
        sum.people += row.people;
        sum.trainingMinutes += row.kind === 'training' ? row.people * row.minutes! : 0;
        sums.set(commitment, sum);
      }
    }
    return sums;
  }
}
