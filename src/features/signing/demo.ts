import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { DemoPages, DemoPeople } from '../../platform/feature.ts';
import { addMs, now } from '../../platform/db/sql.ts';
import { newToken } from '../../platform/auth/tokens.ts';

/**
 * The page sweep's parameters on the demo data: the application the organisation admin sent,
 * and a live link for the executive of an application waiting for a signature.
 */
export async function demoPages(db: Kysely<DB>, people: DemoPeople): Promise<DemoPages> {
  const application = await db
    .selectFrom('applications')
    .select('id')
    .where('applicant_user_id', '=', people['org-admin'].userId)
    .executeTakeFirstOrThrow();
  const waiting = await db
    .selectFrom('applications')
    .select('id')
    .where('status', '=', 'awaiting_executive')
    .executeTakeFirstOrThrow();
  const signing = newToken();
  await db
    .updateTable('applications')
    .set({ token_hash: signing.hash, token_expires_at: addMs(now(), 24 * 3600_000) })
    .where('id', '=', waiting.id)
    .execute();
  return {
    params: { applicationId: application.id },
    tokens: { '/:lang/sign/confirm/:token': signing.token },
  };
}
