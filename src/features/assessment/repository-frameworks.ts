import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { now } from '../../platform/db/sql.ts';
import { frameworkContentSchema, type Framework } from './framework.ts';
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
