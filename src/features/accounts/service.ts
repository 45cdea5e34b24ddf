import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { newId, now } from '../../platform/db/sql.ts';
import { audit } from '../../platform/audit/audit.ts';
import { hashPassword, verifyPassword } from '../../platform/auth/password.ts';
import { queueMail } from '../../platform/mail/mailer.ts';
import { consume } from '../../platform/http/rate-limit.ts';
import { translator, type Lang } from '../../platform/i18n/i18n.ts';
import { parseForm } from '../../platform/http/forms.ts';
import type { Principal } from '../../platform/auth/principal.ts';
import * as repo from './repository.ts';
import { createSession, destroyAllSessions, destroySession, purgeEndedSessions } from './sessions.ts';
import { existingAccountMail, lockedMail, verificationMail } from './mails.ts';
import { setupSchema, type SetupInput } from './pages/setup/schema.ts';
import type { SignUpInput } from './pages/sign-up/schema.ts';
import type { TokenKind } from './accounts.table.ts';
import { clearAccount, recordFailure, throttleKeys, waitFor, type ThrottleKeys } from './throttle.ts';
import { HOUR, VERIFY_TOKEN_MS, type AccountDeps, type LinkProblem, type Outcome } from './outcome.ts';
import { hasSecondFactor, startCodeStep, type Proof } from './service-second-factor.ts';

export * from './service-settings.ts';
export * from './service-recovery.ts';
export * from './service-close.ts';
export * from './service-second-factor.ts';
export type { AccountDeps, LinkProblem, Outcome } from './outcome.ts';
export type { PersonalDataRequest } from './declarations.ts';

const user = (id: string) => ({ subjectType: 'user', subjectId: id });

/** At most this many mails a person gets an hour from a form anyone can fill in with their address. */
const QUIET_MAILS_PER_HOUR = 3;

async function mayMail(db: Kysely<DB>, purpose: string, userId: string): Promise<boolean> {
  return (await consume(db, `mail:${purpose}:${userId}`, QUIET_MAILS_PER_HOUR, HOUR)).allowed;
}

// ---- sign-up and e-mail verification

/**
 * Creates an unverified account, mails a confirmation link and signs the person in (they should
 * not have to sign in again after confirming; what needs a confirmed address says so until
 * then). If the address already has an account, nothing is created and only its owner hears
 * about it: the page shown is the same, and both paths take as long (the password is always
 * hashed). The session cookie does tell the two apart: see docs/security.md (sign-up is limited
 * per address, so this cannot be used to list accounts).
 *
 * `next` is where the person wanted to go (say, the application form); the verification link leads back there.
 */
export async function signUp(
  deps: AccountDeps,
  input: SignUpInput & { locale: Lang; next?: string | null },
): Promise<{ sessionToken: string } | null> {
  const { db, config } = deps;
  const passwordHash = await hashPassword(input.password);
  const at = now();
  const id = newId();
  return db.transaction().execute(async (trx) => {
    const created = await repo.insertUser(trx, {
      id,
      email: input.email,
      name: input.name,
      password_hash: passwordHash,
      locale: input.locale,
      email_verified_at: null,
      is_secretariat: 0,
      failed_logins: 0,
      locked_until: null,
      created_at: at,
      updated_at: at,
    });
    if (created) {
      const token = await repo.createToken(trx, {
        kind: 'verify_email',
        userId: id,
        payload: input.next ? { email: input.email, next: input.next } : { email: input.email },
        ttlMs: VERIFY_TOKEN_MS,
      });
      await audit(trx, { actor: id, action: 'accounts.signed_up', ...user(id), details: { locale: input.locale } });
      await queueMail(
        trx,
        verificationMail(config, { email: input.email, name: input.name, locale: input.locale }, token),
      );
      const sessionToken = await createSession(trx, id);
      await audit(trx, { actor: id, action: 'accounts.signed_in', ...user(id), details: { via: 'sign-up' } });
      return { sessionToken };
    }
    const owner = await repo.findUserByEmail(trx, input.email);
    if (!owner || !(await mayMail(trx, 'existing', owner.id))) return null;
    await audit(trx, { actor: null, action: 'accounts.sign_up_with_existing_address', ...user(owner.id) });
    await queueMail(trx, existingAccountMail(config, owner));
    return null;
  });
}

