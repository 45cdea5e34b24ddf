import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { DB } from '../../platform/db/schema.ts';
import { addMs, now } from '../../platform/db/sql.ts';
import { audit } from '../../platform/audit/audit.ts';
import { hashToken, newToken } from '../../platform/auth/tokens.ts';
import { queueMail } from '../../platform/mail/mailer.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import { invalid, ok, type Outcome } from '../../platform/outcome.ts';
import { organisationSpace } from '../organisations/service.ts';
import { reportToChange, reportToRead } from './report-access.ts';
import * as repo from './repository-statement.ts';
import { statementLinkMail } from './mails-statement.ts';
import { statementText } from './statement-text.ts';

// The statement of continued support: an administrator names the organisation's executive, who
// gets a personal one-time link (as at signing: only the token's hash is stored, with an expiry)
// and signs by typing their name. The signature keeps the name, the time and the SHA-256 of the
// exact text shown.

/** The executive's link works this long. */
export const STATEMENT_LINK_MS = 14 * 86_400_000;

interface Deps {
  db: Kysely<DB>;
  config: Config;
}

export async function statementView(db: Kysely<DB>, orgId: string, year: number) {
  const report = await reportToRead(db, orgId, year);
  if (!report) return null;
  return { report, statement: (await repo.statementOf(db, report.id)) ?? null };
}
export type StatementView = NonNullable<Awaited<ReturnType<typeof statementView>>>;

export interface ExecutiveInput {
  name: string;
  email: string;
  role?: string;
}

/** Sends (or sends again, replacing the earlier link) the executive's personal link. */
export async function requestStatement(
  deps: Deps,
  actor: { userId: string; name: string },
  orgId: string,
  year: number,
  lang: Lang,
  input: ExecutiveInput,
): Promise<Outcome<null, 'notFound' | 'forbidden' | 'invalid'>> {
  const { db, config } = deps;
  const space = await organisationSpace(db, orgId);
  if (!space) return { ok: false, errors: {}, error: 'notFound' };
  return db.transaction().execute(async (trx) => {
    const found = await reportToChange(trx, actor.userId, orgId, year, 'draft');
    if (!found.ok) return found;
    const before = await repo.statementOf(trx, found.report.id);
    if (before?.signed_at) return { ...invalid({ _form: 'reports.statement.error.signed' }), error: 'invalid' as const };
    const at = now();
    const expiresAt = addMs(at, STATEMENT_LINK_MS);
    const { token, hash } = newToken();
    await repo.putRequest(trx, {
      report_id: found.report.id,
      executive_name: input.name,
      executive_email: input.email,
      executive_role: input.role ?? '',
      lang,
      token_hash: hash,
      expires_at: expiresAt,
      requested_by: actor.userId,
      requested_at: at,
    });
    const entry = {
      actor: actor.userId,
      subjectType: 'report',
      subjectId: found.report.id,
      details: { executiveName: input.name, executiveEmail: input.email, executiveRole: input.role ?? '' },
    };
    // A new link replaces the earlier one: the audit says which it was.
    if (before) await audit(trx, { ...entry, action: 'reports.statement_resent' });
    else await audit(trx, { ...entry, action: 'reports.statement_requested' });
    const orgName = space.org.legal_name;
    await queueMail(
      trx,
      statementLinkMail(config, {
        to: input.email,
        name: input.name,
        lang,
        orgName,
        year,
        requester: actor.name,
        token,
        expiresAt,
        text: statementText(lang, orgName, year).text,
        again: before !== undefined,
      }),
    );
    return ok(null);
  });
}

export type StatementLink =
  | { kind: 'valid'; orgName: string; year: number; executiveName: string; executiveRole: string; expiresAt: string; text: string; sha256: string }
  | { kind: 'unknown' }
  | { kind: 'expired' }
  | { kind: 'signed'; orgName: string; year: number };

async function linkOf(db: Kysely<DB>, token: string) {
  // Whatever arrives in the address is hashed first: no raw input reaches a query.
  const row = await repo.statementByTokenHash(db, hashToken(token));
  if (!row) return null;
  const space = await organisationSpace(db, row.org_id);
  return space ? { row, orgName: space.org.legal_name } : null;
}

/** What the executive sees behind the link, in the page's language. */
export async function openStatement(db: Kysely<DB>, token: string, lang: Lang): Promise<StatementLink> {
  const found = await linkOf(db, token);
  if (!found) return { kind: 'unknown' };
  const { row, orgName } = found;
  if (row.signed_at) return { kind: 'signed', orgName, year: row.year };
  if (!row.expires_at || row.expires_at <= now() || row.report_status !== 'draft') return { kind: 'expired' };
  const text = statementText(lang, orgName, row.year);
  return {
    kind: 'valid',
    orgName,
    year: row.year,
    executiveName: row.executive_name,
    executiveRole: row.executive_role,
    expiresAt: row.expires_at,
    text: text.text,
    sha256: text.sha256,
  };
}

/**
 * The executive signs: once, with the name they type, the text of the page's language and its
 * hash. `shownHash` is the hash the page carried: if the text changed in between, nothing is signed.
 */
export async function signStatement(
  db: Kysely<DB>,
  token: string,
  lang: Lang,
  input: { signedName: string; shownHash: string },
): Promise<Outcome<{ orgName: string }, 'link' | 'textChanged'>> {
  const link = await openStatement(db, token, lang);
  if (link.kind !== 'valid') return { ok: false, errors: {}, error: 'link' };
  const text = statementText(lang, link.orgName, link.year);
  if (text.sha256 !== input.shownHash) return { ...invalid({ _form: 'reports.statement.error.textChanged' }), error: 'textChanged' };
  const hash = hashToken(token);
  return db.transaction().execute(async (trx) => {
    const signedAt = now();
    const signed = await repo.markSigned(trx, hash, { signed_name: input.signedName, signed_at: signedAt, text_hash: text.sha256, lang });
    if (!signed) return { ok: false as const, errors: {}, error: 'link' as const };
    const row = await repo.statementByTokenHash(trx, hash);
    await audit(trx, {
      actor: null,
      action: 'reports.statement_signed',
      subjectType: 'report',
      subjectId: row!.report_id,
      details: { signedName: input.signedName, executiveEmail: row!.executive_email, lang, textHash: text.sha256 },
    });
    return ok({ orgName: link.orgName });
  });
}
