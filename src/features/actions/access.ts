import { membershipsOfUser } from '../organisations/service.ts';
import type { Action, Db } from './repository.ts';

/**
 * The organisation in whose name a person changes an action: the lead's, or a partner's they
 * belong to (the lead's first). Null when they belong to neither: they may only read it.
 */
export async function actingOrg(
  db: Db,
  action: Pick<Action, 'id' | 'lead_org_id'>,
  userId: string,
): Promise<string | null> {
  const mine = (await membershipsOfUser(db, userId)).map((m) => m.orgId);
  if (mine.includes(action.lead_org_id)) return action.lead_org_id;
  if (mine.length === 0) return null;
  const partner = await db
    .selectFrom('action_partners')
    .select('org_id')
    .where('action_id', '=', action.id)
    .where('state', '=', 'partner')
    .where('org_id', 'in', mine)
    .executeTakeFirst();
  return partner?.org_id ?? null;
}
