import type { Kysely } from 'kysely';
import { audit } from '../../platform/audit/audit.ts';
import type { DB } from '../../platform/db/schema.ts';
import { fail, invalid, ok, type Outcome } from '../../platform/outcome.ts';
import { dimensionOf, frameworkContentSchema, type Dimension, type Framework } from './framework.ts';
import {
  lockDraft,
  draftFramework,
  frameworkByVersion,
  frameworkInForce,
  highestFrameworkVersion,
  insertDraftFramework,
  publishDraftFramework,
  saveDraftContent,
} from './repository-frameworks.ts';
import { frameworkVersionLine, type FrameworkVersionLine } from './repository-secretariat.ts';

// Framework versions as the secretariat changes them: a draft copied from the version in force,
// its texts edited one dimension at a time, then published. A version in force or superseded is
// never changed: runs keep the version they started with, and its texts must stay what they read.

/** The texts of a dimension the secretariat edits; its key, commitments and causes stay. */
export type DimensionTexts = Pick<Dimension, 'title' | 'summary' | 'cells'>;

export type DraftRefusal = 'notFound' | 'notDraft';

/**
 * Starts the next version as a copy of the one in force. There is one draft at a time: when one
 * exists already, it is the answer (`created: false`) and nothing changes.
 */
export async function startDraft(
  db: Kysely<DB>,
  actor: string,
): Promise<Outcome<{ version: number; created: boolean }, 'noFramework'>> {
  return db.transaction().execute(async (trx) => {
    const existing = await draftFramework(trx);
    if (existing) return ok({ version: existing.version, created: false });
    const inForce = await frameworkInForce(trx);
    if (!inForce) return fail('noFramework' as const);
    const version = (await highestFrameworkVersion(trx)) + 1;
    if (!(await insertDraftFramework(trx, { version, content: inForce.content, createdBy: actor }))) {
      // Another request made this draft a moment ago (same number): that one is the draft.
      const raced = await draftFramework(trx);
      return raced ? ok({ version: raced.version, created: false }) : fail('noFramework' as const);
    }
    await audit(trx, {
      actor,
      action: 'assessment.framework_drafted',
      subjectType: 'assessment_framework',
      subjectId: String(version),
      details: { version, from: inForce.version },
    });
    return ok({ version, created: true });
  });
}

/** A version with its dates, for its page; null when there is no such version. */
export async function frameworkForReading(
  db: Kysely<DB>,
  version: number,
): Promise<{ framework: Framework; line: FrameworkVersionLine } | null> {
  const [framework, line] = await Promise.all([frameworkByVersion(db, version), frameworkVersionLine(db, version)]);
  return framework && line ? { framework, line } : null;
}

/** Replaces one dimension's texts in a draft, in every language at once. */
export async function saveDimensionTexts(
  db: Kysely<DB>,
  actor: string,
  version: number,
  key: string,
  texts: DimensionTexts,
): Promise<Outcome<void, DraftRefusal>> {
  return db.transaction().execute(async (trx) => {
    await lockDraft(trx, version);
    const framework = await frameworkByVersion(trx, version);
    if (!framework || !dimensionOf(framework, key)) return fail('notFound' as const);
    if (framework.status !== 'draft') return fail('notDraft' as const);
    const dimensions = framework.content.dimensions.map((d) =>
      d.key === key ? { ...d, title: texts.title, summary: texts.summary, cells: texts.cells } : d,
    );
    if (!(await saveDraftContent(trx, version, { dimensions }))) return fail('notDraft' as const);
    await audit(trx, {
      actor,
      action: 'assessment.framework_dimension_saved',
      subjectType: 'assessment_framework',
      subjectId: String(version),
      details: { version, dimension: key },
    });
    return ok(undefined);
  });
}

/**
 * Adds a dimension to a draft, after the others. Its key is new for good: a key names the same
 * thing in every version (runs, their comparison and the peer counts go by key). Removing a
 * dimension is not offered: the organisations' latest levels and the peer counts would keep a
 * key no version shows any more, and a later version could not reuse it for something else
 * without mixing two meanings in the same counts.
 */
export async function addDimension(
  db: Kysely<DB>,
  actor: string,
  version: number,
  dimension: Dimension,
): Promise<Outcome<void, DraftRefusal | 'invalid'>> {
  return db.transaction().execute(async (trx) => {
    await lockDraft(trx, version);
    const framework = await frameworkByVersion(trx, version);
    if (!framework) return fail('notFound' as const);
    if (framework.status !== 'draft') return fail('notDraft' as const);
    if (dimensionOf(framework, dimension.key))
      return { ...invalid({ key: 'assessment.framework.error.keyTaken' }), error: 'invalid' as const };
    const dimensions = [...framework.content.dimensions, dimension];
    // The framework's own limit on the number of dimensions (the only rule a new one can break here).
    const limit = frameworkContentSchema.safeParse({ dimensions }).error?.issues.find((i) => i.code === 'too_big');
    if (limit)
      return {
        ...invalid({ _form: 'assessment.framework.error.tooMany' }, { max: Number(limit.maximum) }),
        error: 'invalid' as const,
      };
    if (!(await saveDraftContent(trx, version, { dimensions }))) return fail('notDraft' as const);
    await audit(trx, {
      actor,
      action: 'assessment.framework_dimension_added',
      subjectType: 'assessment_framework',
      subjectId: String(version),
      details: { version, dimension: dimension.key },
    });
    return ok(undefined);
  });
}

/**
 * The draft goes in force and the version in force is superseded, in one transaction. Runs
 * already started keep the version they store; new runs take this one.
 */
export async function publishFramework(
  db: Kysely<DB>,
  actor: string,
  version: number,
): Promise<Outcome<void, DraftRefusal>> {
  return db.transaction().execute(async (trx) => {
    const before = await frameworkInForce(trx);
    const framework = await frameworkByVersion(trx, version);
    if (!framework) return fail('notFound' as const);
    if (framework.status !== 'draft' || !(await publishDraftFramework(trx, version))) return fail('notDraft' as const);
    await audit(trx, {
      actor,
      action: 'assessment.framework_published',
      subjectType: 'assessment_framework',
      subjectId: String(version),
      details: { version, superseded: before?.version ?? null },
    });
    return ok(undefined);
  });
}
