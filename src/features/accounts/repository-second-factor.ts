import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { now } from '../../platform/db/sql.ts';
import { hashToken } from '../../platform/auth/tokens.ts';
import type { SecondFactorsTable } from './accounts.table.ts';

type Db = Kysely<DB> | Transaction<DB>;
export type SecondFactorRow = Selectable<SecondFactorsTable>;

export function findSecondFactor(db: Db, userId: string): Promise<SecondFactorRow | undefined> {
  return db.selectFrom('second_factors').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

/** A new secret waiting for its first code; replaces one still waiting, never a confirmed one. */
export async function putPendingSecret(db: Db, userId: string, sealed: string): Promise<void> {
  const at = now();
  await db
    .insertInto('second_factors')
    .values({ user_id: userId, secret: sealed, confirmed_at: null, last_step: null, created_at: at, updated_at: at })
    .onConflict((oc) =>
      oc
        .column('user_id')
        .doUpdateSet({ secret: sealed, last_step: null, created_at: at, updated_at: at })
        .where('second_factors.confirmed_at', 'is', null),
    )
    .execute();
}

export async function confirmSecondFactor(db: Db, userId: string, step: number): Promise<boolean> {
  const at = now();
  const result = await db
    .updateTable('second_factors')
    .set({ confirmed_at: at, last_step: step, updated_at: at })
    .where('user_id', '=', userId)
    .where('confirmed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Records that a code for `step` was accepted, unless that step (or a later one) already was:
 * one statement, so two requests with the same code cannot both succeed.
 */
export async function takeStep(db: Db, userId: string, step: number): Promise<boolean> {
  const result = await db
    .updateTable('second_factors')
    .set({ last_step: step, updated_at: now() })
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('last_step', 'is', null), eb('last_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteSecondFactor(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await db.deleteFrom('second_factors').where('user_id', '=', userId).execute();
}

/** Replaces every recovery code of a person with new ones (given as hashes). */
export async function replaceRecoveryCodes(db: Db, userId: string, hashes: string[]): Promise<void> {
  const at = now();
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await db
    .insertInto('recovery_codes')
    .values(hashes.map((code_hash) => ({ code_hash, user_id: userId, used_at: null, created_at: at })))
    .execute();
}

/** Uses up one recovery code; false when it is not this person's or was used before. */
export async function useRecoveryCode(db: Db, userId: string, code: string): Promise<boolean> {
  const result = await db
    .updateTable('recovery_codes')
    .set({ used_at: now() })
    .where('code_hash', '=', hashToken(code))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function recoveryCodesLeft(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom('recovery_codes')
    .select(sql<number>`count(*)`.as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
