import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/**
 * The cookie-signing secret: SESSION_SECRET when set; otherwise generated once and kept in
 * the database, so every app process on the same database signs cookies alike.
 */
export async function loadSecret(db: Kysely<DB>, fromEnv: string | undefined, name: string): Promise<string> {
  if (fromEnv) return fromEnv;
  const key = `secret.${name}`;
  const found = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  if (found) return found.value;
  const value = randomBytes(32).toString('base64url');
  // Two processes starting together: the first insert wins, both read the winner.
  await db.insertInto('settings').values({ key, value }).onConflict((oc) => oc.column('key').doNothing()).execute();
  const stored = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirstOrThrow();
  return stored.value;
}
