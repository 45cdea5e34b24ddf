import { randomInt } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { now } from '../../platform/db/sql.ts';
import { audit } from '../../platform/audit/audit.ts';
import { loadSecret } from '../../platform/auth/secrets.ts';
import { seal, unseal } from '../../platform/auth/sealed.ts';
import { hashToken } from '../../platform/auth/tokens.ts';
import { consume, resetLimit } from '../../platform/http/rate-limit.ts';
import type { Principal } from '../../platform/auth/principal.ts';
import * as repo from './repository.ts';
import * as factors from './repository-second-factor.ts';
import { destroyAllSessions, destroyOtherSessions, markSecondFactorProven } from './sessions.ts';
import { checkCurrentPassword } from './service-settings.ts';
import { acceptedStep, cleanCode, groupedSecret, newTotpSecret, qrSvg, totpUri } from './totp.ts';
import { MINUTE, type Outcome } from './outcome.ts';

// Two-step sign-in: a code from an authenticator app after the password, or one of ten
// single-use recovery codes when the phone is lost. Every secretariat account must have it;
// anyone else may turn it on from their account page.

type Db = Kysely<DB> | Transaction<DB>;
const user = (id: string) => ({ subjectType: 'user', subjectId: id });

export const RECOVERY_CODE_COUNT = 10;
/** After the password, the code step stays open this long. */
export const SIGN_IN_CODE_MS = 10 * MINUTE;
/** Wrong codes are counted over this window (CODE_TRIES of them, then wait). */
const CODE_WINDOW_MS = 15 * MINUTE;
/** Wrong codes per account in 15 minutes before the code step waits (a right code resets the count). */
export const CODE_TRIES = 5;

// ---- the secret at rest: sealed with a key kept in the settings (see ADR 0010)

const keys = new WeakMap<object, Promise<string>>();
function sealingKey(db: Db): Promise<string> {
  let key = keys.get(db);
  if (!key) {
    key = loadSecret(db as Kysely<DB>, undefined, 'second-factor');
    keys.set(db, key);
    key.catch(() => keys.delete(db));
  }
  return key;
}

async function openSecret(db: Db, row: factors.SecondFactorRow): Promise<string> {
  const secret = unseal(await sealingKey(db), row.secret, row.user_id);
  if (secret === null) throw new Error(`The second-factor secret of user ${row.user_id} cannot be opened`);
  return secret;
}

// ---- recovery codes: shown once, stored as hashes

const RECOVERY_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ'; // no 0/O, 1/I/L, U: easy to read back

function newRecoveryCode(): string {
  const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]);
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}

/** A typed recovery code as stored: capitals, without spaces or dashes. */
const normalRecoveryCode = (typed: string) => typed.toUpperCase().replace(/[^0-9A-Z]/g, '');

async function issueRecoveryCodes(db: Db, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await factors.replaceRecoveryCodes(
    db,
    userId,
    codes.map((c) => hashToken(normalRecoveryCode(c))),
  );
  return codes;
}

// ---- proving the second factor

export type Proof = 'app' | 'recovery-code';

/**
 * Checks a typed code for a confirmed second factor: an app code (never one accepted before)
 * or, where allowed, an unused recovery code, which is then used up.
 */
async function prove(db: Db, userId: string, typed: string, allowRecovery: boolean): Promise<Proof | null> {
  const row = await factors.findSecondFactor(db, userId);
  if (!row?.confirmed_at) return null;
  if (cleanCode(typed)) {
    const step = await acceptedStep(await openSecret(db, row), typed, row.last_step);
    return step !== null && (await factors.takeStep(db, userId, step)) ? 'app' : null;
  }
  const code = normalRecoveryCode(typed);
  if (!allowRecovery || code.length !== 10) return null;
  return (await factors.useRecoveryCode(db, userId, code)) ? 'recovery-code' : null;
}

type CodeOutcome<T> = Outcome<T>;
const wrongCode = { ok: false, errors: { code: 'accounts.secondFactor.error.wrongCode' } } as const;

/** Counts one try against the account; the answer when there were too many. */
async function tooManyTries(db: Db, userId: string): Promise<CodeOutcome<never> | null> {
  const limit = await consume(db, `second-factor:${userId}`, CODE_TRIES, CODE_WINDOW_MS);
  if (limit.allowed) return null;
  return {
    ok: false,
    errors: { code: 'accounts.secondFactor.error.tooManyCodes' },
    values: { minutes: Math.ceil(limit.retryAfter / 60) },
  };
}

async function failed(db: Kysely<DB>, userId: string, during: string): Promise<void> {
  await audit(db, { actor: null, action: 'accounts.second_factor_failed', ...user(userId), details: { during } });
}