export type ResendResult = { status: 'sent' } | { status: 'verified' } | { status: 'limited'; retryAfter: number };

async function sendVerification(deps: AccountDeps, owner: repo.UserRow): Promise<ResendResult> {
  return deps.db.transaction().execute(async (trx): Promise<ResendResult> => {
    const limit = await consume(trx, `mail:verify:${owner.id}`, QUIET_MAILS_PER_HOUR, HOUR);
    if (!limit.allowed) return { status: 'limited', retryAfter: limit.retryAfter };
    const token = await repo.createToken(trx, {
      kind: 'verify_email',
      userId: owner.id,
      payload: { email: owner.email },
      ttlMs: VERIFY_TOKEN_MS,
    });
    await audit(trx, { actor: null, action: 'accounts.verification_sent', ...user(owner.id) });
    await queueMail(trx, verificationMail(deps.config, owner, token));
    return { status: 'sent' };
  });
}

/** A new confirmation link for whoever owns `email`, if it has an unconfirmed account. Always quiet. */
export async function requestVerification(deps: AccountDeps, email: string): Promise<void> {
  const owner = await repo.findUserByEmail(deps.db, email);
  if (owner && !owner.email_verified_at) await sendVerification(deps, owner);
}

/** The signed-in person asks for a new confirmation link (at most 3 an hour). */
export async function resendVerification(deps: AccountDeps, userId: string): Promise<ResendResult> {
  const owner = await repo.findUserById(deps.db, userId);
  if (!owner || owner.email_verified_at) return { status: 'verified' };
  return sendVerification(deps, owner);
}

/** Whether a link from a mail can still be used (for the page that shows its button). */
export async function checkLink(db: Kysely<DB>, token: string, kind: TokenKind): Promise<LinkProblem | null> {
  // Once a secretariat account exists, every setup link is spent, whoever created the account.
  if (kind === 'setup_admin' && (await repo.secretariatExists(db))) return 'used';
  const found = await repo.findToken(db, token, kind);
  return found.state === 'valid' ? null : found.state;
}

export async function verifyEmail(
  db: Kysely<DB>,
  token: string,
): Promise<{ ok: true; next: string | null } | { ok: false; problem: LinkProblem }> {
  return db.transaction().execute(async (trx) => {
    const found = await repo.findToken(trx, token, 'verify_email');
    if (found.state !== 'valid') return { ok: false, problem: found.state };
    const owner = found.row.user_id ? await repo.findUserById(trx, found.row.user_id) : undefined;
    // A link for an address the account no longer has must not confirm the new one.
    if (!owner || repo.tokenPayload(found.row).email !== owner.email) return { ok: false, problem: 'expired' };
    if (!(await repo.useToken(trx, found.row.id_hash))) return { ok: false, problem: 'used' };
    if (!owner.email_verified_at) {
      await repo.updateUser(trx, owner.id, { email_verified_at: now() });
      await audit(trx, { actor: owner.id, action: 'accounts.email_verified', ...user(owner.id) });
    }
    return { ok: true, next: repo.tokenPayload(found.row).next ?? null };
  });
}

// ---- sign-in and sign-out

/** With a second factor, a right password opens only the code step (`codeStep`), not a session. */
export type SignInOutcome =
  | { ok: true; value: { userId: string; sessionToken: string } | { userId: string; codeStep: string } }
  | { ok: false; error: 'credentials' }
  /** Too many wrong tries from here or on this account: try again in `seconds`. */
  | { ok: false; error: 'throttled'; seconds: number };

/**
 * Checks e-mail and password. Wrong passwords slow further tries down (see throttle.ts) rather
 * than lock the account, so nobody can keep its owner out. An unknown address does the same
 * work (a password hash, a counted failure, an audit line) and gets the same answers, so
 * neither the answer nor its timing tells whether an account exists. On success the browser's
 * previous session (if any) is replaced.
 */
