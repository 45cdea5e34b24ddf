import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';

/** How many organisations are signatories now (withdrawn ones are not counted). */
export async function countSignatories(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('organisations')
    .select(sql<number>`count(*)`.as('n'))
    .where('status', '=', 'signatory')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
