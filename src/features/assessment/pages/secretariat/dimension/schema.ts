import { z } from 'zod';
import { choices } from '../../../../../platform/http/fields.ts';
import { LANGS, type Lang } from '../../../../../platform/i18n/i18n.ts';
import { AUDIENCES, frameworkContentSchema, LEVELS, type Audience, type Dimension } from '../../../framework.ts';
import type { DimensionTexts } from '../../../service-frameworks.ts';
import { CAUSES, COMMITMENTS } from '../../../../practices/vocabulary.ts';

// The form that edits one dimension of a draft in all four languages: its title and summary, and
// for each audience and level a descriptor and examples. The rules are the framework's own
// (frameworkContentSchema: every text required, at most so long), so a draft that passes here is
// one the framework accepts; this file only names the fields and turns the schema's findings
// into messages beside them.

export const titleField = (lang: Lang) => `title_${lang}`;
export const summaryField = (lang: Lang) => `summary_${lang}`;
export const levelField = (part: 'descriptor' | 'examples', audience: Audience, level: number, lang: Lang) =>
  `${part}_${audience}_${level}_${lang}`;

/** The framework's longest text, read from its schema so the form states the same limit. */
export const TEXT_MAX: number =
  frameworkContentSchema.shape.dimensions.element.shape.title.shape.en.maxLength ?? Number.POSITIVE_INFINITY;

function fieldNames(): string[] {
  return LANGS.flatMap((lang) => [
    titleField(lang),
    summaryField(lang),
    ...AUDIENCES.flatMap((a) =>
      LEVELS.flatMap((n) => [levelField('descriptor', a, n, lang), levelField('examples', a, n, lang)]),
    ),
  ]);
}

/**
 * The field an issue of frameworkContentSchema (path inside `dimensions[0]`) belongs to, and the
 * message for an empty one: it names the text, so that a summary of many is still a list of
 * what to write where.
 */
function fieldOf(
  path: readonly PropertyKey[],
): { field: string; missing: string; params: Record<string, string | number> } | null {
  const [, , part, ...rest] = path.map(String);
  if (part === 'key') return { field: 'key', missing: 'assessment.framework.error.key', params: {} };
  // The language goes as its code: each message names it in the reader's language (ICU select).
  if (part === 'title' && rest.length === 1)
    return {
      field: `title_${rest[0]}`,
      missing: 'assessment.framework.error.title',
      params: { language: rest[0] ?? '' },
    };
  if (part === 'summary' && rest.length === 1)
    return {
      field: `summary_${rest[0]}`,
      missing: 'assessment.framework.error.summary',
      params: { language: rest[0] ?? '' },
    };
  // cells.<audience>.levels.<n>.<descriptor|examples>.<lang>
  if (part === 'cells' && rest.length === 5) {
    const [audience, , level, text, lang] = rest;
    return {
      field: `${text}_${audience}_${level}_${lang}`,
      missing: text === 'examples' ? 'assessment.framework.error.examples' : 'assessment.framework.error.descriptor',
      params: { audience: audience!, level: Number(level), language: lang! },
    };
  }
  return null;
}

// As the platform's text fields: one kind of line break, composed characters, no control characters.
const typed = z
  .string()
  .optional()
  .transform((s) => (s ?? '').replace(/\r\n?/g, '\n').normalize('NFC'));
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

type Identity = Pick<Dimension, 'key' | 'commitments' | 'causes'>;

/**
 * The dimension the form's texts make with `identity`, checked by the framework's own schema;
 * null after adding an issue beside each field that is wrong.
 */
function checkDimension(form: Record<string, string>, identity: Identity, ctx: z.RefinementCtx): Dimension | null {
  const value = (name: string) => form[name] ?? '';
  const text4 = (name: (l: Lang) => string) =>
    Object.fromEntries(LANGS.map((l) => [l, value(name(l))])) as Record<Lang, string>;
  const cell = (a: Audience) => ({
    levels: LEVELS.map((n) => ({
      descriptor: text4((l) => levelField('descriptor', a, n, l)),
      examples: text4((l) => levelField('examples', a, n, l)),
    })),
  });
  const candidate = {
    ...identity,
    title: text4(titleField),
    summary: text4(summaryField),
    cells: { employees: cell('employees'), customers: cell('customers'), community: cell('community') },
  };
  const controlled = fieldNames().filter((name) => CONTROL.test(value(name)));
  for (const name of controlled)
    ctx.addIssue({ code: 'custom', path: [name], message: 'form.error.controlCharacters' });
  const checked = frameworkContentSchema.safeParse({ dimensions: [candidate] });
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const found = fieldOf(issue.path);
      if (!found) continue;
      const path = [found.field];
      if (issue.code === 'too_big' && found.field !== 'key')
        ctx.addIssue({ code: 'custom', path, message: 'form.error.tooLong', params: { max: TEXT_MAX } });
      else ctx.addIssue({ code: 'custom', path, message: found.missing, params: found.params });
    }
  }
  return checked.success && controlled.length === 0 ? checked.data.dimensions[0]! : null;
}

const textFields = () => Object.fromEntries(fieldNames().map((n) => [n, typed]));

/** The schema of the form for `dimension` (its key, commitments and causes are not edited). */
export function dimensionFormSchema(dimension: Dimension) {
  return z.object(textFields()).transform((form, ctx): DimensionTexts => {
    const d = checkDimension(form as Record<string, string>, dimension, ctx);
    return d ? { title: d.title, summary: d.summary, cells: d.cells } : z.NEVER;
  });
}

/**
 * The form that adds a dimension to a draft: its key (for good: runs, history and peer counts
 * compare by key), the commitments and causes it speaks to, and every text.
 */
export function newDimensionSchema() {
  return z
    .object({ key: typed, commitment: choices(COMMITMENTS), cause: choices(CAUSES), ...textFields() })
    .transform((form, ctx): Dimension => {
      const identity = { key: form.key.trim(), commitments: form.commitment.map(Number), causes: form.cause };
      return checkDimension(form as unknown as Record<string, string>, identity, ctx) ?? z.NEVER;
    });
}

/** The form's values for a dimension as stored. */
export function valuesOf(dimension: Dimension): Record<string, string> {
  const values: Record<string, string> = {};
  for (const lang of LANGS) {
    values[titleField(lang)] = dimension.title[lang];
    values[summaryField(lang)] = dimension.summary[lang];
    for (const a of AUDIENCES)
      dimension.cells[a].levels.forEach((level, n) => {
        values[levelField('descriptor', a, n, lang)] = level.descriptor[lang];
        values[levelField('examples', a, n, lang)] = level.examples[lang];
      });
  }
  return values;
}
