import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { now } from '../../platform/db/sql.ts';
import { audit, auditTrailOf, type AuditTrailLine } from '../../platform/audit/audit.ts';
import { consume } from '../../platform/http/rate-limit.ts';
import type { Principal } from '../../platform/auth/principal.ts';
import type { Feature } from '../../platform/feature.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import { myOrganisations } from '../organisations/service.ts';
import { applicationsSentBy, loadDraft, type ApplicationSent } from '../signing/service.ts';
import * as repo from './repository.ts';
import { HOUR } from './outcome.ts';

/** A person may download their data this often an hour: enough to retry, not to hammer the database. */
export const EXPORTS_PER_HOUR = 5;

export interface MyData {
  exportedAt: string;
  account: {
    id: string;
    name: string;
    email: string;
    language: string;
    emailConfirmedAt: string | null;
    secretariat: boolean;
    createdAt: string;
    updatedAt: string;
    signedInOn: number;
  };
  memberships: { organisationId: string; organisation: string; role: string }[];
  applications: ApplicationSent[];
  applicationDraft: { savedAt: string; values: Record<string, string | string[]> } | null;
  /** Other features' parts, each under the feature's name (their manifests' `personalData`). */
  [feature: string]: unknown;
  auditLog: AuditTrailLine[];
}

export type ExportOutcome = { ok: true; value: MyData } | { ok: false; retryAfter: number };

/**
 * "Download my data", as the privacy notice promises: the account, the organisations the person
 * belongs to, the applications they sent and their unsent draft, what every feature that
 * declares `personalData` in its manifest holds about them (what they follow, their mail
 * choices), and the audit lines about them. No password hash, no session or link tokens. Each
 * download leaves an audit line.
 */
export async function exportMyData(
  db: Kysely<DB>,
  principal: Principal,
  lang: Lang,
  features: readonly Feature[],
): Promise<ExportOutcome> {
  const limit = await consume(db, `export:${principal.userId}`, EXPORTS_PER_HOUR, HOUR);
  if (!limit.allowed) return { ok: false, retryAfter: limit.retryAfter };
  const user = await repo.findUserById(db, principal.userId);
  if (!user) return { ok: false, retryAfter: 0 };
  const [organisations, applications, draft, sessions] = await Promise.all([
    myOrganisations(db, user.id),
    applicationsSentBy(db, user.id),
    loadDraft(db, user.id),
    repo.countSessions(db, user.id),
  ]);
  const parts: Record<string, unknown> = {};
  for (const feature of features)
    if (feature.personalData)
      parts[feature.name] = await feature.personalData({ db, person: principal, lang, features });
  const exportedAt = now();
  await audit(db, {
    actor: user.id,
    action: 'accounts.data_exported',
    subjectType: 'user',
    subjectId: user.id,
    details: { applications: applications.length, memberships: organisations.length, parts: Object.keys(parts) },
  });
  return {
    ok: true,
    value: {
      exportedAt,
      account: {
        id: user.id,
        name: user.name,
        email: user.email,
        language: user.locale,
        emailConfirmedAt: user.email_verified_at,
        secretariat: user.is_secretariat === 1,
        createdAt: user.created_at,
        updatedAt: user.updated_at,
        signedInOn: sessions,
      },
      memberships: organisations.map((o) => ({ organisationId: o.id, organisation: o.legal_name, role: o.role })),
      applications,
      applicationDraft: draft ? { savedAt: draft.savedAt, values: draft.values } : null,
      ...parts,
      // After the audit line above, so the download itself is in the copy.
      auditLog: await auditTrailOf(db, user.id),
    },
  };
}
