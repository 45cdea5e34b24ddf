import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { ScaleSignatory } from '../../platform/feature.ts';
import { newId } from '../../platform/db/sql.ts';
import { isLang, type Lang } from '../../platform/i18n/i18n.ts';
import { random } from '../../platform/random.ts';
import { obstaclesOfOrganisation } from '../obstacles/service.ts';
import type { MilestoneStatus } from './actions.table.ts';
import { addCountsOf } from './derived.ts';
import { weightedProgress } from './progress.ts';
import { slugOf } from './service-propose.ts';
import { CAUSES, MILESTONE_STATUSES, NEEDS, REGIONS, STATUSES, toBits } from './vocabulary.ts';

// `seed --scale N`'s actions, in the demo's proportion (8 actions to about 14 obstacles): one
// per eight new signatories, against an obstacle of its lead, with one or two partners of the
// batch, three milestones weighted 1, 2 and 1 in random states (the progress computed as the
// writes do), an indicator, an update and a history line. Written in bulk, with the counts.

const DAY = 86_400_000;
const CHUNK = 400;

const TITLES: Record<Lang, string[]> = {
  nl: ['Samen {what} in {where}', 'Proefproject: {what} in {where}'],
  fr: ['Ensemble, {what} à {where}', 'Projet pilote : {what} à {where}'],
  de: ['Gemeinsam {what} in {where}', 'Pilotprojekt: {what} in {where}'],
  en: ['Together: {what} in {where}', 'Pilot: {what} in {where}'],
};
const WHAT: Record<Lang, string[]> = {
  nl: ['laptops uitdelen', 'digitale hulp aan huis', 'lessen veilig internetten'],
  fr: ['des ordinateurs à prêter', 'une aide numérique à domicile', 'des cours de sécurité en ligne'],
  de: ['Laptops verleihen', 'digitale Hilfe zu Hause', 'Kurse zur Sicherheit im Netz'],
  en: ['lending laptops', 'digital help at home', 'online safety classes'],
};
const WHERE = ['Gent', 'Liège', 'Eupen', 'Brussel', 'Namur', 'Hasselt', 'Mons', 'Brugge'];
const GOAL: Record<Lang, string> = {
  nl: 'Meer mensen doen hun zaken online, zonder hulp.',
  fr: 'Plus de personnes font leurs démarches en ligne, sans aide.',
  de: 'Mehr Menschen erledigen ihre Angelegenheiten online, ohne Hilfe.',
  en: 'More people do their errands online, without help.',
};

let seed = 11;

type Rows = {
  actions: Insertable<DB['actions']>[];
  action_obstacles: Insertable<DB['action_obstacles']>[];
  action_partners: Insertable<DB['action_partners']>[];
  action_milestones: Insertable<DB['action_milestones']>[];
  action_indicators: Insertable<DB['action_indicators']>[];
  action_updates: Insertable<DB['action_updates']>[];
  action_history: Insertable<DB['action_history']>[];
};

export async function seedScaleActions(db: Kysely<DB>, signatories: readonly ScaleSignatory[]): Promise<void> {
  const rnd = random(seed++);
  const rows: Rows = {
    actions: [],
    action_obstacles: [],
    action_partners: [],
    action_milestones: [],
    action_indicators: [],
    action_updates: [],
    action_history: [],
  };
  for (let i = 0; i < signatories.length; i += 8) {
    const org = signatories[i]!;
    const [obstacle] = (await obstaclesOfOrganisation(db, org.id)).reported;
    if (!obstacle) continue;
    const lang: Lang = isLang(org.languages[0]) ? org.languages[0] : 'nl';
    const id = newId();
    const title = rnd.pick(TITLES[lang]).replace('{what}', rnd.pick(WHAT[lang])).replace('{where}', rnd.pick(WHERE));
    const at = new Date(Date.parse(obstacle.createdAt) + (1 + rnd.int(200)) * DAY).toISOString();
    const day = at.slice(0, 10);
    const states: MilestoneStatus[] = [
      rnd.pick(MILESTONE_STATUSES),
      rnd.pick(MILESTONE_STATUSES),
      rnd.pick(MILESTONE_STATUSES),
    ];
    const milestones = states.map((status, k) => ({
      weight: [1, 2, 1][k]!,
      status,
      percent: status === 'done' ? 100 : status === 'under_way' ? 10 * rnd.int(10) : 0,
    }));
    const partners = [...new Set([rnd.pick(signatories), rnd.pick(signatories)].map((s) => s?.id))].filter(
      (p): p is string => !!p && p !== org.id,
    );
    rows.actions.push({
      id,
      slug: slugOf(title, id),
      lead_org_id: org.id,
      created_by: org.adminUserId,
      lang,
      title,
      goal: GOAL[lang],
      description: GOAL[lang],
      starts_on: day,
      ends_on: null,
      status: rnd.pick(STATUSES),
      stop_reason: null,
      need_bits: toBits(NEEDS, [rnd.pick(NEEDS)]),
      cause_bits: toBits(CAUSES, obstacle.tags.cause),
      region_bits: toBits(REGIONS, obstacle.tags.region),
      listed: 1,
      progress: weightedProgress(milestones),
      milestone_count: milestones.length,
      partner_count: partners.length,
      created_at: at,
      updated_at: at,
    });
    const last = rows.actions[rows.actions.length - 1]!;
    if (last.status === 'stopped') last.stop_reason = GOAL.en;
    rows.action_obstacles.push({ action_id: id, obstacle_id: obstacle.id });
    for (const p of partners)
      rows.action_partners.push({
        action_id: id,
        org_id: p,
        state: 'partner',
        asked_by: org.adminUserId,
        asked_at: at,
        decided_by: org.adminUserId,
        decided_at: at,
      });
    milestones.forEach((m, k) =>
      rows.action_milestones.push({
        id: newId(),
        action_id: id,
        title: `${k + 1}`,
        due_on: day,
        weight: m.weight,
        status: m.status,
        percent: m.percent,
        done_on: m.status === 'done' ? day : null,
        created_at: at,
        updated_at: at,
      }),
    );
    rows.action_indicators.push({
      id: newId(),
      action_id: id,
      name: 'People reached',
      unit: 'people',
      target: 500,
      current_value: rnd.int(500),
      measured_on: day,
      created_at: at,
      updated_at: at,
    });
    rows.action_updates.push({
      id: newId(),
      action_id: id,
      org_id: org.id,
      author: org.adminUserId,
      body: GOAL[lang],
      posted_on: day,
      created_at: at,
    });
    rows.action_history.push({
      id: newId(),
      action_id: id,
      at,
      actor: org.adminUserId,
      org_id: org.id,
      kind: 'proposed',
      detail: null,
    });
  }
  await db.transaction().execute(async (trx) => {
    for (const table of Object.keys(rows) as (keyof Rows)[]) {
      const all = rows[table];
      for (let i = 0; i < all.length; i += CHUNK)
        await trx
          .insertInto(table)
          .values(all.slice(i, i + CHUNK) as never)
          .execute();
    }
    await addCountsOf(
      trx,
      rows.actions.map((a) => ({ listed: 1, status: a.status!, need_bits: Number(a.need_bits) })),
    );
  });
}
