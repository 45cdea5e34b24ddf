import { LANGS, translator, type Lang } from '../../platform/i18n/i18n.ts';
import type { Activity } from './repository.ts';
import {
  fromBits,
  KIND_LABEL,
  KINDS,
  SAFETY_KIND_LABEL,
  SAFETY_KINDS,
  TAG_LABEL,
  TAGS,
  VISIBILITIES,
  VISIBILITY_LABEL,
  type TagName,
} from './vocabulary.ts';

// The columns of the activity log's spreadsheets: the template, the import and the export share
// them, so an export can be imported again. Each column is one field of the log's form (named as
// the form names it, so a row becomes the form's body and the form's schema checks it). Coded
// columns take a label of the vocabulary, in any of the four languages, or its stable code;
// several values in one cell are separated by SEPARATOR (no label contains it: bulk.test.ts).

export const SEPARATOR = ';';

/** The values a coded column allows, and each value's catalogue key. */
export interface Vocabulary {
  values: readonly string[];
  label: Record<string, string>;
}

export interface Column {
  /** The log form's field it fills. */
  field: string;
  /** Catalogue key of its header. */
  header: string;
  /** Catalogue key of what to write in it (the template's help, the import page). */
  help: string;
  required?: boolean;
  coded?: Vocabulary;
  /** Several values, separated by SEPARATOR. */
  multi?: boolean;
}

const tag = (name: TagName): Vocabulary => ({ values: TAGS[name], label: TAG_LABEL[name] });

export const COLUMNS: readonly Column[] = [
  {
    field: 'kind',
    header: 'activities.column.kind',
    help: 'activities.bulk.help.one',
    required: true,
    coded: { values: KINDS, label: KIND_LABEL },
  },
  { field: 'title', header: 'activities.column.title', help: 'activities.form.title.hint', required: true },
  { field: 'startsOn', header: 'activities.column.startsOn', help: 'activities.form.date.hint', required: true },
  { field: 'endsOn', header: 'activities.column.endsOn', help: 'activities.form.endsOn.hint' },
  { field: 'peopleReached', header: 'activities.column.people', help: 'activities.form.people.hint', required: true },
  { field: 'description', header: 'activities.column.description', help: 'activities.bulk.help.description' },
  {
    field: 'commitment',
    header: 'activities.column.commitment',
    help: 'activities.bulk.help.commitment',
    coded: tag('commitment'),
    multi: true,
  },
  {
    field: 'audience',
    header: 'activities.column.audience',
    help: 'activities.bulk.help.several',
    coded: tag('audience'),
    multi: true,
  },
  {
    field: 'group',
    header: 'activities.column.group',
    help: 'activities.bulk.help.several',
    coded: tag('group'),
    multi: true,
  },
  {
    field: 'region',
    header: 'activities.column.region',
    help: 'activities.bulk.help.several',
    coded: tag('region'),
    multi: true,
  },
  { field: 'hoursPerPerson', header: 'activities.column.hours', help: 'activities.form.hours.hint' },
  {
    field: 'digcomp',
    header: 'activities.column.digcomp',
    help: 'activities.bulk.help.digcomp',
    coded: tag('digcomp'),
    multi: true,
  },
  {
    field: 'safetyKind',
    header: 'activities.column.safetyKind',
    help: 'activities.bulk.help.safetyKind',
    coded: { values: SAFETY_KINDS, label: SAFETY_KIND_LABEL },
  },
  { field: 'evidenceLink', header: 'activities.column.link', help: 'activities.form.link.hint' },
  {
    field: 'visibility',
    header: 'activities.column.visibility',
    help: 'activities.bulk.help.visibility',
    coded: { values: VISIBILITIES, label: VISIBILITY_LABEL },
  },
];

