import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../platform/db/schema.ts';
import { now } from '../../platform/db/sql.ts';
import { audit } from '../../platform/audit/audit.ts';
import { choice, optionalText } from '../../platform/http/fields.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import { fail, ok, type Outcome } from '../../platform/outcome.ts';
import { commitments, versionByNumber, type Commitment } from '../charter/service.ts';
import { signatoryRoleOf } from '../organisations/service.ts';
import { belgianToday } from './clock.ts';
import { hasOpened } from './phases.ts';
import { COMMITMENT_NUMBERS, DIFFICULTIES, RELEVANCES } from './components.tsx';
import { currentEvaluation, type CurrentEvaluation } from './service-setup.ts';
import { invalidFields } from './refusals.ts';
import * as repo from './repository-consultation.ts';
import type { AnswerRow, CountRow } from './repository-consultation.ts';

// The consultation: each signatory says, per commitment, whether it is relevant, how hard it is
// and what should change. Answers are a draft its administrators may change until the proposals
// open; every write moves the kept counts (the old answer down, the new one up) so that the
// summary never counts rows.

export const CHANGE_MAX = 1000;

/** The commitments of the evaluated charter version in the reader's language. */
export async function evaluatedCommitments(db: Kysely<DB>, charterVersion: number, lang: Lang): Promise<Commitment[]> {
  const version = await versionByNumber(db, charterVersion);
  return version ? commitments(db, version.id, lang) : [];
}

export interface ConsultationPage {
  current: CurrentEvaluation | null;
  commitments: Commitment[];
  answers: AnswerRow[];
}

/** What the consultation page shows an organisation: the running evaluation, the commitments and its answers. */
export async function consultationPage(
  db: Kysely<DB>,
  orgId: string,
  lang: Lang,
  today = belgianToday(),
): Promise<ConsultationPage> {
  const current = await currentEvaluation(db, today);
  if (!current) return { current, commitments: [], answers: [] };
  const [list, answers] = await Promise.all([
    evaluatedCommitments(db, current.evaluation.charter_version, lang),
    repo.answersOf(db, current.evaluation.id, orgId),
  ]);
  return { current, commitments: list, answers };
}

/** The form's values for saved answers. */
export function answerValues(answers: readonly AnswerRow[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const a of answers) {
    values[`relevance-${a.commitment}`] = a.relevance;
    values[`difficulty-${a.commitment}`] = a.difficulty;
    values[`change-${a.commitment}`] = a.change;
  }
  return values;
}

const answerSchema = z.object({
  relevance: choice(RELEVANCES, 'evaluation.consultation.error.relevance'),
  difficulty: choice(DIFFICULTIES, 'evaluation.consultation.error.difficulty'),
  change: optionalText(CHANGE_MAX),
});

export type RawAnswers = Record<string, string | undefined>;

/**
 * Saves every commitment answered without a mistake, and returns the mistakes of the others
 * (`invalid`, with the saved ones kept). A commitment left blank is left as it was.
 */
export async function saveAnswers(
  db: Kysely<DB>,
  actor: string,
  orgId: string,
  raw: RawAnswers,
  today = belgianToday(),
): Promise<Outcome<{ saved: number }, 'forbidden' | 'closed' | 'invalid'>> {
  if ((await signatoryRoleOf(db, orgId, actor)) !== 'admin') return fail('forbidden');
  const current = await currentEvaluation(db, today);
  if (current?.phase !== 'consultation') return fail('closed');
  const evaluationId = current.evaluation.id;
  const errors: Record<string, string> = {};
  const valid: { commitment: number; relevance: string; difficulty: string; change: string }[] = [];
  for (const n of COMMITMENT_NUMBERS) {
    const input = { relevance: raw[`relevance-${n}`], difficulty: raw[`difficulty-${n}`], change: raw[`change-${n}`] };
    if (!input.relevance && !input.difficulty && !input.change?.trim()) continue;
    const parsed = answerSchema.safeParse(input);
    if (parsed.success) valid.push({ commitment: n, ...parsed.data, change: parsed.data.change ?? '' });
    else
      for (const issue of parsed.error.issues) {
        const field = `${String(issue.path[0])}-${n}`;
        errors[field] ??= issue.path[0] === 'change' ? 'evaluation.consultation.error.change' : issue.message;
      }
  }
  const at = now();
  const saved = await db.transaction().execute(async (trx) => {
    const before = new Map((await repo.answersOf(trx, evaluationId, orgId)).map((a) => [Number(a.commitment), a]));
    let changed = 0;
    for (const v of valid) {
      const row: AnswerRow = { evaluation_id: evaluationId, org_id: orgId, answered_by: actor, answered_at: at, ...v };
      const old = before.get(v.commitment);
      if (old && old.relevance === v.relevance && old.difficulty === v.difficulty && old.change === v.change) continue;
      if (!old && !(await repo.insertAnswer(trx, row))) continue; // answered meanwhile by a colleague
      if (old) await repo.updateAnswer(trx, row);
      for (const question of ['relevance', 'difficulty'] as const) {
        if (old?.[question] === v[question]) continue;
        const key = { evaluationId, commitment: v.commitment, question };
        if (old) await repo.addToCount(trx, { ...key, answer: old[question] }, -1);
        await repo.addToCount(trx, { ...key, answer: v[question] }, 1);
      }
      changed++;
    }
    // The organisation takes part from its first answer on.
    if (before.size === 0 && changed > 0) await repo.addToAnswerCount(trx, evaluationId, 1);
    if (changed > 0)
      await audit(trx, {
        actor,
        action: 'evaluation.answers_saved',
        subjectType: 'organisation',
        subjectId: orgId,
        details: { evaluationId, commitments: valid.map((v) => v.commitment) },
      });
    return changed;
  });
  if (Object.keys(errors).length > 0)
    return invalidFields({ ...errors, _form: valid.length > 0 ? 'evaluation.consultation.error.partlySaved' : 'evaluation.consultation.error.nothingSaved' }, { max: CHANGE_MAX });
  return ok({ saved });
}

export interface ConsultationSummary {
  /** Organisations that answered at least one commitment. */
  organisations: number;
  /** Per commitment: the count of each answer to each question. */
  counts: CountRow[];
}

/** The public summary, from the kept counts, once the consultation has opened; else null. */
export async function consultationSummary(
  db: Kysely<DB>,
  current: CurrentEvaluation,
  today = belgianToday(),
): Promise<ConsultationSummary | null> {
  if (!hasOpened(current.evaluation, 'consultation', today)) return null;
  return { organisations: Number(current.evaluation.answer_count), counts: await repo.countsOf(db, current.evaluation.id) };
}
