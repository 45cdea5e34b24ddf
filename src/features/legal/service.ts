import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { LANGS, type Lang } from '../../platform/i18n/i18n.ts';
import { audit } from '../../platform/audit/audit.ts';
import { readSettings, writeSettings } from './repository.ts';

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
  /**
   * Known accessibility problems; several lines. In the page's language when written in it,
   * else in another language (`lang` says which): a page must never claim "none known" while
   * problems are listed in another language.
   */
  limitations: { text: string; lang: Lang } | null;
}

export async function legalDetails(db: Kysely<DB>, lang: Lang): Promise<LegalDetails> {
  const limitationsKey = (l: Lang) => `${LEGAL_SETTINGS.limitations}_${l}`;
  const s = await readSettings(db, [
    LEGAL_SETTINGS.email,
    LEGAL_SETTINGS.phone,
    LEGAL_SETTINGS.postalAddress,
    LEGAL_SETTINGS.enforcementBody,
    ...LANGS.map(limitationsKey),
  ]);
  const written = [lang, ...LANGS.filter((l) => l !== lang)].find((l) => s.has(limitationsKey(l)));
  return {
    email: s.get(LEGAL_SETTINGS.email) ?? null,
    phone: s.get(LEGAL_SETTINGS.phone) ?? null,
    postalAddress: s.get(LEGAL_SETTINGS.postalAddress) ?? null,
    enforcementBody: s.get(LEGAL_SETTINGS.enforcementBody) ?? null,
    limitations: written ? { text: s.get(limitationsKey(written))!, lang: written } : null,
  };
}

/** The fields of the secretariat's settings form, each with the settings key it fills. */
export const SETTINGS_FIELDS = {
  email: LEGAL_SETTINGS.email,
  phone: LEGAL_SETTINGS.phone,
  postal_address: LEGAL_SETTINGS.postalAddress,
  enforcement_body: LEGAL_SETTINGS.enforcementBody,
  limitations_nl: `${LEGAL_SETTINGS.limitations}_nl`,
  limitations_fr: `${LEGAL_SETTINGS.limitations}_fr`,
  limitations_de: `${LEGAL_SETTINGS.limitations}_de`,
  limitations_en: `${LEGAL_SETTINGS.limitations}_en`,
} as const;

export type SettingsField = keyof typeof SETTINGS_FIELDS;

/** A value per field; a missing one means "not set". */
export type SettingsValues = Partial<Record<SettingsField, string>>;

const FIELDS = Object.keys(SETTINGS_FIELDS) as SettingsField[];

/** The current values, per form field, to fill the settings form with. */
export async function currentSettings(db: Kysely<DB>): Promise<SettingsValues> {
  const stored = await readSettings(db, Object.values(SETTINGS_FIELDS));
  return Object.fromEntries(
    FIELDS.flatMap((f) => (stored.has(SETTINGS_FIELDS[f]) ? [[f, stored.get(SETTINGS_FIELDS[f])]] : [])),
  );
}

/**
 * Saves the secretariat's details in one go: a field left empty removes its setting, so the
 * pages show the placeholder again. Only the keys that changed are written and audited (their
 * names, never their values). Gives those keys back.
 */
export async function saveSettings(db: Kysely<DB>, actor: string, values: SettingsValues): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    const stored = await readSettings(trx, Object.values(SETTINGS_FIELDS));
    const changes: Record<string, string | null> = {};
    for (const field of FIELDS) {
      const key = SETTINGS_FIELDS[field];
      const wanted = values[field] ?? null;
      if ((stored.get(key) ?? null) !== wanted) changes[key] = wanted;
    }
    const changed = Object.keys(changes);
    if (changed.length === 0) return changed;
    await writeSettings(trx, changes);
    await audit(trx, {
      actor,
      action: 'legal.settings_changed',
      subjectType: 'settings',
      subjectId: 'legal',
      details: { keys: changed },
    });
    return changed;
  });
}
