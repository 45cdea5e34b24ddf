import type { Transaction } from 'kysely';
import { audit } from '../../platform/audit/audit.ts';
import type { DB } from '../../platform/db/schema.ts';
import { foldForSearch, newId, now } from '../../platform/db/sql.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import { fail, ok } from '../../platform/outcome.ts';
import { signatoryRoleOf } from '../organisations/service.ts';
import { organisationRefs } from '../organisations/service-registration.ts';
import { syncObstacle, moveShownCount } from './derived.ts';
import { conflict, type ObstacleDeps, type Outcome } from './outcome.ts';
import * as repo from './repository.ts';
import { toBits, type TagName } from './vocabulary.ts';
import { announceObstacleNews } from './service-follow.ts';

// The signatories' side: reporting an obstacle, and "we see this too" (one endorsement per
// organisation, with optional evidence, kept count in obstacles.endorsement_count). The routes
// check the session; these check again, in the change's transaction, that the person belongs to
// the organisation and that it is a signatory.

export const TITLE_MAX = 160;
export const DESCRIPTION_MAX = 5000;
export const EVIDENCE_MAX = 2000;
export const FIGURE_MAX = 200;
export const ENDORSEMENT_EVIDENCE_MAX = 1000;

export interface ObstacleInput {
  lang: Lang;
  title: string;
  description: string;
  tags: Record<TagName, string[]>;
  evidenceText: string | null;
  evidenceLink: string | null;
  evidenceFigure: string | null;
}

/** The columns the report form writes (the edit form writes the same). */
export function obstacleColumns(input: ObstacleInput) {
  return {
    lang: input.lang,
    title: input.title,
    description: input.description,
    evidence_text: input.evidenceText,
    evidence_link: input.evidenceLink,
    evidence_figure: input.evidenceFigure,
    cause_bits: toBits('cause', input.tags.cause),
    group_bits: toBits('group', input.tags.group),
    region_bits: toBits('region', input.tags.region),
    audience_bits: toBits('audience', input.tags.audience),
  };
}

/** The person's role in this signatory organisation, or null (organisations' one check). */
export const roleIn = (trx: Transaction<DB>, orgId: string, userId: string) => signatoryRoleOf(trx, orgId, userId);

/** "Telephone help for older people" → "telephone-help-for-older-people-1a2b3c4d": readable, and unique by its id. */
export function slugOf(title: string, id: string): string {
  const base = foldForSearch(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${base || 'obstacle'}-${id.slice(0, 8)}`;
}

export async function reportObstacle(
  deps: ObstacleDeps,
  userId: string,
  orgId: string,
  input: ObstacleInput,
): Promise<Outcome<{ id: string; slug: string }>> {
  return deps.db.transaction().execute(async (trx) => {
    if (!(await roleIn(trx, orgId, userId))) return fail('forbidden' as const);
    const id = newId();
    const slug = slugOf(input.title, id);
    const at = now();
    await repo.insertObstacle(trx, {
      id,
      slug,
      org_id: orgId,
      created_by: userId,
      ...obstacleColumns(input),
      created_at: at,
    });
    await syncObstacle(trx, id, undefined);
    await audit(trx, {
      actor: userId,
      action: 'obstacles.reported',
      subjectType: 'obstacle',
      subjectId: id,
      details: { orgId, title: input.title },
    });
    return ok({ id, slug });
  });
}

/**
 * "We see this too", for the organisation `orgId` the person belongs to: an open, listed
 * obstacle of another organisation, once per organisation (a second one only changes the evidence).
 */
export async function endorseObstacle(
  deps: ObstacleDeps,
  userId: string,
  input: { ref: string; orgId: string; evidence: string | null },
): Promise<Outcome<{ added: boolean; slug: string }>> {
  return deps.db.transaction().execute(async (trx) => {
    const found = await repo.obstacleByRef(trx, input.ref);
    const obstacle = found ? await repo.lockObstacle(trx, deps.dialect, found.id) : undefined;
    if (!obstacle || obstacle.listed !== 1) return fail('notFound' as const);
    if (!(await roleIn(trx, input.orgId, userId))) return fail('forbidden' as const);
    if (obstacle.org_id === input.orgId) return conflict('obstacles.endorse.own');
    if (obstacle.status !== 'open') return conflict('obstacles.endorse.closed');
    const at = now();
    const added = await repo.insertEndorsement(trx, {
      obstacleId: obstacle.id,
      orgId: input.orgId,
      evidence: input.evidence,
      userId,
      at,
    });
    if (added) await moveShownCount(trx, obstacle.id, 1, at);
    else {
      await trx
        .updateTable('obstacle_endorsements')
        .set({ evidence: input.evidence })
        .where('obstacle_id', '=', obstacle.id)
        .where('org_id', '=', input.orgId)
        .execute();
    }
    await audit(trx, {
      actor: userId,
      action: 'obstacles.endorsed',
      subjectType: 'obstacle',
      subjectId: obstacle.id,
      details: { orgId: input.orgId, added },
    });
    if (added) {
      const org = (await organisationRefs(trx, [input.orgId])).get(input.orgId);
      await announceObstacleNews(trx, obstacle.id, 'endorsed', { actor: userId, org: org?.legalName ?? '' });
    }
    return ok({ added, slug: obstacle.slug });
  });
}

/** Takes the organisation's endorsement back. */
export async function withdrawEndorsement(
  deps: ObstacleDeps,
  userId: string,
  input: { ref: string; orgId: string },
): Promise<Outcome<{ removed: boolean; slug: string }>> {
  return deps.db.transaction().execute(async (trx) => {
    const found = await repo.obstacleByRef(trx, input.ref);
    const obstacle = found ? await repo.lockObstacle(trx, deps.dialect, found.id) : undefined;
    if (!obstacle || obstacle.status === 'merged') return fail('notFound' as const);
    if (!(await roleIn(trx, input.orgId, userId))) return fail('forbidden' as const);
    const removed = await repo.deleteEndorsement(trx, obstacle.id, input.orgId);
    if (removed) {
      await moveShownCount(trx, obstacle.id, -1, now());
      await audit(trx, {
        actor: userId,
        action: 'obstacles.endorsement_withdrawn',
        subjectType: 'obstacle',
        subjectId: obstacle.id,
        details: { orgId: input.orgId },
      });
    }
    return ok({ removed, slug: obstacle.slug });
  });
}
