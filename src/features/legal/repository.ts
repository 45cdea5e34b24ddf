import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** Values of the given settings keys; keys without a value are absent from the map. */
export async function readSettings(db: Db, keys: string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await db.selectFrom('settings').select(['key', 'value']).where('key', 'in', keys).execute();
  return new Map(rows.filter((r) => r.value.trim() !== '').map((r) => [r.key, r.value.trim()]));
}

/** Gives each key its value, or removes the key where the value is null. */
export async function writeSettings(db: Db, values: Record<string, string | null>): Promise<void> {
  const entries = Object.entries(values);
  const removed = entries.filter(([, value]) => value === null).map(([key]) => key);
  const kept = entries.flatMap(([key, value]) => (value === null ? [] : [{ key, value }]));
  if (removed.length > 0) await db.deleteFrom('settings').where('key', 'in', removed).execute();
  if (kept.length > 0)
    await db
      .insertInto('settings')
      .values(kept)
      .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ value: eb.ref('excluded.value') })))
      .execute();
}
