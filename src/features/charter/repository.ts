import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { CharterStatus } from './charter.table.ts';
import type { VersionCommitment, VersionText } from './content.ts';

type Db = Kysely<DB> | Transaction<DB>;

const VERSION_COLUMNS = ['id', 'version', 'status', 'published_at', 'created_at'] as const;

export function findVersionById(db: Db, id: string) {
  return db.selectFrom('charter_versions').select(VERSION_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export function findVersionByNumber(db: Db, version: number) {
  return db.selectFrom('charter_versions').select(VERSION_COLUMNS).where('version', '=', version).executeTakeFirst();
}

export function findVersionInForce(db: Db) {
  return db
    .selectFrom('charter_versions')
    .select(VERSION_COLUMNS)
    .where('status', '=', 'in_force')
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function allVersions(db: Db) {
  return db.selectFrom('charter_versions').select(VERSION_COLUMNS).orderBy('version', 'desc').execute();
}

export async function highestVersionNumber(db: Db): Promise<number> {
  const row = await db
    .selectFrom('charter_versions')
    .select((eb) => eb.fn.max('version').as('highest'))
    .executeTakeFirst();
  return Number(row?.highest ?? 0);
}

export function textsOf(db: Db, versionId: string) {
  return db
    .selectFrom('charter_texts')
    .select(['lang', 'title', 'body', 'is_translation'])
    .where('version_id', '=', versionId)
    .execute();
}

export function commitmentsOf(db: Db, versionId: string, lang: string) {
  return db
    .selectFrom('charter_commitments')
    .select(['number', 'short_title', 'full_text'])
    .where('version_id', '=', versionId)
    .where('lang', '=', lang)
    .orderBy('number')
    .execute();
}

/** Inserts a version unless one with that number exists; true when this call inserted it. */
export async function insertVersion(
  db: Db,
  row: { id: string; version: number; status: CharterStatus; published_at: string | null; created_at: string },
): Promise<boolean> {
  const result = await db
    .insertInto('charter_versions')
    .values(row)
    .onConflict((oc) => oc.column('version').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Adds the texts a version lacks; texts already there are never changed (they may be signed). */
export async function insertMissingTexts(db: Db, versionId: string, texts: VersionText[]): Promise<void> {
  if (texts.length === 0) return;
  await db
    .insertInto('charter_texts')
    .values(
      texts.map((t) => ({
        version_id: versionId,
        lang: t.lang,
        title: t.title,
        body: t.body,
        is_translation: t.isTranslation ? 1 : 0,
      })),
    )
    .onConflict((oc) => oc.columns(['version_id', 'lang']).doNothing())
    .execute();
}

export async function insertMissingCommitments(
  db: Db,
  versionId: string,
  commitments: VersionCommitment[],
): Promise<void> {
  if (commitments.length === 0) return;
  await db
    .insertInto('charter_commitments')
    .values(
      commitments.map((c) => ({
        version_id: versionId,
        number: c.number,
        lang: c.lang,
        short_title: c.shortTitle,
        full_text: c.fullText,
      })),
    )
    .onConflict((oc) => oc.columns(['version_id', 'lang', 'number']).doNothing())
    .execute();
}

/** Marks every version in force other than `exceptId` as superseded; returns their numbers. */
export async function supersedeInForce(db: Db, exceptId: string): Promise<number[]> {
  const rows = await db
    .updateTable('charter_versions')
    .set({ status: 'superseded' })
    .where('status', '=', 'in_force')
    .where('id', '!=', exceptId)
    .returning('version')
    .execute();
  return rows.map((r) => Number(r.version));
}

/** Puts a draft in force; false when it was not (or no longer) a draft. */
export async function putDraftInForce(db: Db, id: string, publishedAt: string): Promise<boolean> {
  const result = await db
    .updateTable('charter_versions')
    .set({ status: 'in_force', published_at: publishedAt })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
