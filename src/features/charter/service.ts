import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { newId, now } from '../../platform/db/sql.ts';
import { audit } from '../../platform/audit/audit.ts';
import { stripComments } from '../../platform/markdown/parse.ts';
import { isLang, type Lang } from '../../platform/i18n/i18n.ts';
import type { CharterStatus } from './charter.table.ts';
import type { VersionContent } from './content.ts';
import { VERSION_1, version1Content } from './content/v1/index.ts';
import * as repo from './repository.ts';
import { fail, type Outcome as PlatformOutcome } from '../../platform/outcome.ts';

// The charter's API for the rest of the application. Other features read the charter only
// through these functions (and the CharterText component re-exported at the end).

export interface CharterVersion {
  id: string;
  version: number;
  status: CharterStatus;
  publishedAt: string | null;
  createdAt: string;
}

export interface Commitment {
  number: number;
  shortTitle: string;
  fullText: string;
}

export interface Charter {
  versionId: string;
  version: number;
  status: CharterStatus;
  publishedAt: string | null;
  /** The language of the text returned; another than asked for when that one is missing. */
  lang: Lang;
  title: string;
  /** Markdown as shown to readers and signers: the stored text without editorial comments. */
  body: string;
  /** German and English are our translations; Dutch and French are authoritative. */
  isTranslation: boolean;
  commitments: Commitment[];
}

export interface TextToSign {
  lang: Lang;
  text: string;
  /** Hex SHA-256 of `text` in UTF-8. */
  sha256: string;
}

/** When a version has no text in a language, the next one on its list is shown. */
const FALLBACK: Record<Lang, Lang[]> = {
  nl: ['nl', 'fr', 'en', 'de'],
  fr: ['fr', 'nl', 'en', 'de'],
  de: ['de', 'fr', 'nl', 'en'],
  en: ['en', 'nl', 'fr', 'de'],
};

function toVersion(row: {
  id: string;
  version: number;
  status: CharterStatus;
  published_at: string | null;
  created_at: string;
}): CharterVersion {
  return {
    id: row.id,
    version: Number(row.version),
    status: row.status,
    publishedAt: row.published_at,
    createdAt: row.created_at,
  };
}

/**
 * The text exactly as a reader or signer sees it: editorial HTML comments removed, line ends
 * normalised, trailing spaces and surrounding blank lines dropped, one final newline.
 */
export function signableText(body: string): string {
  const lines = stripComments(body)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd());
  return `${lines.join('\n').trim()}\n`;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The version in force now (the highest, should two ever be). */
export async function currentVersion(db: Kysely<DB>): Promise<CharterVersion | null> {
  const row = await repo.findVersionInForce(db);
  return row ? toVersion(row) : null;
}

export async function versionById(db: Kysely<DB>, id: string): Promise<CharterVersion | null> {
  const row = await repo.findVersionById(db, id);
  return row ? toVersion(row) : null;
}

export async function versionByNumber(db: Kysely<DB>, version: number): Promise<CharterVersion | null> {
  const row = await repo.findVersionByNumber(db, version);
  return row ? toVersion(row) : null;
}

/** Every version, newest first, drafts included (pages show only published ones). */
export async function listVersions(db: Kysely<DB>): Promise<CharterVersion[]> {
  return (await repo.allVersions(db)).map(toVersion);
}

export async function commitments(db: Kysely<DB>, versionId: string, lang: Lang): Promise<Commitment[]> {
  const rows = await repo.commitmentsOf(db, versionId, lang);
  return rows.map((r) => ({ number: Number(r.number), shortTitle: r.short_title, fullText: r.full_text }));
}

/** A version's text in `lang` (or the nearest language it has), with its commitments. */
export async function charterFor(db: Kysely<DB>, versionId: string, lang: Lang): Promise<Charter | null> {
  const version = await versionById(db, versionId);
  if (!version) return null;
  const texts = await repo.textsOf(db, versionId);
  const text = FALLBACK[lang].map((l) => texts.find((t) => t.lang === l)).find((t) => t !== undefined);
  if (!text || !isLang(text.lang)) return null;
  return {
    versionId: version.id,
    version: version.version,
    status: version.status,
    publishedAt: version.publishedAt,
    lang: text.lang,
    title: text.title,
    body: signableText(text.body),
    isTranslation: Number(text.is_translation) === 1,
    commitments: await commitments(db, versionId, text.lang),
  };
}

