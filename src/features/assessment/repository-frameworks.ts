import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { now } from '../../platform/db/sql.ts';
import { frameworkContentSchema, type Framework } from './framework.ts';
import { FRAMEWORK_V1 } from './framework-v1.ts';

type Db = Kysely<DB> | Transaction<DB>;

function toFramework(row: { version: number; status: Framework['status']; content: string }): Framework {
  return { version: row.version, status: row.status, content: frameworkContentSchema.parse(JSON.parse(row.content)) };
}

/** The version in force: the one a new run uses. */
export async function frameworkInForce(db: Db): Promise<Framework | null> {
  const row = await db
    .selectFrom('assessment_frameworks')
    .select(['version', 'status', 'content'])
    .where('status', '=', 'in_force')
    .executeTakeFirst();
  return row ? toFramework(row) : null;
}

/** Any version by number: a run is always read with the version it used. */
export async function frameworkByVersion(db: Db, version: number): Promise<Framework | null> {
  const row = await db
    .selectFrom('assessment_frameworks')
    .select(['version', 'status', 'content'])
    .where('version', '=', version)
    .executeTakeFirst();
  return row ? toFramework(row) : null;
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
