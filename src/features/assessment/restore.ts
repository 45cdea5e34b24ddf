import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { organisationSpace } from '../organisations/service.ts';
import { recordSubmission } from './aggregates.ts';
import { answersOf } from './repository-runs.ts';

// After a restore: the latest levels, the peer counts and the yearly counts are not in the
// backup (they are derived), and the profiles' counts may not match the runs restored. All
// are rebuilt by replaying every submitted run, in the order they were submitted, through the
// same recordSubmission a submit uses, so a restore can never count differently from live use.
// Offline work: one organisation read per organisation, one answers read per run.

export async function rebuildAggregates(trx: Transaction<DB>): Promise<void> {
  await trx.deleteFrom('assessment_latest').execute();
  await trx.deleteFrom('assessment_peer_counts').execute();
  await trx.deleteFrom('assessment_year_counts').execute();
  // The public choice stays; what submissions write starts again from nothing.
  await trx
    .updateTable('assessment_profiles')
    .set({ last_run_id: null, last_submitted_at: null, last_year: null, last_dimensions: 0, runs_submitted: 0 })
    .execute();
  const runs = await trx
    .selectFrom('assessment_runs')
    .select(['id', 'org_id', 'submitted_at', 'year'])
    .where('status', '=', 'submitted')
    .orderBy('submitted_at')
    .orderBy('id')
    .execute();
  const orgs = new Map<
    string,
    { sector: DB['organisations']['sector']; sizeBand: DB['organisations']['size_band'] } | null
  >();
  for (const run of runs) {
    if (!orgs.has(run.org_id)) {
      const space = await organisationSpace(trx, run.org_id);
      orgs.set(run.org_id, space ? { sector: space.org.sector, sizeBand: space.org.size_band } : null);
    }
    const org = orgs.get(run.org_id);
    if (!org || !run.submitted_at || run.year === null) continue;
    const cells = (await answersOf(trx, run.id)).flatMap((a) =>
      a.level === null ? [] : [{ dimension: a.dimension, audience: a.audience, level: a.level }],
    );
    await recordSubmission(trx, {
      orgId: run.org_id,
      runId: run.id,
      year: run.year,
      submittedAt: run.submitted_at,
      sector: org.sector,
      sizeBand: org.sizeBand,
      cells,
    });
  }
  // recordSubmission clears the draft pointer: the drafts restored point it back.
  const drafts = await trx
    .selectFrom('assessment_runs')
    .select(['id', 'org_id'])
    .where('status', '=', 'draft')
    .execute();
  for (const d of drafts)
    await trx.updateTable('assessment_profiles').set({ draft_run_id: d.id }).where('org_id', '=', d.org_id).execute();
}
