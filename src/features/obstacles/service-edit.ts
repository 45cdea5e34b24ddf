import { audit } from '../../platform/audit/audit.ts';
import { now } from '../../platform/db/sql.ts';
import { fail, ok } from '../../platform/outcome.ts';
import { syncObstacle } from './derived.ts';
import { conflict, type ObstacleDeps, type Outcome } from './outcome.ts';
import * as repo from './repository.ts';
import { announceObstacleNews } from './service-follow.ts';
import { obstacleColumns, roleIn, type ObstacleInput } from './service-report.ts';
import { fromBits, TAG_COLUMN, TAG_NAMES } from './vocabulary.ts';

// The reporting organisation corrects its own open obstacle: the same fields as the report,
// checked the same way. Its address stays (links and followers keep working). The counts, the
// search index and the cached list move with it (syncObstacle); the audit line says which
// fields changed, and followers hear of it when the text they read changed.

/** What the form shows to start with: the obstacle as it is. */
export function inputOf(o: repo.Obstacle): Record<string, string | string[]> {
  return {
    lang: o.lang,
    title: o.title,
    description: o.description,
    evidenceFigure: o.evidence_figure ?? '',
    evidenceText: o.evidence_text ?? '',
    evidenceLink: o.evidence_link ?? '',
    ...Object.fromEntries(TAG_NAMES.map((tag) => [tag, [...fromBits(tag, Number(o[TAG_COLUMN[tag]]))]])),
  };
}

/** The obstacle `ref` of organisation `orgId`, for a person who may write for it; open ones only. */
export async function editableObstacle(
  deps: ObstacleDeps,
  userId: string,
  orgId: string,
  ref: string,
): Promise<Outcome<repo.Obstacle>> {
  return deps.db.transaction().execute(async (trx) => {
    const o = await repo.obstacleByRef(trx, ref);
    if (!o || o.org_id !== orgId || o.status === 'merged') return fail('notFound' as const);
    if (!(await roleIn(trx, orgId, userId))) return fail('forbidden' as const);
    if (o.status !== 'open') return conflict('obstacles.edit.closed');
    return ok(o);
  });
}

export async function editObstacle(
  deps: ObstacleDeps,
  userId: string,
  input: ObstacleInput & { orgId: string; ref: string },
): Promise<Outcome<{ slug: string; changed: string[] }>> {
  return deps.db.transaction().execute(async (trx) => {
    const found = await repo.obstacleByRef(trx, input.ref);
    const before = found ? await repo.lockObstacle(trx, deps.dialect, found.id) : undefined;
    if (!before || before.org_id !== input.orgId || before.status === 'merged') return fail('notFound' as const);
    if (!(await roleIn(trx, input.orgId, userId))) return fail('forbidden' as const);
    if (before.status !== 'open') return conflict('obstacles.edit.closed');
    const next = obstacleColumns(input);
    const changed = Object.entries(next)
      .filter(([column, value]) => String(before[column as keyof repo.Obstacle] ?? '') !== String(value ?? ''))
      .map(([column]) => column);
    if (changed.length === 0) return ok({ slug: before.slug, changed });
    const at = now();
    await trx
      .updateTable('obstacles')
      .set({ ...next, updated_at: at })
      .where('id', '=', before.id)
      .execute();
    await syncObstacle(trx, before.id, before);
    await audit(trx, {
      actor: userId,
      action: 'obstacles.edited',
      subjectType: 'obstacle',
      subjectId: before.id,
      details: {
        orgId: input.orgId,
        changed,
        before: Object.fromEntries(changed.map((c) => [c, before[c as keyof repo.Obstacle]])),
      },
    });
    await announceObstacleNews(trx, before.id, 'edited', { actor: userId });
    return ok({ slug: before.slug, changed });
  });
}
