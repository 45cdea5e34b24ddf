import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { DemoPages, DemoPeople } from '../../platform/feature.ts';
import { addMs, newId, now } from '../../platform/db/sql.ts';
import { newToken } from '../../platform/auth/tokens.ts';
import { insertInvitation } from './repository.ts';

/**
 * The page sweep's parameters on the demo data: the organisation admin's organisation, the
 * member to manage, a public signatory, and a live invitation to open.
 */
export async function demoPages(db: Kysely<DB>, people: DemoPeople): Promise<DemoPages> {
  const admin = people['org-admin'];
  const orgId = admin.memberships[0]?.orgId;
  if (!orgId) throw new Error('The demo organisation admin belongs to no organisation');
  const signatory = await db
    .selectFrom('organisations')
    .select('slug')
    .where('status', '=', 'signatory')
    .executeTakeFirstOrThrow();
  const invitation = newToken();
  const at = now();
  await insertInvitation(db, {
    id: newId(),
    orgId,
    email: 'new.colleague@example.org',
    role: 'member',
    tokenHash: invitation.hash,
    invitedBy: admin.userId,
    expiresAt: addMs(at, 24 * 3600_000),
    at,
  });
  return {
    params: { orgId, userId: people['org-member'].userId, slug: signatory.slug },
    tokens: { '/:lang/invitations/:token': invitation.token },
  };
}
