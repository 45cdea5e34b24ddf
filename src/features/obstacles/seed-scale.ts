import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { ScaleSignatory } from '../../platform/feature.ts';
import { newId } from '../../platform/db/sql.ts';
import { isLang, type Lang } from '../../platform/i18n/i18n.ts';
import { random } from '../../platform/random.ts';
import { addCountsOf } from './derived.ts';
import { indexObstacles } from './search-index.ts';
import { slugOf } from './service-report.ts';
import { TAGS, toBits } from './vocabulary.ts';

// `seed --scale N`'s obstacles: one per four new signatories, each endorsed by up to six others
// of the batch, tagged with the reporter's regions. Written in bulk (one multi-row INSERT per
// table and chunk), with the counts and the search index the writes would have kept.

const DAY = 86_400_000;
/** Rows per statement: well under both engines' limits on bound parameters. */
const CHUNK = 500;

const TITLES: Record<Lang, string[]> = {
  nl: ['Online formulier te moeilijk voor {who}', 'Geen hulp aan het loket voor {who}', 'App onbruikbaar voor {who}'],
  fr: [
    'Formulaire en ligne trop difficile pour {who}',
    'Plus de guichet pour {who}',
    'Application inutilisable pour {who}',
  ],
  de: ['Online-Formular zu schwierig für {who}', 'Kein Schalter mehr für {who}', 'App unbrauchbar für {who}'],
  en: ['Online form too hard for {who}', 'No counter left for {who}', 'App unusable for {who}'],
};
const WHO: Record<Lang, string[]> = {
  nl: ['ouderen', 'werkzoekenden', 'nieuwkomers', 'mensen met een beperking'],
  fr: ['les aînés', 'les demandeurs d’emploi', 'les primo-arrivants', 'les personnes handicapées'],
  de: ['Ältere', 'Arbeitsuchende', 'Neuankömmlinge', 'Menschen mit Behinderung'],
  en: ['older people', 'jobseekers', 'newcomers', 'disabled people'],
};
const DESCRIPTION: Record<Lang, string> = {
  nl: 'We zien dit elke week bij de mensen die we helpen.',
  fr: 'Nous le constatons chaque semaine auprès des personnes que nous aidons.',
  de: 'Wir sehen das jede Woche bei den Menschen, die wir begleiten.',
  en: 'We see this every week among the people we help.',
};

let seed = 7;

export async function seedScaleObstacles(db: Kysely<DB>, signatories: readonly ScaleSignatory[]): Promise<void> {
  const rnd = random(seed++);
  const obstacles: Insertable<DB['obstacles']>[] = [];
  const endorsements: Insertable<DB['obstacle_endorsements']>[] = [];
  for (let i = 0; i < signatories.length; i += 4) {
    const org = signatories[i]!;
    const lang: Lang = isLang(org.languages[0]) ? org.languages[0] : 'nl';
    const id = newId();
    const title = rnd.pick(TITLES[lang]).replace('{who}', rnd.pick(WHO[lang]));
    const at = new Date(Date.parse(org.signedAt) + (1 + rnd.int(300)) * DAY).toISOString();
    const others = signatories.filter((s) => s.id !== org.id);
    const endorsers = [...new Set(Array.from({ length: rnd.int(7) }, () => rnd.pick(others)?.id))].filter(
      (x): x is string => !!x,
    );
    obstacles.push({
      id,
      slug: slugOf(title, id),
      org_id: org.id,
      created_by: org.adminUserId,
      lang,
      title,
      description: DESCRIPTION[lang],
      evidence_text: null,
      evidence_link: null,
      evidence_figure: rnd.chance(0.3) ? `${5 + rnd.int(60)}%` : null,
      cause_bits: toBits('cause', [rnd.pick(TAGS.cause), rnd.pick(TAGS.cause)]),
      group_bits: toBits('group', [rnd.pick(TAGS.group)]),
      region_bits: toBits('region', org.regions.length > 0 ? org.regions : ['brussels']),
      audience_bits: toBits('audience', [rnd.pick(TAGS.audience)]),
      status: rnd.chance(0.1) ? 'closed' : 'open',
      listed: 1,
      endorsement_count: endorsers.length,
      close_reason: null,
      closed_at: null,
      hidden_reason: null,
      hidden_at: null,
      merged_into: null,
      merged_at: null,
      created_at: at,
      updated_at: at,
    });
    for (const orgId of endorsers) {
      endorsements.push({
        obstacle_id: id,
        org_id: orgId,
        evidence: null,
        created_by: org.adminUserId,
        created_at: at,
      });
    }
  }
  for (const o of obstacles)
    if (o.status === 'closed') Object.assign(o, { close_reason: DESCRIPTION.en, closed_at: o.created_at });
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < obstacles.length; i += CHUNK)
      await trx
        .insertInto('obstacles')
        .values(obstacles.slice(i, i + CHUNK))
        .execute();
    for (let i = 0; i < endorsements.length; i += CHUNK) {
      await trx
        .insertInto('obstacle_endorsements')
        .values(endorsements.slice(i, i + CHUNK))
        .execute();
    }
    await addCountsOf(
      trx,
      obstacles.map((o) => ({
        listed: 1,
        status: o.status!,
        cause_bits: Number(o.cause_bits),
        group_bits: Number(o.group_bits),
        region_bits: Number(o.region_bits),
        audience_bits: Number(o.audience_bits),
      })),
    );
    const ids = obstacles.map((o) => o.id!);
    for (let i = 0; i < ids.length; i += CHUNK) await indexObstacles(trx, ids.slice(i, i + CHUNK));
  });
}
