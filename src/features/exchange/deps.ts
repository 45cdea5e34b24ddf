import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Dialect } from '../../platform/db/database.ts';
import type { Config } from '../../config.ts';
import type { Outcome as PlatformOutcome } from '../../platform/outcome.ts';
import { signatoryRoleOf } from '../organisations/service.ts';

/** What the exchange's services need: the database, its engine (row locks) and settings (mail links). */
export interface ExchangeDeps {
  db: Kysely<DB>;
  dialect: Dialect;
  config: Config;
}

/** notFound and forbidden become another page; tooMany is 429 with the form again. */
export type Reason = 'notFound' | 'forbidden' | 'tooMany';
export type Outcome<T> = PlatformOutcome<T, Reason>;

/** A member of this signatory organisation (organisations' one check). */
export async function isMemberOfSignatory(trx: Transaction<DB>, orgId: string, userId: string): Promise<boolean> {
  return (await signatoryRoleOf(trx, orgId, userId)) !== null;
}