export async function signIn(
  deps: AccountDeps,
  input: { email: string; password: string; previousSessionHash: string | null; addressHash: string },
): Promise<SignInOutcome> {
  const { db } = deps;
  const keys = await throttleKeys(db, deps.config.sessionSecret, input.email, input.addressHash);
  // Waiting is the same for every address, known or not: nothing is looked up before it ends.
  const waitMs = await waitFor(db, keys);
  if (waitMs > 0) return { ok: false, error: 'throttled', seconds: Math.ceil(waitMs / 1000) };
  const found = await repo.findUserByEmail(db, input.email);
  // Always hash: every answer takes as long, so timing tells nothing about the account.
  const passwordOk = await verifyPassword(found?.password_hash ?? null, input.password);
  if (!found || !passwordOk) return failedSignIn(deps, keys, found, input.addressHash);
  await clearAccount(db, keys);
  return db.transaction().execute(async (trx): Promise<SignInOutcome> => {
    if (await hasSecondFactor(trx, found.id))
      return { ok: true, value: { userId: found.id, codeStep: await startCodeStep(trx, found.id) } };
    const sessionToken = await openSession(trx, found.id, input.previousSessionHash, null);
    return { ok: true, value: { userId: found.id, sessionToken } };
  });
}

/**
 * The end of every sign-in: the browser's previous session (if any) is replaced by a new one.
 * `proof` says how the second factor was proven, when it was asked.
 */
export async function openSession(
  trx: Transaction<DB>,
  userId: string,
  previousSessionHash: string | null,
  proof: Proof | null,
): Promise<string> {
  if (previousSessionHash) await destroySession(trx, previousSessionHash);
  await purgeEndedSessions(trx, userId);
  const token = await createSession(trx, userId, proof ? now() : null);
  await audit(trx, {
    actor: userId,
    action: 'accounts.signed_in',
    ...user(userId),
    ...(proof ? { details: { secondFactor: proof } } : {}),
  });
  return token;
}

async function failedSignIn(
  deps: AccountDeps,
  keys: ThrottleKeys,
  owner: repo.UserRow | undefined,
  addressHash: string,
): Promise<SignInOutcome> {
  const count = await recordFailure(deps.db, keys);
  await deps.db.transaction().execute(async (trx) => {
    // An unknown address is recorded under its keyed hash: lines about one guess can be matched, the address is not kept.
    const subject = owner ? user(owner.id) : { subjectType: 'sign_in_address', subjectId: keys.account.slice(8) };
    await audit(trx, {
      actor: null,
      action: 'accounts.sign_in_failed',
      ...subject,
      details: { client: addressHash, waitSeconds: Math.ceil(count.waitMs / 1000) },
    });
    // The owner hears once when tries come from so many places that the account itself is slowed down.
    if (owner && count.accountNowSlowed && (await mayMail(trx, 'slowed', owner.id))) {
      await audit(trx, {
        actor: null,
        action: 'accounts.sign_in_slowed',
        ...user(owner.id),
        details: { client: addressHash },
      });
      await queueMail(trx, lockedMail(deps.config, owner));
    }
  });
  return count.waitMs > 0
    ? { ok: false, error: 'throttled', seconds: Math.ceil(count.waitMs / 1000) }
    : { ok: false, error: 'credentials' };
}

export async function signOut(db: Kysely<DB>, principal: Principal): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await destroySession(trx, principal.sessionIdHash);
    await audit(trx, { actor: principal.userId, action: 'accounts.signed_out', ...user(principal.userId) });
  });
}

export async function signOutEverywhere(db: Kysely<DB>, principal: Principal): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const ended = await destroyAllSessions(trx, principal.userId);
    await audit(trx, {
      actor: principal.userId,
      action: 'accounts.signed_out_everywhere',
      ...user(principal.userId),
      details: { sessions: ended },
    });
  });
}

// ---- the secretariat's first account

type AdminInsert = Outcome<{ userId: string }>;

async function insertAdmin(
  trx: Kysely<DB>,
  input: SetupInput,
  passwordHash: string,
  locale: Lang,
  via: string,
): Promise<AdminInsert> {
  const id = newId();
  const at = now();
  const created = await repo.insertUser(trx, {
    id,
    email: input.email,
    name: input.name,
    password_hash: passwordHash,
    locale,
    email_verified_at: at,
    is_secretariat: 1,
    failed_logins: 0,
    locked_until: null,
    created_at: at,
    updated_at: at,
  });
  if (!created) return { ok: false, errors: { email: 'accounts.error.emailTaken' } };
  // Once a secretariat account exists, no setup link may create another.
  await repo.dropSetupTokens(trx);
  await audit(trx, { actor: id, action: 'accounts.secretariat_created', ...user(id), details: { via } });
  return { ok: true, value: { userId: id } };
}

