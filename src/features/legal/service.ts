import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import { readSettings } from './repository.ts';

/**
 * The secretariat's own details on the legal pages come from the `settings` table, so it can
 * fill them in without a new release. Until a key is set, the page shows a visible placeholder.
 */
export const LEGAL_SETTINGS = {
  email: 'legal_secretariat_email',
  phone: 'legal_secretariat_phone',
  postalAddress: 'legal_secretariat_postal_address',
  enforcementBody: 'legal_accessibility_enforcement_body',
  /** Followed by "_nl", "_fr", "_de" or "_en": known accessibility problems, in that language. */
  limitations: 'legal_accessibility_limitations',
} as const;

export interface LegalDetails {
  email: string | null;
  phone: string | null;
  /** Several lines. */
  postalAddress: string | null;
  /** Name and contact details of the body that enforces accessibility; several lines. */
  enforcementBody: string | null;
  /** Known accessibility problems, in the page's language; several lines. */
  limitations: string | null;
}

export async function legalDetails(db: Kysely<DB>, lang: Lang): Promise<LegalDetails> {
  const limitationsKey = `${LEGAL_SETTINGS.limitations}_${lang}`;
  const s = await readSettings(db, [
    LEGAL_SETTINGS.email,
    LEGAL_SETTINGS.phone,
    LEGAL_SETTINGS.postalAddress,
    LEGAL_SETTINGS.enforcementBody,
    limitationsKey,
  ]);
  return {
    email: s.get(LEGAL_SETTINGS.email) ?? null,
    phone: s.get(LEGAL_SETTINGS.phone) ?? null,
    postalAddress: s.get(LEGAL_SETTINGS.postalAddress) ?? null,
    enforcementBody: s.get(LEGAL_SETTINGS.enforcementBody) ?? null,
    limitations: s.get(limitationsKey) ?? null,
  };
}