/** How a header or a value is compared: case, spacing, apostrophes and accents' encoding aside. */
export const normalise = (s: string): string =>
  s
    .normalize('NFC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** Everything a header or a coded cell may say, in the four languages and as codes. */
function lookup(words: (t: ReturnType<typeof translator>) => [string, string][]): Map<string, string> {
  const map = new Map<string, string>();
  for (const lang of LANGS) for (const [said, meant] of words(translator(lang))) map.set(normalise(said), meant);
  return map;
}

/** Built on first use, once the catalogues are there: header → field, and per field: value → code. */
let words: { headers: Map<string, string>; values: Map<string, Map<string, string>> } | null = null;
function known() {
  words ??= {
    headers: lookup((t) => COLUMNS.flatMap((c) => [[c.field, c.field] as [string, string], [t(c.header), c.field]])),
    values: new Map(
      COLUMNS.filter((c) => c.coded).map((c) => [
        c.field,
        lookup((t) => c.coded!.values.flatMap((v) => [[v, v] as [string, string], [t(c.coded!.label[v]!), v]])),
      ]),
    ),
  };
  return words;
}

export type HeaderCheck =
  | { ok: true; fields: (string | null)[] }
  | { ok: false; problem: 'unknownColumns' | 'missingColumns' | 'duplicateColumns'; columns: string[] };

/**
 * The form field of each column of a file's header row (null for a column with no header),
 * or what is wrong with the header: a column nobody knows, a required one missing, one twice.
 */
export function readHeader(header: readonly string[], lang: Lang): HeaderCheck {
  const t = translator(lang);
  const fields = header.map((h) => (h.trim() === '' ? null : (known().headers.get(normalise(h)) ?? undefined)));
  const unknown = header.filter((_, i) => fields[i] === undefined).map((h) => h.trim());
  if (unknown.length) return { ok: false, problem: 'unknownColumns', columns: unknown };
  const seen = fields.filter((f): f is string => !!f);
  const twice = COLUMNS.filter((c) => seen.filter((f) => f === c.field).length > 1);
  if (twice.length) return { ok: false, problem: 'duplicateColumns', columns: twice.map((c) => t(c.header)) };
  const missing = COLUMNS.filter((c) => c.required && !seen.includes(c.field));
  if (missing.length) return { ok: false, problem: 'missingColumns', columns: missing.map((c) => t(c.header)) };
  return { ok: true, fields: fields as (string | null)[] };
}

/** A cell exported as "'=…" (so no spreadsheet runs it) is read back as it was typed. */
const unguard = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

export interface RowBody {
  /** The form's body: what the log's schema checks. */
  body: Record<string, string | string[]>;
  /** Coded cells with a value no vocabulary knows: per field, the value. */
  unknown: Record<string, string>;
}

/** One row of the file as the log's form would have sent it, coded values turned into codes. */
export function rowBody(fields: readonly (string | null)[], cells: readonly string[]): RowBody {
  const body: Record<string, string | string[]> = {};
  const unknown: Record<string, string> = {};
  fields.forEach((field, i) => {
    const cell = unguard((cells[i] ?? '').trim());
    if (!field || cell === '') return;
    const column = COLUMNS.find((c) => c.field === field)!;
    if (!column.coded) {
      body[field] = cell;
      return;
    }
    const words = column.multi
      ? cell
          .split(SEPARATOR)
          .map((w) => w.trim())
          .filter(Boolean)
      : [cell];
    const codes = words.map((w) => known().values.get(field)!.get(normalise(w)));
    const bad = words.find((_, j) => codes[j] === undefined);
    if (bad !== undefined) unknown[field] = bad;
    else body[field] = column.multi ? (codes as string[]) : codes[0]!;
  });
  return { body, unknown };
}

/** The header row in the reader's language. */
export const headersIn = (lang: Lang): string[] => COLUMNS.map((c) => translator(lang)(c.header));

/** The labels a coded column allows, in the reader's language. */
export function allowedLabels(column: Column, lang: Lang): string[] {
  const t = translator(lang);
  return column.coded ? column.coded.values.map((v) => t(column.coded!.label[v]!)) : [];
}

/** A cell of an export: text, a whole number, a decimal, or a day (YYYY-MM-DD). */
export type Cell = { text: string } | { number: number } | { day: string } | null;

/** 90 minutes as 1.5 hours. */
const hoursOf = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/** An activity's cells in the columns' order, coded values as labels in the reader's language. */
export function activityCells(a: Activity, lang: Lang): Cell[] {
  const t = translator(lang);
  const text = (s: string | null) => (s ? { text: s } : null);
  const labels = (name: TagName, bits: number) =>
    text(
      fromBits(name, Number(bits))
        .map((v) => t(TAG_LABEL[name][v]!))
        .join(`${SEPARATOR} `),
    );
  const cells: Record<string, Cell> = {
    kind: { text: t(KIND_LABEL[a.kind]) },
    title: { text: a.title },
    startsOn: { day: a.starts_on },
    endsOn: a.ends_on ? { day: a.ends_on } : null,
    peopleReached: { number: Number(a.people_reached) },
    description: text(a.description),
    commitment: labels('commitment', a.commitment_bits),
    audience: labels('audience', a.audience_bits),
    group: labels('group', a.group_bits),
    region: labels('region', a.region_bits),
    hoursPerPerson: a.minutes_per_person === null ? null : { number: hoursOf(Number(a.minutes_per_person)) },
    digcomp: labels('digcomp', a.digcomp_bits),
    safetyKind: a.safety_kind ? { text: t(SAFETY_KIND_LABEL[a.safety_kind]) } : null,
    evidenceLink: text(a.evidence_link),
    visibility: { text: t(VISIBILITY_LABEL[a.visibility]) },
  };
  return COLUMNS.map((c) => cells[c.field] ?? null);
}
