import { z } from 'zod';
import { choices, consent, optionalText } from '../../../../platform/http/fields.ts';
import { parseForm } from '../../../../platform/http/forms.ts';
import { translator, type Lang } from '../../../../platform/i18n/i18n.ts';
import type { FormState } from '../../../../platform/views/form.tsx';
import { AUDIENCES, LEVELS, type Audience, type CellKey, type Framework } from '../../framework.ts';
import type { AnswerChange } from '../../service-answers.ts';
import { SCOPE_REQUIRED } from '../../service-run.ts';
import { scopeField } from './parts.tsx';

// The run's forms: the scope (start and change), and a dimension's answers, read field by field
// so that what is valid is saved even when another field needs fixing.

/** The scope form for a framework's dimensions; `confirm` says yes to losing answers. */
export function scopeSchema(framework: Framework) {
  const fields = Object.fromEntries(framework.content.dimensions.map((d) => [scopeField(d.key), choices(AUDIENCES)]));
  return z
    .object({ ...fields, confirm: consent() })
    .transform((v) => ({
      cells: framework.content.dimensions.flatMap((d) =>
        ((v as unknown as Record<string, Audience[]>)[scopeField(d.key)] ?? []).map((audience): CellKey => ({
          dimension: d.key,
          audience,
        })),
      ),
      confirmed: v.confirm,
    }))
    .superRefine((v, ctx) => {
      if (v.cells.length === 0) ctx.addIssue({ code: 'custom', path: ['scope'], message: SCOPE_REQUIRED });
    });
}

export const EVIDENCE_MAX = 4000;
export const PLAN_MAX = 2000;
export const LINKS_MAX = 10;
const LINK_MAX = 500;

/** A cell's field name on its dimension's page. */
export const answerField = (audience: Audience, field: 'level' | 'evidence' | 'links' | 'plan'): string =>
  `${audience}_${field}`;

function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.includes('.');
  } catch {
    return false;
  }
}

const level = z
  .union([z.literal(''), z.enum(LEVELS.map(String) as [string, ...string[]])], { error: 'form.error.choose' })
  .optional()
  .transform((v) => (v === undefined || v === '' ? null : Number(v)));

/** The links typed one per line: blank lines dropped; the first line that is not an http(s) address is refused. */
function readLinks(raw: unknown, lang: Lang): { ok: true; links: string } | { ok: false; error: string } {
  const t = translator(lang);
  if (raw !== undefined && typeof raw !== 'string') return { ok: false, error: t('form.error.format') };
  const lines = (raw ?? '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length > LINKS_MAX)
    return { ok: false, error: t('assessment.run.answers.error.tooManyLinks', { max: LINKS_MAX }) };
  const bad = lines.findIndex((l) => l.length > LINK_MAX || !isHttpUrl(l));
  if (bad >= 0) return { ok: false, error: t('assessment.run.answers.error.link', { line: bad + 1 }) };
  return { ok: true, links: lines.join('\n') };
}

/**
 * Reads a dimension page's fields for the audiences in scope: the valid values as changes to
 * save, and a message per refused field (its saved value then stays as it was).
 */
export function readAnswers(
  body: unknown,
  audiences: readonly Audience[],
  lang: Lang,
): { changes: Partial<Record<Audience, AnswerChange>>; form: FormState } {
  const raw = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const changes: Partial<Record<Audience, AnswerChange>> = {};
  const errors: Record<string, string> = {};
  let values: FormState['values'] = {};
  const one = <S extends z.ZodType>(name: string, schema: S): z.output<S> | undefined => {
    const parsed = parseForm(z.object({ [name]: schema }), { [name]: raw[name] }, lang);
    if (parsed.ok) {
      values = { ...values, ...parsed.values };
      return (parsed.data as Record<string, z.output<S>>)[name];
    }
    values = { ...values, ...parsed.form.values };
    errors[name] = Object.values(parsed.form.errors)[0]!;
    return undefined;
  };
  for (const audience of audiences) {
    // An audience the page did not show (put in scope since, in another tab or by someone else)
    // sends no field at all: its answers stay as they are. A shown one always sends its text
    // areas, so a level left unchosen there is a real "no level yet".
    const fields = (['level', 'evidence', 'plan', 'links'] as const).map((f) => answerField(audience, f));
    if (!fields.some((name) => name in raw)) continue;
    const change: AnswerChange = {};
    const chosen = one(answerField(audience, 'level'), level);
    if (chosen !== undefined) change.level = chosen;
    const evidence = one(answerField(audience, 'evidence'), optionalText(EVIDENCE_MAX));
    if (!(answerField(audience, 'evidence') in errors)) change.evidence = evidence ?? '';
    const plan = one(answerField(audience, 'plan'), optionalText(PLAN_MAX));
    if (!(answerField(audience, 'plan') in errors)) change.plan = plan ?? '';
    const linksName = answerField(audience, 'links');
    const links = readLinks(raw[linksName], lang);
    if (typeof raw[linksName] === 'string') values[linksName] = raw[linksName];
    if (links.ok) change.links = links.links;
    else errors[linksName] = links.error;
    changes[audience] = change;
  }
  return { changes, form: { values, errors } };
}

/** What the next step is after saving: the next dimension, the overview, or a cell's file page. */
export function nextStep(
  body: unknown,
): { kind: 'continue' } | { kind: 'later' } | { kind: 'file'; audience: Audience } {
  const next = (body as { next?: unknown } | null)?.next;
  if (next === 'later') return { kind: 'later' };
  const file = typeof next === 'string' ? /^file:(\w+)$/.exec(next)?.[1] : undefined;
  if (file && (AUDIENCES as readonly string[]).includes(file)) return { kind: 'file', audience: file as Audience };
  return { kind: 'continue' };
}
