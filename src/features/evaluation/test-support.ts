import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { addDays, belgianToday } from './clock.ts';
import type { Phase } from './phases.ts';
import { saveEvaluation } from './service-setup.ts';

/**
 * Makes the evaluation (replacing any) so that today, by the real clock, is in `phase`: the pages
 * read the real day, so the days are set around it (created as if forty days ago).
 */
export async function evaluationInPhase(db: Kysely<DB>, actor: string, phase: Exclude<Phase, 'scheduled' | 'result'>) {
  await db.deleteFrom('evaluations').execute();
  const today = belgianToday();
  const start = { consultation: -1, proposals: -11, vote: -21 }[phase];
  const out = await saveEvaluation(
    db,
    actor,
    {
      consultation_opens_on: addDays(today, start),
      proposals_opens_on: addDays(today, start + 10),
      vote_opens_on: addDays(today, start + 20),
      result_on: addDays(today, start + 30),
      quorum: 'half',
      majority: 'twoThirds',
    },
    addDays(today, -40),
  );
  if (!out.ok) throw new Error('the test evaluation was refused');
  return out.value.id;
}
