// The self-assessment framework (issue 9, commitment 7) is data, versioned like the charter:
// dimensions × audiences, levels 0 to 4, each level with a descriptor and examples in four
// languages. A run keeps the version it used; a version in force is never edited, the
// secretariat drafts the next one instead (draft → in force → superseded).
import { z } from 'zod';
import { LANGS, type Lang } from '../../platform/i18n/i18n.ts';

/** Who the organisation is inclusive towards. The same keys as a practice's audiences. */
export const AUDIENCES = ['employees', 'customers', 'community'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** 0 none · 1 ad hoc · 2 written policy · 3 measured · 4 embedded and improved with users. */
export const LEVELS = [0, 1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];
/** Cells under this level get a next step and matching practices. */
export const GOOD_LEVEL = 3;

export const FRAMEWORK_STATUSES = ['draft', 'in_force', 'superseded'] as const;
export type FrameworkStatus = (typeof FRAMEWORK_STATUSES)[number];

const text4 = z.object(
  Object.fromEntries(LANGS.map((l) => [l, z.string().trim().min(1).max(2000)])) as Record<Lang, z.ZodString>,
);
export type Text4 = Record<Lang, string>;

const levelText = z.object({ descriptor: text4, examples: text4 });
export type LevelText = z.infer<typeof levelText>;

const cell = z.object({ levels: z.array(levelText).length(LEVELS.length) });
export type Cell = z.infer<typeof cell>;

/** A dimension's key is stable across versions: peer counts and run history compare by key. */
const dimension = z.object({
  key: z.string().regex(/^[a-z][a-z_]{1,30}$/),
  /** The charter's commitments this dimension speaks to (practices are matched on them). */
  commitments: z.array(z.number().int().min(1).max(9)),
  /** The causes of exclusion it addresses: the practices library's cause keys. */
  causes: z.array(z.enum(['skills', 'access', 'stress', 'trust', 'affordability', 'non_digital'])),
  title: text4,
  /** One or two sentences: what this dimension is about. */
  summary: text4,
  cells: z.object({ employees: cell, customers: cell, community: cell }),
});
export type Dimension = z.infer<typeof dimension>;

export const frameworkContentSchema = z
  .object({ dimensions: z.array(dimension).min(1).max(20) })
  .refine((c) => new Set(c.dimensions.map((d) => d.key)).size === c.dimensions.length, {
    message: 'dimension keys must be unique',
  });
export type FrameworkContent = z.infer<typeof frameworkContentSchema>;

/** A framework version as the services hand it around. */
export interface Framework {
  version: number;
  status: FrameworkStatus;
  content: FrameworkContent;
}

export function dimensionOf(framework: Framework, key: string): Dimension | undefined {
  return framework.content.dimensions.find((d) => d.key === key);
}

/** A cell of the grid: one dimension for one audience. */
export interface CellKey {
  dimension: string;
  audience: Audience;
}