/**
 * The code check every form shares: throttled per account, wrong codes audited, the right one
 * resets the count. `onProven` runs in the same transaction as the code is used up.
 */
async function withCode<T>(
  db: Kysely<DB>,
  userId: string,
  typed: string,
  opts: { allowRecovery: boolean; during: string },
  onProven: (trx: Transaction<DB>, proof: Proof) => Promise<T>,
): Promise<CodeOutcome<T>> {
  const limited = await tooManyTries(db, userId);
  if (limited) return limited;
  const result = await db.transaction().execute(async (trx) => {
    const proof = await prove(trx, userId, typed, opts.allowRecovery);
    if (!proof) return null;
    if (proof === 'recovery-code') {
      const left = await factors.recoveryCodesLeft(trx, userId);
      await audit(trx, { actor: userId, action: 'accounts.recovery_code_used', ...user(userId), details: { left } });
    }
    return { value: await onProven(trx, proof) };
  });
  if (!result) {
    await failed(db, userId, opts.during);
    return wrongCode;
  }
  await resetLimit(db, `second-factor:${userId}`);
  return { ok: true, value: result.value };
}

// ---- what the account pages show

export interface SecondFactorStatus {
  enrolled: boolean;
  /** A secret made and shown, not yet confirmed with a code. */
  pending: boolean;
  recoveryCodesLeft: number;
}

export async function secondFactorStatus(db: Db, userId: string): Promise<SecondFactorStatus> {
  const row = await factors.findSecondFactor(db, userId);
  return {
    enrolled: !!row?.confirmed_at,
    pending: !!row && !row.confirmed_at,
    recoveryCodesLeft: row?.confirmed_at ? await factors.recoveryCodesLeft(db, userId) : 0,
  };
}

export async function hasSecondFactor(db: Db, userId: string): Promise<boolean> {
  return (await secondFactorStatus(db, userId)).enrolled;
}

// ---- enrolment

/** Makes a new secret to scan (replacing one not confirmed yet). Nothing happens once enrolled. */
export async function startEnrolment(db: Kysely<DB>, userId: string): Promise<void> {
  const secret = newTotpSecret();
  await factors.putPendingSecret(db, userId, seal(await sealingKey(db), secret, userId));
}

export interface Enrolment {
  /** The secret in groups of four, to type into an app. */
  grouped: string;
  /** The QR code of the app link, as SVG markup. */
  svg: string;
}

/** The secret waiting to be confirmed, to show as a QR code and as text; null when there is none. */
export async function pendingEnrolment(db: Kysely<DB>, userId: string, label: string): Promise<Enrolment | null> {
  const row = await factors.findSecondFactor(db, userId);
  if (!row || row.confirmed_at) return null;
  const secret = await openSecret(db, row);
  return { grouped: groupedSecret(secret), svg: await qrSvg(totpUri(secret, label)) };
}

/**
 * Confirms the new secret with a first code: the second factor is on, this session counts as
 * proven, every other session ends (they were opened without it), and ten recovery codes come
 * back to be shown once.
 */
export async function confirmEnrolment(
  db: Kysely<DB>,
  principal: Principal,
  typed: string,
): Promise<CodeOutcome<{ recoveryCodes: string[] }>> {
  const userId = principal.userId;
  const row = await factors.findSecondFactor(db, userId);
  if (!row) return { ok: false, errors: { code: 'accounts.secondFactor.error.noSetup' } };
  if (row.confirmed_at) return { ok: false, errors: { code: 'accounts.secondFactor.error.alreadyOn' } };
  const limited = await tooManyTries(db, userId);
  if (limited) return limited;
  const step = await acceptedStep(await openSecret(db, row), typed, null);
  if (step === null) {
    await failed(db, userId, 'enrolment');
    return wrongCode;
  }
  const codes = await db.transaction().execute(async (trx) => {
    if (!(await factors.confirmSecondFactor(trx, userId, step))) return null;
    const recoveryCodes = await issueRecoveryCodes(trx, userId);
    await markSecondFactorProven(trx, principal.sessionIdHash);
    const ended = await destroyOtherSessions(trx, userId, principal.sessionIdHash);
    await audit(trx, {
      actor: userId,
      action: 'accounts.second_factor_enabled',
      ...user(userId),
      details: { otherSessionsEnded: ended },
    });
    return recoveryCodes;
  });
  await resetLimit(db, `second-factor:${userId}`);
  return codes
    ? { ok: true, value: { recoveryCodes: codes } }
    : { ok: false, errors: { code: 'accounts.secondFactor.error.alreadyOn' } };
}

