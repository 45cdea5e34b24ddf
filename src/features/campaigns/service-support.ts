import type { Kysely } from 'kysely';
import { audit } from '../../platform/audit/audit.ts';
import type { DB } from '../../platform/db/schema.ts';
import { now } from '../../platform/db/sql.ts';
import type { Principal } from '../../platform/auth/principal.ts';
import { fail, ok, type Outcome } from '../../platform/outcome.ts';
import { logActivity, type ActivityDeps, type Visibility } from '../activities/service.ts';
import { signatoryRoleOf } from '../organisations/service.ts';
import { brusselsYear } from '../organisations/service-directory.ts';
import * as repo from './repository.ts';
import { groupsOf } from './vocabulary.ts';

// What an organisation does with a campaign: support it in one step (an administrator of a
// signatory), stop supporting it, and log its participation as an activity of the log, linked to
// the campaign (any member of a signatory, as for every activity). The supporter count is kept
// on the campaign's row in the same transaction.

export type SupportReason = 'notFound' | 'forbidden';

/** The organisations the person may support a campaign for: those they administer. */
export const adminOrgs = (principal: Principal | null) =>
  (principal?.memberships ?? []).filter((m) => m.role === 'admin');

export async function supportCampaign(
  db: Kysely<DB>,
  userId: string,
  campaignId: string,
  orgId: string,
): Promise<Outcome<{ added: boolean }, SupportReason>> {
  return db.transaction().execute(async (trx) => {
    if (!(await repo.campaignById(trx, campaignId))) return fail('notFound' as const);
    if ((await signatoryRoleOf(trx, orgId, userId)) !== 'admin') return fail('forbidden' as const);
    const at = now();
    const inserted = await trx
      .insertInto('campaign_supporters')
      .values({
        campaign_id: campaignId,
        org_id: orgId,
        supported_by: userId,
        supported_at: at,
        year: brusselsYear(at),
      })
      .onConflict((oc) => oc.columns(['campaign_id', 'org_id']).doNothing())
      .executeTakeFirst();
    const added = Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
    if (added) {
      await repo.moveCampaignCounts(trx, campaignId, { supporters: 1 });
      await audit(trx, {
        actor: userId,
        action: 'campaigns.supported',
        subjectType: 'campaign',
        subjectId: campaignId,
        details: { orgId },
      });
    }
    return ok({ added });
  });
}

export async function unsupportCampaign(
  db: Kysely<DB>,
  userId: string,
  campaignId: string,
  orgId: string,
): Promise<Outcome<{ removed: boolean }, SupportReason>> {
  return db.transaction().execute(async (trx) => {
    if (!(await repo.campaignById(trx, campaignId))) return fail('notFound' as const);
    if ((await signatoryRoleOf(trx, orgId, userId)) !== 'admin') return fail('forbidden' as const);
    const deleted = await trx
      .deleteFrom('campaign_supporters')
      .where('campaign_id', '=', campaignId)
      .where('org_id', '=', orgId)
      .executeTakeFirst();
    const removed = Number(deleted.numDeletedRows) > 0;
    if (removed) {
      await repo.moveCampaignCounts(trx, campaignId, { supporters: -1 });
      await audit(trx, {
        actor: userId,
        action: 'campaigns.unsupported',
        subjectType: 'campaign',
        subjectId: campaignId,
        details: { orgId },
      });
    }
    return ok({ removed });
  });
}

/** Which of these organisations support the campaign (the page's buttons). */
export const supportingOf = (db: Kysely<DB>, campaignId: string, orgIds: readonly string[]) =>
  repo.supportingOf(db, campaignId, orgIds);

export interface ParticipationInput {
  orgId: string;
  on: string;
  people: number;
  note: string | null;
  visibility: Visibility;
}

/**
 * Logs the organisation's part in the campaign as an activity of kind "campaign participation",
 * linked to the campaign: the activity log's own service writes it, its totals and its audit
 * line, and tells `activities:changed`, on which the campaign's reach moves (reach.ts).
 */
export async function logParticipation(
  deps: ActivityDeps,
  userId: string,
  campaign: repo.Campaign,
  title: string,
  input: ParticipationInput,
): Promise<Outcome<{ id: string }, 'notFound' | 'forbidden'>> {
  return logActivity(
    deps,
    userId,
    input.orgId,
    {
      kind: 'campaign',
      title: title.slice(0, 160),
      startsOn: input.on,
      endsOn: null,
      peopleReached: input.people,
      description: input.note,
      tags: { commitment: [], audience: [], group: groupsOf(campaign.group_bits), digcomp: [], region: [] },
      minutesPerPerson: null,
      safetyKind: null,
      evidenceLink: null,
      visibility: input.visibility,
    },
    { campaignId: campaign.id },
  );
}
