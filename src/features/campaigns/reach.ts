import { sql } from 'kysely';
import type { Events, Tx } from '../../platform/events.ts';
import { moveCampaignCounts, type Db } from './repository.ts';

// A campaign's reach follows the participations in the activity log: every log, change or delete
// of an activity tells `activities:changed` in its transaction, wherever it was made (the
// campaign's page, the log's edit and delete pages), and this takes the old share out and puts
// the new one in. Only activities of the kind "campaign participation" that name a campaign count.
// The public reach counts public activities only; the organisation's space counts all.

type Changed = Events['activities:changed'];
/** One side of the change, as the activity log tells it (activities/events.ts). */
type ActivityShare = NonNullable<Changed['before']>;

function counts(share: ActivityShare | null): share is ActivityShare & { campaignId: string } {
  return !!share && share.kind === 'campaign' && !!share.campaignId;
}

async function move(db: Db, share: ActivityShare & { campaignId: string }, sign: 1 | -1): Promise<void> {
  const exists = await db.selectFrom('campaigns').select('id').where('id', '=', share.campaignId).executeTakeFirst();
  // An activity may name a campaign that is gone (no foreign key): it counts nowhere.
  if (!exists) return;
  const people = sign * share.peopleReached;
  await db
    .insertInto('campaign_reach')
    .values({
      campaign_id: share.campaignId,
      org_id: share.orgId,
      year: share.year,
      visibility: share.visibility,
      entries: sign,
      people,
    })
    .onConflict((oc) =>
      oc.columns(['campaign_id', 'org_id', 'year', 'visibility']).doUpdateSet({
        entries: sql`campaign_reach.entries + ${sign}`,
        people: sql`campaign_reach.people + ${people}`,
      }),
    )
    .execute();
  if (sign < 0)
    await db
      .deleteFrom('campaign_reach')
      .where('campaign_id', '=', share.campaignId)
      .where('org_id', '=', share.orgId)
      .where('year', '=', share.year)
      .where('visibility', '=', share.visibility)
      .where('entries', '<=', 0)
      .execute();
  await moveCampaignCounts(db, share.campaignId, {
    participations: sign,
    reachAll: people,
    reachPublic: share.visibility === 'public' ? people : 0,
  });
}

/** The `activities:changed` listener. */
export async function onActivityChanged(tx: Tx, event: Changed): Promise<void> {
  if (counts(event.before)) await move(tx.trx, event.before, -1);
  if (counts(event.after)) await move(tx.trx, event.after, 1);
}