/** Ten new recovery codes (the old ones stop working); asks for a code from the app. */
export async function renewRecoveryCodes(
  db: Kysely<DB>,
  principal: Principal,
  typed: string,
): Promise<CodeOutcome<{ recoveryCodes: string[] }>> {
  const userId = principal.userId;
  return withCode(db, userId, typed, { allowRecovery: false, during: 'new-recovery-codes' }, async (trx) => {
    const recoveryCodes = await issueRecoveryCodes(trx, userId);
    await markSecondFactorProven(trx, principal.sessionIdHash);
    await audit(trx, { actor: userId, action: 'accounts.recovery_codes_renewed', ...user(userId) });
    return { recoveryCodes };
  });
}

/**
 * Turns the second factor off, with the password and a code (app or recovery). Never for a
 * secretariat account: the secretariat must always have it.
 */
export async function turnOffSecondFactor(
  db: Kysely<DB>,
  principal: Principal,
  input: { current_password: string; code: string },
): Promise<CodeOutcome<null>> {
  if (principal.isSecretariat) return { ok: false, errors: { _form: 'accounts.secondFactor.error.secretariatMustKeep' } };
  const checked = await checkCurrentPassword(db, principal.userId, input.current_password);
  if (!checked.ok) return checked;
  const userId = principal.userId;
  return withCode(db, userId, input.code, { allowRecovery: true, during: 'turn-off' }, async (trx) => {
    await factors.deleteSecondFactor(trx, userId);
    await audit(trx, { actor: userId, action: 'accounts.second_factor_disabled', ...user(userId) });
    return null;
  });
}

/**
 * For an operator, from the command line (`inclusio reset-second-factor`), when someone lost both
 * their phone and their recovery codes: the second factor and the codes go, and every session
 * ends. A secretariat account is then sent to set it up again right after its next sign-in
 * with the password. False when no account has that address.
 */
export async function resetSecondFactor(db: Kysely<DB>, email: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const found = await repo.findUserByEmail(trx, email.trim().toLowerCase());
    if (!found) return false;
    await factors.deleteSecondFactor(trx, found.id);
    await destroyAllSessions(trx, found.id);
    await audit(trx, { actor: null, action: 'accounts.second_factor_reset', ...user(found.id) });
    return true;
  });
}

/** Asked again before a sensitive action (or in a session that never proved it): a code, or a recovery code. */
export async function recheckSecondFactor(db: Kysely<DB>, principal: Principal, typed: string): Promise<CodeOutcome<null>> {
  return withCode(db, principal.userId, typed, { allowRecovery: true, during: 'recheck' }, async (trx) => {
    await markSecondFactorProven(trx, principal.sessionIdHash);
    return null;
  });
}

// ---- the code step of sign-in

/** The password was right and the account has a second factor: a short-lived step, no session yet. */
export function startCodeStep(trx: Db, userId: string): Promise<string> {
  return repo.createToken(trx, { kind: 'sign_in_code', userId, ttlMs: SIGN_IN_CODE_MS });
}

/** Whose code step this is, while it is open. */
export async function codeStepOwner(db: Db, token: string): Promise<string | null> {
  const found = await repo.findToken(db, token, 'sign_in_code');
  return found.state === 'valid' ? found.row.user_id : null;
}

/**
 * The code step: a right code (or an unused recovery code) ends the step and `openSession`
 * makes the session, in the same transaction. A step that ran out or was used answers
 * `expired`: the person starts again with their password.
 */
export async function finishCodeStep<T>(
  db: Kysely<DB>,
  token: string,
  typed: string,
  openSession: (trx: Transaction<DB>, userId: string, proof: Proof) => Promise<T>,
): Promise<CodeOutcome<T> | { ok: false; expired: true; errors: Record<string, string> }> {
  const found = await repo.findToken(db, token, 'sign_in_code');
  if (found.state !== 'valid' || !found.row.user_id)
    return { ok: false, expired: true, errors: { _form: 'accounts.signInCode.expired' } };
  const { id_hash: stepHash, user_id: userId } = found.row;
  const outcome = await withCode(db, userId, typed, { allowRecovery: true, during: 'sign-in' }, async (trx, proof) => {
    if (!(await repo.useToken(trx, stepHash))) return null;
    return { session: await openSession(trx, userId, proof) };
  });
  if (!outcome.ok) return outcome;
  if (!outcome.value) return { ok: false, expired: true, errors: { _form: 'accounts.signInCode.expired' } };
  return { ok: true, value: outcome.value.session };
}

// ---- for the demo seed and tests: an account enrolled with a known secret

/** Enrols `userId` with `secret` straight away (demo data and tests only: no code, no recovery codes). */
export async function enrolWithKnownSecret(db: Kysely<DB>, userId: string, secret: string): Promise<void> {
  const at = now();
  await factors.deleteSecondFactor(db, userId);
  await db
    .insertInto('second_factors')
    .values({
      user_id: userId,
      secret: seal(await sealingKey(db), secret, userId),
      confirmed_at: at,
      last_step: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
}
