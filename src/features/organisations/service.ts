import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Principal } from '../../platform/auth/principal.ts';

/** The organisations a person belongs to, for the session (one query). */
export async function membershipsOfUser(db: Kysely<DB>, userId: string): Promise<Principal['memberships']> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.org_id')
    .select(['organisations.id', 'organisations.slug', 'organisations.legal_name', 'memberships.role'])
    .where('memberships.user_id', '=', userId)
    .orderBy('organisations.legal_name')
    .execute();
  return rows.map((r) => ({ orgId: r.id, orgSlug: r.slug, orgName: r.legal_name, role: r.role }));
}
