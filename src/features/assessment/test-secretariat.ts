import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { now } from '../../platform/db/sql.ts';
import { LANGS, type Lang } from '../../platform/i18n/i18n.ts';
import { AUDIENCES, LEVELS, type Dimension, type Framework, type FrameworkContent } from './framework.ts';
import { frameworkInForce } from './repository-frameworks.ts';

// For the secretariat's tests: a version in force to draft from. Once the framework's content is
// loaded on start, that is version 1; until then (and whatever it becomes) these tests need only
// a dimension called `leadership`, so a small stand-in is put in force when none is.

const text = (what: string) => Object.fromEntries(LANGS.map((l) => [l, `${what} (${l})`])) as Record<Lang, string>;

function dimension(key: string): Dimension {
  const cell = {
    levels: LEVELS.map((n) => ({ descriptor: text(`${key} level ${n}`), examples: text(`${key} e.g. ${n}`) })),
  };
  return {
    key,
    commitments: [3],
    causes: ['skills'],
    title: text(`${key} title`),
    summary: text(`${key} summary`),
    cells: Object.fromEntries(AUDIENCES.map((a) => [a, cell])) as Dimension['cells'],
  };
}

export const STAND_IN: FrameworkContent = { dimensions: [dimension('leadership'), dimension('access')] };

/** The version in force, put there first when the database has none. */
export async function frameworkForTests(db: Kysely<DB>): Promise<Framework> {
  const inForce = await frameworkInForce(db);
  if (inForce) return inForce;
  const at = now();
  await db
    .insertInto('assessment_frameworks')
    .values({
      version: 1,
      status: 'in_force',
      content: JSON.stringify(STAND_IN),
      created_by: null,
      created_at: at,
      updated_at: at,
      published_at: at,
      superseded_at: null,
    })
    .execute();
  return (await frameworkInForce(db))!;
}
