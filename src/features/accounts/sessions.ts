import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { addMs, now } from '../../platform/db/sql.ts';
import { hashToken, newToken } from '../../platform/auth/tokens.ts';
import { cookieName, cookieOptions } from '../../platform/http/cookies.ts';
import type { Membership, Principal } from '../../platform/auth/principal.ts';

/** Where the memberships come from: the feature that stores them, through the registry. */
type MembershipsOf = (db: Kysely<DB>, userId: string) => Promise<Membership[]>;

/** The session cookie's plain name; behind HTTPS it is `__Host-sid` (see platform/http/cookies.ts). */
export const SESSION_COOKIE = 'sid';
/** A session ends after 12 hours whatever happens, or after 2 hours without use (30 min for the secretariat). */
export const SESSION_ABSOLUTE_MS = 12 * 3600_000;
export const SESSION_IDLE_MS = 2 * 3600_000;
export const SECRETARIAT_IDLE_MS = 30 * 60_000;
const TOUCH_EVERY_MS = 60_000;

type Db = Kysely<DB> | Transaction<DB>;

/** `secondFactorAt`: when the second factor was proven for this sign-in (null: not asked). */
export async function createSession(db: Db, userId: string, secondFactorAt: string | null = null): Promise<string> {
  const { token, hash } = newToken();
  const at = now();
  await db
    .insertInto('sessions')
    .values({
      id_hash: hash,
      user_id: userId,
      created_at: at,
      last_seen_at: at,
      expires_at: addMs(at, SESSION_ABSOLUTE_MS),
      second_factor_at: secondFactorAt,
    })
    .execute();
  return token;
}

/** The second factor was just proven again in this session (re-asked before a sensitive action). */
export async function markSecondFactorProven(db: Db, idHash: string, at: string = now()): Promise<void> {
  await db.updateTable('sessions').set({ second_factor_at: at }).where('id_hash', '=', idHash).execute();
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  const { config } = request.server.deps;
  reply.setCookie(cookieName(config, SESSION_COOKIE), token, cookieOptions(config));
}

export function clearSessionCookie(reply: FastifyReply): void {
  const { config } = reply.server.deps;
  reply.clearCookie(cookieName(config, SESSION_COOKIE), cookieOptions(config));
}

/** Between a right password and the code from the app: the step's token, not a session. */
export const CODE_STEP_COOKIE = 'sign_in_step';

/** The code step's token as the browser sent it (`__Host-sign_in_step` behind HTTPS). */
export function readCodeStepCookie(request: FastifyRequest): string | undefined {
  return request.cookies[cookieName(request.server.deps.config, CODE_STEP_COOKIE)];
}

export function setCodeStepCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  const { config } = request.server.deps;
  reply.setCookie(cookieName(config, CODE_STEP_COOKIE), token, cookieOptions(config));
}

export function clearCodeStepCookie(reply: FastifyReply): void {
  const { config } = reply.server.deps;
  reply.clearCookie(cookieName(config, CODE_STEP_COOKIE), cookieOptions(config));
}

export async function destroySession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

export async function destroyAllSessions(db: Db, userId: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Ends every session of a user except the one in use (after a password change, say). */
export async function destroyOtherSessions(db: Db, userId: string, keepIdHash: string): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where('id_hash', '!=', keepIdHash)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Forgets a user's sessions that ended on their own, so the table does not grow for ever. */
export async function purgeEndedSessions(db: Db, userId: string): Promise<void> {
  const at = now();
  await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('expires_at', '<=', at), eb('last_seen_at', '<=', addMs(at, -SESSION_IDLE_MS))]))
    .execute();
}

/** Housekeeping: every session that has ended, for everyone, and links that expired a week ago. */
export async function purgeExpired(db: Db): Promise<void> {
  const at = now();
  await db.deleteFrom('sessions').where('expires_at', '<=', at).execute();
  await db.deleteFrom('sessions').where('last_seen_at', '<=', addMs(at, -SESSION_IDLE_MS)).execute();
  await db
    .deleteFrom('tokens')
    .where('expires_at', '<=', addMs(at, -7 * 86_400_000))
    .execute();
}

/** The hash of whatever session cookie the browser sent, valid or not. */
export function cookieSessionHash(request: FastifyRequest): string | null {
  const token = request.cookies[cookieName(request.server.deps.config, SESSION_COOKIE)];
  return token ? hashToken(token) : null;
}

function findSession(db: Kysely<DB>, idHash: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .leftJoin('second_factors', 'second_factors.user_id', 'sessions.user_id')
    .select([
      'sessions.expires_at',
      'sessions.last_seen_at',
      'sessions.second_factor_at',
      'second_factors.confirmed_at as second_factor_confirmed_at',
      'users.id',
      'users.name',
      'users.email',
      'users.locale',
      'users.email_verified_at',
      'users.is_secretariat',
    ])
    .where('sessions.id_hash', '=', idHash)
    .executeTakeFirst();
}

type SessionRow = NonNullable<Awaited<ReturnType<typeof findSession>>>;

async function principalOf(
  db: Kysely<DB>,
  row: SessionRow,
  idHash: string,
  membershipsOf: MembershipsOf,
): Promise<Principal> {
  return {
    userId: row.id,
    sessionIdHash: idHash,
    name: row.name,
    email: row.email,
    locale: row.locale,
    emailVerified: row.email_verified_at !== null,
    isSecretariat: row.is_secretariat === 1,
    hasSecondFactor: row.second_factor_confirmed_at !== null,
    secondFactorAt: row.second_factor_confirmed_at !== null ? row.second_factor_at : null,
    memberships: await membershipsOf(db, row.id),
  };
}

/** Reads the session cookie; an expired or idle session is deleted and the cookie cleared. */
export async function readSessionCookie(request: FastifyRequest, reply: FastifyReply): Promise<Principal | null> {
  const token = request.cookies[cookieName(request.server.deps.config, SESSION_COOKIE)];
  if (!token) return null;
  const { db, registry } = request.server.deps;
  const idHash = hashToken(token);
  const row = await findSession(db, idHash);
  const at = now();
  const idleMs = row?.is_secretariat ? SECRETARIAT_IDLE_MS : SESSION_IDLE_MS;
  if (!row || row.expires_at <= at || addMs(row.last_seen_at, idleMs) <= at) {
    if (row) await destroySession(db, idHash);
    clearSessionCookie(reply);
    return null;
  }
  if (Date.parse(at) - Date.parse(row.last_seen_at) > TOUCH_EVERY_MS) {
    await db.updateTable('sessions').set({ last_seen_at: at }).where('id_hash', '=', idHash).execute();
  }
  return principalOf(db, row, idHash, registry.membershipsOf);
}

/** Who a session token stands for, without checking or touching the session: for tests and tools. */
export async function principalOfToken(
  db: Kysely<DB>,
  token: string,
  membershipsOf: MembershipsOf,
): Promise<Principal | null> {
  const idHash = hashToken(token);
  const row = await findSession(db, idHash);
  return row ? principalOf(db, row, idHash, membershipsOf) : null;
}
