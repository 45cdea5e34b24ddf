import type { Kysely } from 'kysely';
import type { DB } from '../../src/platform/db/schema.ts';
import { newId, now } from '../../src/platform/db/sql.ts';
import { hashPassword } from '../../src/platform/auth/password.ts';
import { createSession, SESSION_COOKIE } from '../../src/features/accounts/sessions.ts';

// For tests inside a feature that need a session without reaching into the accounts feature.
export { createSession, SESSION_COOKIE };
import { enrolWithKnownSecret, hasSecondFactor } from '../../src/features/accounts/service.ts';
import { stepAt, TOTP_PERIOD_S, totpCode } from '../../src/features/accounts/totp.ts';
import type { MemberRole } from '../../src/features/organisations/organisations.table.ts';
import type { TestApp } from './harness.ts';
import type { Client } from './client.ts';
import { indexOrganisationsInBulk, organisationSpace } from '../../src/features/organisations/service.ts';

export const TEST_PASSWORD = 'correct horse battery staple';
/** The authenticator secret of every test account made with a second factor (every secretariat one by default). */
export const TEST_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
let hashed: Promise<string> | undefined;

export interface TestUser {
  id: string;
  email: string;
  name: string;
}

/**
 * Inserts a user straight into the database (verified unless told otherwise). A secretariat
 * account gets a second factor with TEST_TOTP_SECRET, as the app demands, unless
 * `secondFactor: false`; anyone else gets one with `secondFactor: true`.
 */
export async function createUser(
  db: Kysely<DB>,
  opts: {
    email?: string;
    name?: string;
    secretariat?: boolean;
    verified?: boolean;
    locale?: 'nl' | 'fr' | 'de' | 'en';
    secondFactor?: boolean;
  } = {},
): Promise<TestUser> {
  hashed ??= hashPassword(TEST_PASSWORD);
  const id = newId();
  const email = opts.email ?? `user-${id.slice(0, 8)}@example.be`;
  const name = opts.name ?? `Test User ${id.slice(0, 4)}`;
  const at = now();
  await db
    .insertInto('users')
    .values({
      id,
      email,
      name,
      password_hash: await hashed,
      locale: opts.locale ?? 'nl',
      email_verified_at: opts.verified === false ? null : at,
      is_secretariat: opts.secretariat ? 1 : 0,
      failed_logins: 0,
      locked_until: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  if (opts.secondFactor ?? opts.secretariat === true) await enrolWithKnownSecret(db, id, TEST_TOTP_SECRET);
  return { id, email, name };
}

/**
 * The code an authenticator app with `secret` would show, for a time step the app has not
 * accepted from this user yet: tests sign the same person in more often than every 30
 * seconds, and a code is never accepted twice. The next step is still within the tolerance;
 * past that, the record of the last step is forgotten (tests only).
 */
export async function nextTotpCode(db: Kysely<DB>, userId: string, secret: string = TEST_TOTP_SECRET): Promise<string> {
  const row = await db
    .selectFrom('second_factors')
    .select('last_step')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  const current = stepAt();
  let step = Math.max(current, (row?.last_step ?? 0) + 1);
  if (step > current + 1) {
    await db.updateTable('second_factors').set({ last_step: null }).where('user_id', '=', userId).execute();
    step = current;
  }
  return totpCode(secret, step * TOTP_PERIOD_S * 1000);
}

/** A session cookie value for `user`; with a second factor, as if its code had just been typed. */
export async function sessionFor(db: Kysely<DB>, userId: string): Promise<string> {
  return createSession(db, userId, (await hasSecondFactor(db, userId)) ? now() : null);
}

/** A client already signed in as `user` (a real session row, a real cookie). */
export async function signedInClient(t: TestApp, user: TestUser): Promise<Client> {
  const client = t.client();
  client.setCookie(SESSION_COOKIE, await sessionFor(t.db, user.id));
  return client;
}

/** Inserts an organisation (a signatory unless told otherwise) with `user` as member. */
export async function createOrganisation(
  db: Kysely<DB>,
  opts: {
    name?: string;
    status?: 'applicant' | 'signatory' | 'withdrawn' | 'rejected';
    members?: { user: TestUser; role: MemberRole }[];
    enterpriseNumber?: string;
  } = {},
): Promise<{ id: string; slug: string; name: string }> {
  const id = newId();
  const name = opts.name ?? `Organisation ${id.slice(0, 6)}`;
  const slug = `org-${id.slice(0, 8)}`;
  const at = now();
  await db
    .insertInto('organisations')
    .values({
      id,
      slug,
      enterprise_number: opts.enterpriseNumber ?? String(Math.floor(Math.random() * 1e10)).padStart(10, '0'),
      legal_name: name,
      search_name: name.toLowerCase(),
      sector: 'nonprofit',
      size_band: 'small',
      website: null,
      logo_file: null,
      status: opts.status ?? 'signatory',
      signed_at: ['signatory', 'withdrawn'].includes(opts.status ?? 'signatory') ? at : null,
      charter_version: 1,
      invited_by_org_id: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  for (const m of opts.members ?? []) {
    await db
      .insertInto('memberships')
      .values({ org_id: id, user_id: m.user.id, role: m.role, created_at: at })
      .execute();
  }
  // As the services do: the name search reads the full-text index (ADR 0011).
  await indexOrganisationsInBulk(db, [id]);
  return { id, slug, name };
}

/** An organisation's row as its space reads it, for the calls that take it (Feature.commitments). */
export async function organisationRow(db: Kysely<DB>, id: string) {
  const space = await organisationSpace(db, id);
  if (!space) throw new Error(`no organisation ${id}`);
  return space.org;
}

/**
 * Forgets every rate-limit counter. Tests share one connection address (127.0.0.1), so suites
 * that sign in or sign up often call this before each test.
 */
export async function clearRateLimits(db: Kysely<DB>): Promise<void> {
  await db.deleteFrom('rate_limits').execute();
  await db.deleteFrom('sign_in_throttle').execute();
}

/**
 * Signs `client` in through the real sign-in form; returns the response (303 on success). An
 * account with a second factor goes through the code step too, with a code from `secret`.
 */
export async function signInThroughForm(
  client: Client,
  email: string,
  password: string = TEST_PASSWORD,
  lang = 'en',
  secret: string = TEST_TOTP_SECRET,
) {
  const res = await client.submit(`/${lang}/sign-in`, { email, password });
  if (!res.location?.startsWith(`/${lang}/sign-in/code`)) return res;
  const db = client.app.deps.db;
  const user = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
  return client.submit(res.location, { code: await nextTotpCode(db, user.id, secret) });
}

/** The path and query of a link from a mail, for the test client ("http://host/en/x?y" → "/en/x?y"). */
export function localPath(link: string): string {
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
}
