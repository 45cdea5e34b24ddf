import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { now } from '../../platform/db/sql.ts';
import { frameworkContentSchema, type Framework, type FrameworkContent } from './framework.ts';
import { FRAMEWORK_V1 } from './framework-v1.ts';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * Parsed contents by version and last change: a version's JSON is about 100 KB, and parsing and
 * checking it costs more than the page that shows it. A version in force never changes; a draft
 * changes with its `updated_at`, which is in the key, so every process sees an edit at once.
 */
const parsed = new Map<string, Framework['content']>();

async function toFramework(
  db: Db,
  row: { version: number; status: Framework['status']; updated_at: string },
): Promise<Framework> {
  const key = `${row.version}\u0000${row.updated_at}`;
  let content = parsed.get(key);
  if (!content) {
    const { content: json } = await db
      .selectFrom('assessment_frameworks')
      .select('content')
      .where('version', '=', row.version)
      .executeTakeFirstOrThrow();
    content = frameworkContentSchema.parse(JSON.parse(json));
    // Versions are few; drafts edited many times leave old keys, dropped oldest first.
    if (parsed.size >= 20) parsed.delete(parsed.keys().next().value!);
    parsed.set(key, content);
  }
  return { version: row.version, status: row.status, content };
}

/** The version in force: the one a new run uses. */
export async function frameworkInForce(db: Db): Promise<Framework | null> {
  const row = await db
    .selectFrom('assessment_frameworks')
    .select(['version', 'status', 'updated_at'])
    .where('status', '=', 'in_force')
    .executeTakeFirst();
  return row ? toFramework(db, row) : null;
}

/** Any version by number: a run is always read with the version it used. */
export async function frameworkByVersion(db: Db, version: number): Promise<Framework | null> {
  const row = await db
    .selectFrom('assessment_frameworks')
    .select(['version', 'status', 'updated_at'])
    .where('version', '=', version)
    .executeTakeFirst();
  return row ? toFramework(db, row) : null;
}

/** On every start: version 1 goes in force when there is no framework yet (idempotent). */
export async function prepareFrameworks(db: Kysely<DB>): Promise<void> {
  const at = now();
  await db
    .insertInto('assessment_frameworks')
    .values({
      version: 1,
      status: 'in_force',
      content: JSON.stringify(frameworkContentSchema.parse(FRAMEWORK_V1)),
      created_by: null,
      created_at: at,
      updated_at: at,
      published_at: at,
      superseded_at: null,
    })
    .onConflict((oc) => oc.column('version').doNothing())
    .execute();
}

// ——— the secretariat's writes (issue 9): a draft, its texts, its publication ———

/** The draft being prepared, if any: there is at most one at a time. */
export async function draftFramework(db: Db): Promise<Framework | null> {
  const row = await db
    .selectFrom('assessment_frameworks')
    .select(['version', 'status', 'updated_at'])
    .where('status', '=', 'draft')
    .orderBy('version', 'desc')
    .executeTakeFirst();
  return row ? toFramework(db, row) : null;
}

/** The highest version number ever used (0 when there is none). */
export async function highestFrameworkVersion(db: Db): Promise<number> {
  const row = await db
    .selectFrom('assessment_frameworks')
    .select((eb) => eb.fn.max('version').as('highest'))
    .executeTakeFirst();
  return Number(row?.highest ?? 0);
}

/**
 * Adds a draft as `version`; false when another request took that number first (the primary key
 * refuses it), so that two clicks never make two drafts.
 */
export async function insertDraftFramework(
  db: Db,
  draft: { version: number; content: FrameworkContent; createdBy: string },
): Promise<boolean> {
  const at = now();
  const result = await db
    .insertInto('assessment_frameworks')
    .values({
      version: draft.version,
      status: 'draft',
      content: JSON.stringify(frameworkContentSchema.parse(draft.content)),
      created_by: draft.createdBy,
      created_at: at,
      updated_at: at,
      published_at: null,
      superseded_at: null,
    })
    .onConflict((oc) => oc.column('version').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/**
 * Locks a draft's row for the rest of the transaction (a write that changes nothing, so it works
 * the same on both engines): two secretaries saving different dimensions at once then write one
 * after the other, each on the other's content, and neither change is lost.
 */
export async function lockDraft(trx: Transaction<DB>, version: number): Promise<void> {
  await trx
    .updateTable('assessment_frameworks')
    .set((eb) => ({ updated_at: eb.ref('updated_at') }))
    .where('version', '=', version)
    .where('status', '=', 'draft')
    .execute();
}

/** Replaces a draft's content; false when `version` is not (or no longer) a draft. */
export async function saveDraftContent(db: Db, version: number, content: FrameworkContent): Promise<boolean> {
  const result = await db
    .updateTable('assessment_frameworks')
    .set({ content: JSON.stringify(frameworkContentSchema.parse(content)), updated_at: now() })
    .where('version', '=', version)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * The draft goes in force and the version in force until now is superseded. Call it inside a
 * transaction; false (and nothing changed) when `version` is not a draft any more.
 */
export async function publishDraftFramework(trx: Transaction<DB>, version: number): Promise<boolean> {
  const at = now();
  const published = await trx
    .updateTable('assessment_frameworks')
    .set({ status: 'in_force', published_at: at, updated_at: at })
    .where('version', '=', version)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  if (Number(published.numUpdatedRows) === 0) return false;
  await trx
    .updateTable('assessment_frameworks')
    .set({ status: 'superseded', superseded_at: at, updated_at: at })
    .where('status', '=', 'in_force')
    .where('version', '!=', version)
    .execute();
  return true;
}
