import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { ScaleSignatory } from '../../platform/feature.ts';
import { newId, now } from '../../platform/db/sql.ts';
import { brusselsYear } from '../organisations/service-directory.ts';
import type { CampaignSupportersTable } from './campaigns.table.ts';

// `seed --scale N`'s campaigns: one per thousand new signatories, supported by one in five of
// them (all of them in a small batch), written in bulk with the counts the writes would have kept.
// In a file of its own so that the benchmarks' kept seeds (bench/lib.ts hashes every feature's
// seed-scale.ts) follow it.

const DAY = 86_400_000;
const dayFrom = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

/** Under this many signatories in a batch, one in five would not fill a page of supporters (50). */
const FULL_PAGE_BATCH = 300;

/** One campaign per thousand signatories of the batch (at least one), supported by about one in five. */
export async function seedScaleCampaigns(db: Kysely<DB>, signatories: readonly ScaleSignatory[]): Promise<void> {
  if (signatories.length === 0) return;
  const at = now();
  const count = Math.max(1, Math.round(signatories.length / 1000));
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < count; i++) {
      const id = newId();
      const start = dayFrom(-30 * (i % 12));
      const supporters: Insertable<CampaignSupportersTable>[] = signatories
        // Every signatory of a small batch: a campaign's page then shows a full page of
        // supporters at any size, and the benchmark compares like with like.
        .filter((_, k) => signatories.length < FULL_PAGE_BATCH || k % 5 === i % 5)
        .map((s) => ({
          campaign_id: id,
          org_id: s.id,
          supported_by: s.adminUserId,
          supported_at: at,
          year: brusselsYear(at),
        }));
      await trx
        .insertInto('campaigns')
        .values({
          id,
          slug: `campaign-${id.slice(0, 8)}`,
          lang: 'nl',
          starts_on: start,
          ends_on: dayFrom(-30 * (i % 12) + 28),
          cause_bits: 1,
          group_bits: 1,
          cta_link: null,
          supporter_count: supporters.length,
          participation_count: 0,
          reach_public: 0,
          reach_all: 0,
          created_by: signatories[0]!.adminUserId,
          created_at: at,
          updated_at: at,
        })
        .execute();
      await trx
        .insertInto('campaign_texts')
        .values({
          campaign_id: id,
          lang: 'nl',
          title: `Campagne ${id.slice(0, 8)}`,
          aim: 'Een campagne voor de metingen.',
          cta_text: null,
        })
        .execute();
      // 5 columns × 500 rows stays under both engines' limits on bound parameters.
      for (let k = 0; k < supporters.length; k += 500)
        await trx
          .insertInto('campaign_supporters')
          .values(supporters.slice(k, k + 500))
          .execute();
    }
  });
}
