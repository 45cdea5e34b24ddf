import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Config } from '../../config.ts';
import { addMs, now } from '../../platform/db/sql.ts';
import { newToken } from '../../platform/auth/tokens.ts';

export const SETUP_TOKEN_MS = 24 * 3600_000;

/**
 * While no secretariat account exists, every start prints a fresh one-time link to create it
 * (older links stop working). Once the account exists, nothing is printed.
 */
export async function announceSetupLink(
  db: Kysely<DB>,
  config: Config,
  print: (line: string) => void,
): Promise<string | null> {
  const admin = await db.selectFrom('users').select('id').where('is_secretariat', '=', 1).executeTakeFirst();
  if (admin) return null;
  const { token, hash } = newToken();
  const at = now();
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('tokens').where('kind', '=', 'setup_admin').execute();
    await trx
      .insertInto('tokens')
      .values({
        id_hash: hash,
        kind: 'setup_admin',
        user_id: null,
        payload: '{}',
        expires_at: addMs(at, SETUP_TOKEN_MS),
        used_at: null,
        created_at: at,
      })
      .execute();
  });
  const url = `${config.baseUrl}/en/setup/${token}`;
  print(`\nNo secretariat account exists yet. Create it with this one-time link (valid for 24 hours):\n\n  ${url}\n`);
  return url;
}
