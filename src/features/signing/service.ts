import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { audit } from '../../platform/audit/audit.ts';
import { versionById } from '../charter/service.ts';
import * as repo from './repository.ts';
import { APPLY_FIELDS } from './pages/apply/schema.ts';

// The signing journey's API. Other features use only what this module exports:
// latestSignature (certificates, public profiles); the pages use the rest.

export * from './service-apply.ts';
export * from './service-applicant.ts';
export * from './service-executive.ts';
export * from './service-review.ts';
export { erasePersonalDataPastRetention } from './retention.ts';
export * from './service-paper.ts';
export * from './service-renewal.ts';
export type { Outcome, SigningDeps, Notice } from './outcome.ts';

// ---- drafts: the form's values as typed, without any check

export type DraftValues = Record<string, string | string[]>;
// The form's typed fields (the file itself cannot be kept; the pending logo's name can).
const DRAFT_FIELDS = new Set<string>([...APPLY_FIELDS.filter((f) => f !== 'logo'), 'logoPending', 'logoLabel']);

/** Keeps only the form's own fields, each at a sane length, so a draft cannot grow without end. */
export function draftValues(values: Record<string, string | string[] | undefined>): DraftValues {
  const kept: DraftValues = {};
  for (const [key, value] of Object.entries(values)) {
    if (!DRAFT_FIELDS.has(key) || value === undefined) continue;
    kept[key] = Array.isArray(value) ? value.slice(0, 10).map((v) => v.slice(0, 100)) : value.slice(0, 5000);
  }
  return kept;
}

export async function saveDraft(
  db: Kysely<DB>,
  userId: string,
  values: Record<string, string | string[] | undefined>,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await repo.upsertDraft(trx, userId, JSON.stringify(draftValues(values)));
    await audit(trx, { actor: userId, action: 'signing.draft_saved', subjectType: 'user', subjectId: userId });
  });
}

/** Forgets a person's unfinished application, when their account is closed. */
export async function forgetDraft(db: Kysely<DB> | Transaction<DB>, userId: string): Promise<void> {
  await repo.deleteDraft(db, userId);
}

export async function loadDraft(
  db: Kysely<DB>,
  userId: string,
): Promise<{ values: DraftValues; savedAt: string } | null> {
  const row = await repo.findDraft(db, userId);
  if (!row) return null;
  try {
    const parsed = JSON.parse(row.data) as unknown;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
    const values = Object.fromEntries(
      Object.entries(parsed as Record<string, unknown>).filter(
        (e): e is [string, string | string[]] =>
          typeof e[1] === 'string' || (Array.isArray(e[1]) && e[1].every((v) => typeof v === 'string')),
      ),
    );
    return { values: draftValues(values), savedAt: row.updated_at };
  } catch {
    return null;
  }
}

// ---- for the certificate and the public profile

export interface LatestSignature {
  signerName: string;
  signerTitle: string;
  signedAt: string;
  charterVersion: number;
  textHash: string;
  lang: string;
}

/** The newest signature the secretariat approved for an organisation, or null. */
export async function latestSignature(db: Kysely<DB>, orgId: string): Promise<LatestSignature | null> {
  const sig = await repo.latestApprovedSignature(db, orgId);
  if (!sig) return null;
  const version = await versionById(db, sig.charter_version_id);
  return {
    signerName: sig.signer_name,
    signerTitle: sig.signer_title,
    signedAt: sig.signed_at,
    charterVersion: version?.version ?? 0,
    textHash: sig.text_hash,
    lang: sig.lang,
  };
}
