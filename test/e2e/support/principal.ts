import { hashToken } from '../../../src/platform/auth/tokens.ts';
import { membershipsOfUser } from '../../../src/features/organisations/service.ts';
import type { Principal } from '../../../src/platform/auth/principal.ts';
import type { TestApp } from '../../support/harness.ts';

/** The principal a session token stands for, to ask the permission policy what it may see. */
export async function readSessionPrincipal(t: TestApp, token: string): Promise<Principal> {
  const idHash = hashToken(token);
  const row = await t.db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.name', 'users.email', 'users.locale', 'users.email_verified_at', 'users.is_secretariat'])
    .where('sessions.id_hash', '=', idHash)
    .executeTakeFirstOrThrow();
  return {
    userId: row.id,
    sessionIdHash: idHash,
    name: row.name,
    email: row.email,
    locale: row.locale,
    emailVerified: row.email_verified_at !== null,
    isSecretariat: row.is_secretariat === 1,
    memberships: await membershipsOfUser(t.db, row.id),
  };
}
