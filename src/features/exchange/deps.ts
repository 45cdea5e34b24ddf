import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Dialect } from '../../platform/db/database.ts';
import type { Config } from '../../config.ts';
import type { Outcome as PlatformOutcome } from '../../platform/outcome.ts';
import { organisationRefs } from '../organisations/service-registration.ts';
import { membershipsOfUser } from '../organisations/service.ts';

/** What the exchange's services need: the database, its engine (row locks) and settings (mail links). */
export interface ExchangeDeps {
  db: Kysely<DB>;
  dialect: Dialect;
  config: Config;
}

/** notFound and forbidden become another page; tooMany is 429 with the form again. */
export type Reason = 'notFound' | 'forbidden' | 'tooMany';
export type Outcome<T> = PlatformOutcome<T, Reason>;

/**
 * Whether the person belongs, now, to the organisation and it is a signatory: checked again in
 * each change's transaction, since the session may be older than a role change or a withdrawal.
 */
export async function isMemberOfSignatory(trx: Transaction<DB>, orgId: string, userId: string): Promise<boolean> {
  const [memberships, refs] = await Promise.all([membershipsOfUser(trx, userId), organisationRefs(trx, [orgId])]);
  return refs.get(orgId)?.status === 'signatory' && memberships.some((m) => m.orgId === orgId);
}
