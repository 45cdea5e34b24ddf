import { createHmac, randomBytes } from 'node:crypto';
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

const keyedHashKeys = new WeakMap<Kysely<DB>, Promise<string>>();

/**
 * A keyed hash (HMAC-SHA-256, shortened) of a personal value such as a client address or a
 * typed e-mail address: the same value always gives the same hash, so audit lines and sign-in
 * counters can be matched up, yet a copy of the database cannot reverse it (there are only 2³²
 * IPv4 addresses; a plain hash would be undone in minutes). The key is its own secret, kept
 * like the cookie secret; with SESSION_SECRET set it is derived from it.
 */
export async function keyedHash(db: Kysely<DB>, fromEnv: string | undefined, value: string): Promise<string> {
  let key = keyedHashKeys.get(db);
  if (!key) {
    key = fromEnv
      ? Promise.resolve(createHmac('sha256', fromEnv).update('inclusio keyed hash').digest('base64url'))
      : loadSecret(db, undefined, 'keyed-hash');
    keyedHashKeys.set(db, key);
  }
  return createHmac('sha256', await key)
    .update(value)
    .digest('hex')
    .slice(0, 32);
}

/**
 * The part of a client address that names one client: the whole IPv4 address, or the /64
 * prefix of an IPv6 address (one home or phone usually holds a whole /64 and can change the
 * rest at will). IPv4 written as IPv6 (::ffff:1.2.3.4) counts as IPv4.
 */
export function clientOf(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (!ip.includes(':')) return ip;
  const [head = '', tail = ''] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
