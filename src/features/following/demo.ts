import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { DemoPages, DemoPeople } from '../../platform/feature.ts';

// The page sweep opens a subject's following page on something the demo member follows (the
// features that own followable things add such follows to their demo data: practices does).

export async function demoPages(db: Kysely<DB>, people: DemoPeople): Promise<DemoPages> {
  const followed = await db
    .selectFrom('follows')
    .select(['subject_kind', 'subject_id'])
    .where('user_id', '=', people['org-member'].userId)
    .orderBy('since')
    .executeTakeFirst();
  if (!followed) return {};
  return { params: { subjectKind: followed.subject_kind, subjectId: followed.subject_id } };
}
