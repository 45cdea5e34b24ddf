import { audit } from '../../platform/audit/audit.ts';
import type { Listener } from '../../platform/events.ts';
import { moveShownCount } from './derived.ts';

// An organisation that withdraws from the Charter no longer speaks in the register (ADR 0023):
// its "we see this too" are taken back, so the public counts and the most-seen order count only
// signatories; the obstacles it reported stay, shown as reported by a former signatory (its
// status is read with its name, service-public.ts). Runs in the withdrawal's transaction.

export const onOrganisationWithdrawn: Listener<'organisations:withdrawn'> = async ({ trx }, { orgId, at }) => {
  const endorsed = await trx
    .selectFrom('obstacle_endorsements')
    .select('obstacle_id')
    .where('org_id', '=', orgId)
    .execute();
  if (endorsed.length === 0) return;
  await trx.deleteFrom('obstacle_endorsements').where('org_id', '=', orgId).execute();
  for (const e of endorsed) await moveShownCount(trx, e.obstacle_id, -1, at);
  await audit(trx, {
    actor: null,
    action: 'obstacles.withdrawn_endorsements_removed',
    subjectType: 'organisation',
    subjectId: orgId,
    details: { obstacles: endorsed.map((e) => e.obstacle_id) },
  });
};