export type CreateAdminOutcome =
  | { ok: true; value: { userId: string } }
  /** `errors` per field; `error` the same in one line, for a terminal. */
  | { ok: false; errors: Record<string, string>; error: string };

function refused(errors: Record<string, string>): CreateAdminOutcome {
  const error = Object.entries(errors)
    .map(([field, message]) => `${field}: ${message}`)
    .join(' ');
  return { ok: false, errors, error };
}

/**
 * For `inclusio create-admin`: a verified secretariat account. Input is checked with the same
 * rules as the setup page; errors come back as sentences in `lang` (English by default).
 */
export async function createAdmin(
  db: Kysely<DB>,
  input: { email: string; name: string; password: string },
  lang: Lang = 'en',
): Promise<CreateAdminOutcome> {
  const parsed = parseForm(setupSchema, input, lang);
  if (!parsed.ok) return refused(parsed.form.errors);
  const passwordHash = await hashPassword(parsed.data.password);
  const result = await db.transaction().execute((trx) => insertAdmin(trx, parsed.data, passwordHash, lang, 'cli'));
  if (result.ok) return result;
  const t = translator(lang);
  return refused(Object.fromEntries(Object.entries(result.errors).map(([k, v]) => [k, t(v)])));
}

export type SetupOutcome =
  | { ok: true; value: { userId: string; sessionToken: string } }
  | { ok: false; problem: LinkProblem }
  | { ok: false; errors: Record<string, string> };

class Rollback extends Error {
  constructor(readonly outcome: SetupOutcome) {
    super('rollback');
  }
}

/** The one-time setup link: creates the first secretariat account, uses up the link, signs in. */
export async function setupAdmin(
  deps: AccountDeps,
  token: string,
  input: SetupInput,
  locale: Lang,
  previousSessionHash: string | null,
): Promise<SetupOutcome> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await deps.db.transaction().execute(async (trx): Promise<SetupOutcome> => {
      const problem = await checkLink(trx, token, 'setup_admin');
      if (problem) return { ok: false, problem };
      const found = await repo.findToken(trx, token, 'setup_admin');
      if (found.state !== 'valid' || !(await repo.useToken(trx, found.row.id_hash)))
        return { ok: false, problem: 'used' };
      const created = await insertAdmin(trx, input, passwordHash, locale, 'setup-link');
      // The address is taken: undo, so the link still works once the person picks another one.
      if (!created.ok) throw new Rollback({ ok: false, errors: created.errors });
      if (previousSessionHash) await destroySession(trx, previousSessionHash);
      const sessionToken = await createSession(trx, created.value.userId);
      await audit(trx, { actor: created.value.userId, action: 'accounts.signed_in', ...user(created.value.userId) });
      return { ok: true, value: { userId: created.value.userId, sessionToken } };
    });
  } catch (err) {
    if (err instanceof Rollback) return err.outcome;
    throw err;
  }
}

// ——— what other features may know about people ———

export interface Contact {
  id: string;
  name: string;
  email: string;
  locale: string;
}

type Reader = Kysely<DB> | Transaction<DB>;

const CONTACT_COLUMNS = ['id', 'name', 'email', 'locale'] as const;

function contactsWhere(db: Reader, column: 'id' | 'email', values: readonly string[]): Promise<Contact[]> {
  if (values.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('users')
    .select(CONTACT_COLUMNS)
    .where(column, 'in', [...new Set(values)])
    .where('closed_at', 'is', null)
    .execute();
}

/**
 * Name, address and language of the given people, in one query (for mails and pages). A closed
 * account has none of these any more: it is left out, as if the person were unknown.
 */
export function contactsOf(db: Reader, ids: readonly string[]): Promise<Contact[]> {
  return contactsWhere(db, 'id', ids);
}

/**
 * The people who hold the given addresses, in one query (an organisation asks before inviting
 * an address). Addresses match exactly, as at sign-in.
 */
export function contactsByEmail(db: Reader, emails: readonly string[]): Promise<Contact[]> {
  return contactsWhere(db, 'email', emails);
}

/** Everyone in the secretariat, to tell them something needs their attention. */
export function secretariatContacts(db: Reader): Promise<Contact[]> {
  return db.selectFrom('users').select(CONTACT_COLUMNS).where('is_secretariat', '=', 1).execute();
}
