import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { now } from '../../platform/db/sql.ts';
import { LANGS } from '../../platform/i18n/i18n.ts';
import { AUDIENCES, LEVELS, frameworkContentSchema, type FrameworkContent } from './framework.ts';
import { frameworkByVersion } from './repository-frameworks.ts';

// For the results' tests: a framework version 1 to read runs with. The real version 1 is loaded
// on start once its content is written; until then (and whatever its words) the tests use this
// small one with the same dimension keys, and read descriptors from whichever is in force.

const text = (s: string) =>
  Object.fromEntries(LANGS.map((l) => [l, `${s} (${l})`])) as Record<(typeof LANGS)[number], string>;

function testContent(): FrameworkContent {
  const dims = [
    { key: 'leadership', causes: ['trust'] as const, commitments: [7] },
    { key: 'access', causes: ['access', 'non_digital'] as const, commitments: [2] },
    { key: 'skills', causes: ['skills'] as const, commitments: [4] },
  ];
  return frameworkContentSchema.parse({
    dimensions: dims.map((d) => ({
      key: d.key,
      commitments: d.commitments,
      causes: d.causes,
      title: text(`Dimension ${d.key}`),
      summary: text(`About ${d.key}`),
      cells: Object.fromEntries(
        AUDIENCES.map((a) => [
          a,
          {
            levels: LEVELS.map((n) => ({
              descriptor: text(`Descriptor ${d.key} ${a} ${n}`),
              examples: text(`Example ${n}`),
            })),
          },
        ]),
      ),
    })),
  });
}

/** Version 1 as the tests read it: the one loaded on start, or the small test one. */
export async function ensureFramework(db: Kysely<DB>) {
  const existing = await frameworkByVersion(db, 1);
  if (existing) return existing;
  const at = now();
  await db
    .insertInto('assessment_frameworks')
    .values({
      version: 1,
      status: 'in_force',
      content: JSON.stringify(testContent()),
      created_by: null,
      created_at: at,
      updated_at: at,
      published_at: at,
      superseded_at: null,
    })
    .execute();
  return (await frameworkByVersion(db, 1))!;
}
