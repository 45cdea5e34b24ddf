import { sql, type Insertable, type Kysely, type Selectable, type Transaction, type Updateable } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Dialect } from '../../platform/db/database.ts';
import { addMs, now } from '../../platform/db/sql.ts';
import { hashToken, newToken } from '../../platform/auth/tokens.ts';
import type { TokenKind, TokensTable, UsersTable } from './accounts.table.ts';

type Db = Kysely<DB> | Transaction<DB>;
export type UserRow = Selectable<UsersTable>;
export type TokenRow = Selectable<TokensTable>;

// ---- users

/** The open account with this address; a closed one (its address replaced) is never found. */
export function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email)
    .where('closed_at', 'is', null)
    .executeTakeFirst();
}

export function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Inserts a user unless the address is taken; says whether it did (no error on a race). */
export async function insertUser(db: Db, user: Insertable<UsersTable>): Promise<boolean> {
  const rows = await db
    .insertInto('users')
    .values(user)
    .onConflict((oc) => oc.column('email').doNothing())
    .returning('id')
    .execute();
  return rows.length === 1;
}

export async function updateUser(db: Db, id: string, patch: Updateable<UsersTable>): Promise<void> {
  await db
    .updateTable('users')
    .set({ ...patch, updated_at: now() })
    .where('id', '=', id)
    .execute();
}

export async function secretariatExists(db: Db): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').where('is_secretariat', '=', 1).executeTakeFirst();
  return row !== undefined;
}

// ---- one-time tokens (links in mails). Only the hash is stored.

export async function createToken(
  db: Db,
  opts: { kind: TokenKind; userId: string | null; payload?: Record<string, string>; ttlMs: number },
): Promise<string> {
  const { token, hash } = newToken();
  const at = now();
  await db
    .insertInto('tokens')
    .values({
      id_hash: hash,
      kind: opts.kind,
      user_id: opts.userId,
      payload: JSON.stringify(opts.payload ?? {}),
      expires_at: addMs(at, opts.ttlMs),
      used_at: null,
      created_at: at,
    })
    .execute();
  return token;
}

export type TokenState = { state: 'valid'; row: TokenRow } | { state: 'missing' | 'used' | 'expired' };

export async function findToken(db: Db, token: string, kind: TokenKind): Promise<TokenState> {
  const row = await db
    .selectFrom('tokens')
    .selectAll()
    .where('id_hash', '=', hashToken(token))
    .where('kind', '=', kind)
    .executeTakeFirst();
  if (!row) return { state: 'missing' };
  if (row.used_at) return { state: 'used' };
  if (row.expires_at <= now()) return { state: 'expired' };
  return { state: 'valid', row };
}

/** Marks a token used; false if another request used it first or it ran out meanwhile. */
export async function useToken(db: Db, idHash: string): Promise<boolean> {
  const at = now();
  const result = await db
    .updateTable('tokens')
    .set({ used_at: at })
    .where('id_hash', '=', idHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', at)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Ends every link of one kind for a user, except `keepHash` (kept so it reads as "already used"). */
export async function dropTokens(db: Db, userId: string, kind: TokenKind, keepHash?: string): Promise<void> {
  let query = db.deleteFrom('tokens').where('user_id', '=', userId).where('kind', '=', kind);
  if (keepHash) query = query.where('id_hash', '!=', keepHash);
  await query.execute();
}

/** Every link of a user, whatever its kind (the account is being closed). */
export async function dropAllTokens(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('tokens').where('user_id', '=', userId).execute();
}

/**
 * The secretariat accounts, locked on PostgreSQL until the transaction ends: while one of them
 * closes, no other can close at the same moment and leave nobody to run the platform.
 */
export async function lockSecretariat(trx: Transaction<DB>, dialect: Dialect): Promise<string[]> {
  let query = trx.selectFrom('users').select('id').where('is_secretariat', '=', 1).orderBy('id');
  if (dialect === 'postgres') query = query.forUpdate();
  return (await query.execute()).map((r) => r.id);
}

export async function dropSetupTokens(db: Db): Promise<void> {
  await db.deleteFrom('tokens').where('kind', '=', 'setup_admin').execute();
}

export function tokenPayload(row: TokenRow): Record<string, string> {
  try {
    const value = JSON.parse(row.payload) as unknown;
    return value && typeof value === 'object' ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** The address a person asked to move to and has not confirmed yet, if any. */
export async function pendingEmailChange(db: Db, userId: string): Promise<{ email: string; expiresAt: string } | null> {
  const row = await db
    .selectFrom('tokens')
    .selectAll()
    .where('user_id', '=', userId)
    .where('kind', '=', 'change_email')
    .where('used_at', 'is', null)
    .where('expires_at', '>', now())
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  const email = row ? tokenPayload(row).email : undefined;
  return row && email ? { email, expiresAt: row.expires_at } : null;
}

// ---- sessions

export async function countSessions(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom('sessions')
    .select(sql<number>`count(*)`.as('n'))
    .where('user_id', '=', userId)
    .where('expires_at', '>', now())
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
