import { audit } from '../../platform/audit/audit.ts';
import { now } from '../../platform/db/sql.ts';
import { fail, ok } from '../../platform/outcome.ts';
import { Refused } from '../../platform/events.ts';
import './events.ts';
import { syncObstacle, moveShownCount } from './derived.ts';
import { conflict, invalidField, type MergeDeps, type ObstacleDeps, type Outcome } from './outcome.ts';
import * as repo from './repository.ts';
import { announceObstacleNews, moveFollows } from './service-follow.ts';

// The secretariat's side (the routes are `secretariat` only): merge a duplicate into the
// obstacle it repeats, close an obstacle with a reason shown on its page, hide one with a reason
// its reporting organisation sees. Each change moves the kept counts and the search index in
// its own transaction, and is audited.

export const REASON_MAX = 1000;

/** The slug or id in what the secretariat typed: a bare slug, or the obstacle's address pasted whole. */
export function refIn(typed: string): string {
  const path = typed.trim().split(/[?#]/)[0] ?? '';
  const parts = path.split('/').filter((p) => p.length > 0);
  const last = parts[parts.length - 1] ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/**
 * Merges obstacle `id` into the one `into` names. Endorsements move over, once per organisation
 * (an organisation that endorsed both keeps one, the kept obstacle's); the merged obstacle's
 * reporter becomes an endorser of the kept one, unless it reported that one too. The merged
 * obstacle leaves the list and its address redirects to the kept one's, and so do the addresses
 * of obstacles merged into it before. Other features hear of it (`obstacles:merged`) in the same
 * transaction: joint actions against the merged obstacle then target the kept one.
 */
export async function mergeObstacle(
  deps: MergeDeps,
  actor: string,
  input: { id: string; into: string },
): Promise<Outcome<{ slug: string; moved: number }>> {
  return deps.db.transaction().execute(async (trx) => {
    const source = await repo.lockObstacle(trx, deps.dialect, input.id);
    if (!source || source.status === 'merged') return fail('notFound' as const);
    const found = await repo.obstacleByRef(trx, refIn(input.into));
    if (found?.id === source.id) return invalidField('into', 'obstacles.merge.self');
    const target = found ? await repo.lockObstacle(trx, deps.dialect, found.id) : undefined;
    if (!target || target.listed !== 1) return invalidField('into', 'obstacles.merge.notFound');
    const at = now();
    const endorsements = await trx
      .selectFrom('obstacle_endorsements')
      .selectAll()
      .where('obstacle_id', '=', source.id)
      .execute();
    let moved = 0;
    for (const e of endorsements) {
      if (e.org_id === target.org_id) continue;
      const added = await repo.insertEndorsement(trx, {
        obstacleId: target.id,
        orgId: e.org_id,
        evidence: e.evidence,
        userId: e.created_by,
        at: e.created_at,
      });
      if (added) moved++;
    }
    await trx.deleteFrom('obstacle_endorsements').where('obstacle_id', '=', source.id).execute();
    // The merged obstacle's reporter sees it too: its evidence goes with its endorsement.
    const reporterAdded =
      source.org_id !== target.org_id &&
      (await repo.insertEndorsement(trx, {
        obstacleId: target.id,
        orgId: source.org_id,
        evidence: [source.evidence_figure, source.evidence_text].filter(Boolean).join('\n\n') || null,
        userId: source.created_by,
        at,
      }));
    await moveShownCount(trx, target.id, moved + (reporterAdded ? 1 : 0), at);
    await trx
      .updateTable('obstacles')
      .set({ status: 'merged', listed: 0, merged_into: target.id, merged_at: at, endorsement_count: 0, updated_at: at })
      .where('id', '=', source.id)
      .execute();
    // Addresses merged into the source before now lead straight to the kept obstacle.
    await trx.updateTable('obstacles').set({ merged_into: target.id }).where('merged_into', '=', source.id).execute();
    await syncObstacle(trx, source.id, source);
    await moveFollows(trx, source.id, target.id);
    await announceObstacleNews(trx, target.id, 'merged', { actor });
    const refusal = await deps.events.emit({ trx, dialect: deps.dialect }, 'obstacles:merged', {
      fromId: source.id,
      intoId: target.id,
      at,
      actor,
    });
    // No listener refuses a merge today; one that did must undo everything above.
    if (refusal) throw new Refused(refusal);
    await audit(trx, {
      actor,
      action: 'obstacles.merged',
      subjectType: 'obstacle',
      subjectId: source.id,
      details: { into: target.id, moved, reporterAdded },
    });
    return ok({ slug: target.slug, moved });
  });
}

/** One state change of an obstacle: refused as `notFound` for a merged one, or as a conflict when `already`. */
async function change(
  deps: ObstacleDeps,
  actor: string,
  id: string,
  what: {
    already: (o: repo.Obstacle) => string | null;
    set: (at: string) => Partial<repo.Obstacle>;
    action: 'obstacles.closed' | 'obstacles.hidden';
    reason: string;
  },
): Promise<Outcome<{ slug: string }>> {
  return deps.db.transaction().execute(async (trx) => {
    const before = await repo.lockObstacle(trx, deps.dialect, id);
    if (!before || before.status === 'merged') return fail('notFound' as const);
    const already = what.already(before);
    if (already) return conflict(already);
    const at = now();
    await trx
      .updateTable('obstacles')
      .set({ ...what.set(at), updated_at: at })
      .where('id', '=', before.id)
      .execute();
    await syncObstacle(trx, before.id, before);
    if (what.action === 'obstacles.closed')
      await announceObstacleNews(trx, before.id, 'closed', { actor, reason: what.reason });
    await audit(trx, {
      actor,
      action: what.action,
      subjectType: 'obstacle',
      subjectId: before.id,
      details: { reason: what.reason },
    });
    return ok({ slug: before.slug });
  });
}

/** Closes an open obstacle; the reason is shown on its page. */
export function closeObstacle(deps: ObstacleDeps, actor: string, input: { id: string; reason: string }) {
  return change(deps, actor, input.id, {
    already: (o) => (o.status === 'closed' ? 'obstacles.close.already' : null),
    set: (at) => ({ status: 'closed', close_reason: input.reason, closed_at: at }),
    action: 'obstacles.closed',
    reason: input.reason,
  });
}

/** Hides an obstacle from the public; its reporting organisation sees the reason. */
export function hideObstacle(deps: ObstacleDeps, actor: string, input: { id: string; reason: string }) {
  return change(deps, actor, input.id, {
    already: (o) => (o.hidden_at ? 'obstacles.hide.already' : null),
    set: (at) => ({ listed: 0, hidden_reason: input.reason, hidden_at: at }),
    action: 'obstacles.hidden',
    reason: input.reason,
  });
}
