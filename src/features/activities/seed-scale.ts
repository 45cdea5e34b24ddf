import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { ScaleSignatory } from '../../platform/feature.ts';
import { isLang } from '../../platform/i18n/i18n.ts';
import { random } from '../../platform/random.ts';
import type { ActivitiesTable } from './activities.table.ts';
import { madeUpActivities, windowSince } from './generate.ts';
import { insertActivities } from './repository.ts';
import { addTotalsOf } from './totals.ts';

// `seed --scale N`'s activities: twenty per new signatory over the two years before now, written
// in bulk (one multi-row INSERT per chunk) with the totals the writes would have kept.

const PER_SIGNATORY = 20;
const DAY = 86_400_000;

let seed = 30;

/** Inserts activities and adds them to the totals, in one transaction. */
export async function insertActivitiesInBulk(db: Kysely<DB>, rows: Insertable<ActivitiesTable>[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await insertActivities(trx, rows);
    await addTotalsOf(
      trx,
      rows.map((r) => ({
        org_id: r.org_id,
        year: Number(r.year),
        commitment_bits: Number(r.commitment_bits),
        visibility: r.visibility,
        kind: r.kind,
        people_reached: Number(r.people_reached),
        minutes_per_person: r.minutes_per_person ?? null,
      })),
    );
  });
}

export async function seedScaleActivities(db: Kysely<DB>, signatories: readonly ScaleSignatory[]): Promise<void> {
  const rnd = random(seed++);
  const rows = signatories.flatMap((org) => {
    const { from, days } = windowSince(Date.now() - 730 * DAY, org.signedAt);
    return madeUpActivities(
      rnd,
      {
        orgId: org.id,
        userId: org.adminUserId,
        lang: isLang(org.languages[0]) ? org.languages[0] : 'nl',
        regions: org.regions,
      },
      PER_SIGNATORY,
      from,
      days,
    );
  });
  await insertActivitiesInBulk(db, rows);
}