/** The exact text a signer is shown (what CharterText renders), and its SHA-256 to store. */
export async function textToSign(db: Kysely<DB>, versionId: string, lang: Lang): Promise<TextToSign | null> {
  const charter = await charterFor(db, versionId, lang);
  if (!charter) return null;
  return { lang: charter.lang, text: charter.body, sha256: sha256(charter.body) };
}

// ---------------------------------------------------------------------------------------------
// Loading and publishing versions

/**
 * Puts version 1 in place (feature `prepare`). Safe to run on every start and from several
 * processes at once: an existing version keeps its status, and texts already stored are never
 * rewritten, because organisations have signed them.
 */
export async function prepareCharter(db: Kysely<DB>): Promise<void> {
  const content = version1Content();
  await db.transaction().execute(async (trx) => {
    const inserted = await repo.insertVersion(trx, {
      id: newId(),
      version: VERSION_1.version,
      status: 'in_force',
      published_at: VERSION_1.publishedAt,
      created_at: now(),
    });
    const version = await repo.findVersionByNumber(trx, VERSION_1.version);
    if (!version) throw new Error('charter version 1 could not be stored');
    await repo.insertMissingTexts(trx, version.id, content.texts);
    await repo.insertMissingCommitments(trx, version.id, content.commitments);
    if (inserted) {
      await audit(trx, {
        actor: null,
        action: 'charter_version.loaded',
        subjectType: 'charter_version',
        subjectId: version.id,
        details: { version: VERSION_1.version },
      });
    }
  });
}

export type CharterError = 'not-found' | 'not-draft' | 'incomplete' | 'older-than-current';
/** The platform's one Outcome, with the charter's reasons. */
export type Outcome<T> = PlatformOutcome<T, CharterError>;

function complete(content: VersionContent): boolean {
  const langs = new Set(content.texts.map((t) => t.lang));
  const everyTextHasCommitments = [...langs].every((l) => content.commitments.some((c) => c.lang === l));
  return langs.has('nl') && langs.has('fr') && everyTextHasCommitments;
}

/** Stores a new version as a draft, numbered after the highest so far. Needs Dutch and French texts. */
export async function createDraftVersion(
  db: Kysely<DB>,
  content: VersionContent,
  actor: string | null,
): Promise<Outcome<CharterVersion>> {
  if (!complete(content)) return fail('incomplete');
  return db.transaction().execute(async (trx) => {
    const row = {
      id: newId(),
      version: (await repo.highestVersionNumber(trx)) + 1,
      status: 'draft' as const,
      published_at: null,
      created_at: now(),
    };
    await repo.insertVersion(trx, row);
    await repo.insertMissingTexts(trx, row.id, content.texts);
    await repo.insertMissingCommitments(trx, row.id, content.commitments);
    await audit(trx, {
      actor,
      action: 'charter_version.drafted',
      subjectType: 'charter_version',
      subjectId: row.id,
      details: { version: row.version },
    });
    return { ok: true as const, value: toVersion(row) };
  });
}

/**
 * Puts a draft in force and marks the version in force until now as superseded, in one
 * transaction. Earlier versions stay readable: organisations signed them.
 */
export async function publishVersion(
  db: Kysely<DB>,
  versionId: string,
  opts: { actor: string | null; at?: string },
): Promise<Outcome<CharterVersion>> {
  return db.transaction().execute(async (trx): Promise<Outcome<CharterVersion>> => {
    const draft = await repo.findVersionById(trx, versionId);
    if (!draft) return fail('not-found');
    if (draft.status !== 'draft') return fail('not-draft');
    const current = await repo.findVersionInForce(trx);
    if (current && Number(current.version) > Number(draft.version)) return fail('older-than-current');
    const publishedAt = opts.at ?? now();
    if (!(await repo.putDraftInForce(trx, versionId, publishedAt))) return fail('not-draft');
    const superseded = await repo.supersedeInForce(trx, versionId);
    await audit(trx, {
      actor: opts.actor,
      action: 'charter_version.published',
      subjectType: 'charter_version',
      subjectId: versionId,
      details: { version: Number(draft.version), superseded },
    });
    return { ok: true, value: toVersion({ ...draft, status: 'in_force', published_at: publishedAt }) };
  });
}

