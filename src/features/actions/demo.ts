import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { DemoPages } from '../../platform/feature.ts';
import { isPostgres } from '../../platform/search/search.ts';
import { contactsByEmail } from '../accounts/service.ts';
import { membershipsOfUser } from '../organisations/service.ts';
import { signatoriesByName } from '../organisations/service-directory.ts';
import { adminUserIds, organisationRefs } from '../organisations/service-registration.ts';
import { obstaclesOfOrganisation } from '../obstacles/service.ts';
import { ACTIONS } from './demo-items.ts';
import type { ActionDeps } from './outcome.ts';
import { addIndicator, postUpdate } from './service-indicators.ts';
import { addMilestone } from './service-milestones.ts';
import { askToJoin, decidePartner, invitePartner } from './service-partners.ts';
import { changeStatus, proposeAction } from './service-propose.ts';
import { featureAction } from './service-moderation.ts';

// The actions' demo: eight actions of several signatories against the demo obstacles, in every
// status. The first is led by the demo account's organisation, so the page sweep sees its
// page with every form the lead has.

/** The demo account whose organisation leads the sweep's action (seed.ts's org-admin). */
const DEMO_ADMIN = 'sofie.maes@digitaal-samen.example';
const DEMO_SECRETARIAT = 'secretariat@inclusio.example';

async function signatories(db: Kysely<DB>): Promise<string[]> {
  return (await signatoriesByName(db)).map((o) => o.id);
}

export async function demo(db: Kysely<DB>): Promise<void> {
  const orgs = await signatories(db);
  const [admin] = await contactsByEmail(db, [DEMO_ADMIN]);
  const [secretariat] = await contactsByEmail(db, [DEMO_SECRETARIAT]);
  const mine = admin ? (await membershipsOfUser(db, admin.id))[0]?.orgId : undefined;
  const leads = mine ? [mine, ...orgs.filter((o) => o !== mine)] : orgs;
  const obstacles = (await Promise.all(orgs.map(async (o) => (await obstaclesOfOrganisation(db, o)).reported))).flat();
  if (leads.length < 2 || obstacles.length === 0) return;
  const deps: ActionDeps = { db, dialect: isPostgres(db) ? 'postgres' : 'sqlite' };
  // Oldest first, so the list (newest first) starts with the last ones.
  for (const [i, item] of [...ACTIONS.entries()].reverse()) {
    const lead = leads[i % leads.length]!;
    const actor = i === 0 && admin ? admin.id : (await adminUserIds(db, lead))[0];
    if (!actor) continue;
    const against = [obstacles[i % obstacles.length]!, obstacles[(i + 3) % obstacles.length]!];
    const proposed = await proposeAction(deps, actor, lead, {
      lang: item.lang,
      title: item.title,
      goal: item.goal,
      description: item.description,
      startsOn: `2026-0${1 + (i % 9)}-01`,
      endsOn: i % 2 === 0 ? `2027-0${1 + (i % 9)}-30` : null,
      needs: item.needs,
      obstacleRefs: against.map((o) => o.id),
    });
    if (!proposed.ok) throw new Error(`demo action ${i}: ${JSON.stringify(proposed)}`);
    const ref = proposed.value.slug;
    for (const [k, ms] of item.milestones.entries()) {
      const added = await addMilestone(deps, actor, ref, {
        title: ms.title,
        dueOn: `2026-${String(3 + k * 3).padStart(2, '0')}-15`,
        weight: ms.weight,
        status: ms.status,
        percent: ms.percent,
        doneOn: ms.status === 'done' ? `2026-0${2 + k}-10` : null,
      });
      if (!added.ok) throw new Error(`demo milestone ${i}.${k}: ${JSON.stringify(added)}`);
    }
    if (item.indicator) {
      const { name, unit, target, current } = item.indicator;
      await addIndicator(deps, actor, ref, { name, unit, target, current, measuredOn: '2026-04-30' });
    }
    if (item.update) await postUpdate(deps, actor, ref, { body: item.update, postedOn: '2026-05-04' });
    // A partner who asked and was accepted (two for the sweep's action, which also has a
    // request waiting for the lead's answer and an invitation waiting for the invitee's).
    const others = leads.filter((o) => o !== lead);
    const joined = i === 0 ? others.slice(0, 2) : item.status === 'proposed' ? [] : others.slice(i % 2, (i % 2) + 1);
    for (const org of joined) {
      const asker = (await adminUserIds(db, org))[0];
      if (!asker) continue;
      await askToJoin(deps, asker, ref, org);
      await decidePartner(deps, actor, ref, { orgId: org, accept: true });
    }
    if (i === 0 && others.length >= 4) {
      const asker = (await adminUserIds(db, others[2]!))[0];
      if (asker) await askToJoin(deps, asker, ref, others[2]!);
      const invitee = (await organisationRefs(db, [others[3]!])).get(others[3]!);
      if (invitee) await invitePartner(deps, actor, ref, invitee.slug);
    }
    if (item.status !== 'proposed')
      await changeStatus(deps, actor, ref, { status: item.status, reason: item.stopReason ?? null });
    // The secretariat features three on the home page (not the sweep's action, whose page then
    // offers to feature it).
    if (secretariat && i >= 1 && i <= 3) await featureAction(deps, secretariat.id, ref, true);
  }
}

/** The sweep's action: the first demo one, led by the demo account's organisation. */
export async function demoPages(db: Kysely<DB>): Promise<DemoPages> {
  const row = await db
    .selectFrom('actions')
    .select(['id', 'slug'])
    .where('title', '=', ACTIONS[0]!.title)
    .executeTakeFirst();
  const milestone = row
    ? await db
        .selectFrom('action_milestones')
        .select('id')
        .where('action_id', '=', row.id)
        .orderBy('due_on')
        .executeTakeFirst()
    : undefined;
  const indicator = row
    ? await db.selectFrom('action_indicators').select('id').where('action_id', '=', row.id).executeTakeFirst()
    : undefined;
  if (!row || !milestone || !indicator)
    throw new Error('The demo has no action with a milestone and an indicator for the page sweep');
  return { params: { actionSlug: row.slug, milestoneId: milestone.id, indicatorId: indicator.id } };
}
