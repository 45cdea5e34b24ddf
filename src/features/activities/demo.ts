import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { DemoPages, DemoPeople } from '../../platform/feature.ts';
import { isLang } from '../../platform/i18n/i18n.ts';
import { random } from '../../platform/random.ts';
import { adminUserIds } from '../organisations/service-registration.ts';
import { signatoriesByName, tagsOf } from '../organisations/service-directory.ts';
import { madeUpActivities, windowSince } from './generate.ts';
import { insertActivitiesInBulk } from './seed-scale.ts';

// The log's demo (`seed --demo`): ten to twenty activities per signatory over the fifteen months
// before the demo's day, every kind, about one in five private, so the profile shows this year
// and last year; the page sweep opens the demo admin's organisation's log and one of its activities.

const DAY = 86_400_000;

export async function demo(db: Kysely<DB>): Promise<void> {
  const signatories = await signatoriesByName(db);
  const tags = await tagsOf(
    db,
    signatories.map((o) => o.id),
  );
  const rnd = random(8);
  const rows = [];
  for (const org of signatories) {
    const userId = (await adminUserIds(db, org.id))[0];
    if (!userId) continue;
    const lang = tags.languages.get(org.id)?.[0];
    const { from, days } = windowSince(Date.now() - 450 * DAY, org.signed_at);
    rows.push(
      ...madeUpActivities(
        rnd,
        { orgId: org.id, userId, lang: isLang(lang) ? lang : 'nl', regions: tags.regions.get(org.id) ?? [] },
        10 + rnd.int(11),
        from,
        days,
      ),
    );
  }
  await insertActivitiesInBulk(db, rows);
}

/** The sweep's activity: the newest of the demo admin's organisation (its edit and delete pages). */
export async function demoPages(db: Kysely<DB>, people: DemoPeople): Promise<DemoPages> {
  const orgId = people['org-admin'].memberships[0]?.orgId;
  const row = orgId
    ? await db
        .selectFrom('activities')
        .select('id')
        .where('org_id', '=', orgId)
        .orderBy('starts_on', 'desc')
        .executeTakeFirst()
    : undefined;
  if (!row) throw new Error('The demo organisation has no activity for the page sweep');
  return { params: { activityId: row.id } };
}
