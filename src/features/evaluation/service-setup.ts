import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { newId, now } from '../../platform/db/sql.ts';
import { audit } from '../../platform/audit/audit.ts';
import { fail, ok, type Outcome } from '../../platform/outcome.ts';
import { currentVersion } from '../charter/service.ts';
import { belgianToday } from './clock.ts';
import { hasOpened, phaseOf, type Phase, type PhaseDays } from './phases.ts';
import type { Majority, Quorum } from './vote.ts';
import { invalidFields } from './refusals.ts';
import * as repo from './repository-setup.ts';
import type { EvaluationRow } from './repository-setup.ts';

// The secretariat sets up the joint evaluation (ADR 0036): four days that open its phases, and
// the vote's quorum and majority (ADR 0031). What has started is frozen: the day of a phase that
// has opened, and, once the vote has opened, the quorum and the majority. One evaluation at a
// time: a new one only after the last has reached its result.

export type { EvaluationRow };

export interface Settings extends PhaseDays {
  quorum: Quorum;
  majority: Majority;
}

/** The day fields in phase order, with the form field each one is typed in. */
export const DAY_FIELDS = [
  { field: 'consultation', column: 'consultation_opens_on', phase: 'consultation' },
  { field: 'proposals', column: 'proposals_opens_on', phase: 'proposals' },
  { field: 'vote', column: 'vote_opens_on', phase: 'vote' },
  { field: 'result', column: 'result_on', phase: 'result' },
] as const;

export interface CurrentEvaluation {
  evaluation: EvaluationRow;
  phase: Phase;
}

/** The newest evaluation and its phase today, or null before the first one. */
export async function currentEvaluation(db: Kysely<DB>, today = belgianToday()): Promise<CurrentEvaluation | null> {
  const evaluation = await repo.latestEvaluation(db);
  return evaluation ? { evaluation, phase: phaseOf(evaluation, today) } : null;
}

/** The years of the consolidated report the evaluation starts from: the three years before it. */
export function reportYears(evaluation: PhaseDays): { from: number; to: number } {
  const year = Number(evaluation.consultation_opens_on.slice(0, 4));
  return { from: year - 3, to: year - 1 };
}

/** Field errors (catalogue keys) for settings that are out of order, in the past or frozen. */
function problems(settings: Settings, before: EvaluationRow | null, today: string): Record<string, string> {
  const errors: Record<string, string> = {};
  DAY_FIELDS.forEach(({ field, column, phase }, i) => {
    const previous = DAY_FIELDS[i - 1];
    if (before && hasOpened(before, phase, today)) {
      if (settings[column] !== before[column]) errors[field] = 'evaluation.setup.error.frozenDay';
    } else if (settings[column] < today) errors[field] = 'evaluation.setup.error.past';
    else if (previous && settings[column] <= settings[previous.column]) errors[field] = 'evaluation.setup.error.order';
  });
  if (before && hasOpened(before, 'vote', today)) {
    if (settings.quorum !== before.quorum) errors.quorum = 'evaluation.setup.error.frozenRules';
    if (settings.majority !== before.majority) errors.majority = 'evaluation.setup.error.frozenRules';
  }
  return errors;
}

const SETTING_KEYS = ['consultation_opens_on', 'proposals_opens_on', 'vote_opens_on', 'result_on', 'quorum', 'majority'] as const;

/**
 * Creates the evaluation of the charter version in force, or changes the running one's settings
 * where they are not frozen yet. Every change is audited with what it was before.
 */
export async function saveEvaluation(
  db: Kysely<DB>,
  actor: string,
  settings: Settings,
  today = belgianToday(),
): Promise<Outcome<{ id: string; created: boolean }, 'noCharter' | 'invalid'>> {
  return db.transaction().execute(async (trx) => {
    const latest = (await repo.latestEvaluation(trx)) ?? null;
    const running = latest && phaseOf(latest, today) !== 'result' ? latest : null;
    const errors = problems(settings, running, today);
    if (Object.keys(errors).length > 0) return invalidFields(errors);
    const at = now();
    const values: Settings = { ...settings };
    if (!running) {
      const version = await currentVersion(trx);
      if (!version) return fail('noCharter');
      const id = newId();
      await repo.insertEvaluation(trx, {
        id,
        charter_version: version.version,
        ...values,
        eligible_count: null,
        published_version: null,
        published_at: null,
        created_by: actor,
        created_at: at,
        updated_at: at,
      });
      await audit(trx, {
        actor,
        action: 'evaluation.created',
        subjectType: 'evaluation',
        subjectId: id,
        details: { charterVersion: version.version, ...values },
      });
      return ok({ id, created: true });
    }
    const changed = SETTING_KEYS.filter((k) => running[k] !== values[k]);
    if (changed.length > 0) {
      await repo.updateSettings(trx, running.id, { ...values, updated_at: at });
      await audit(trx, {
        actor,
        action: 'evaluation.settings_changed',
        subjectType: 'evaluation',
        subjectId: running.id,
        details: Object.fromEntries(changed.map((k) => [k, { from: running[k], to: values[k] }])),
      });
    }
    return ok({ id: running.id, created: false });
  });
}
