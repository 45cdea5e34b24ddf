import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { ScaleSignatory } from '../../platform/feature.ts';
import { newId } from '../../platform/db/sql.ts';
import { random } from '../../platform/random.ts';
import { isLang, type Lang } from '../../platform/i18n/i18n.ts';
import * as repo from './repository.ts';
import { indexPosts } from './search-index.ts';
import { addDays, CAUSES, isRegion, KINDS, REGIONS, today, toRegionBits, TOPICS, type Topic } from './vocabulary.ts';

// `seed --scale N`'s posts: one per new signatory, offers and asks alike, in the organisation's
// language and regions; nine in ten still open (expiring within a year), the others expired,
// so the list's expiry filter has something to leave out. One multi-row INSERT per chunk, and
// the search index the writes would have kept.

const DAY = 86_400_000;
/** Columns × rows per statement: well under both engines' limits on bound parameters. */
const ROWS_PER_INSERT = 500;

const WORDS: Record<Lang, Record<Topic, string>> = {
  nl: {
    expertise: 'Advies over toegankelijke websites',
    volunteers: 'Vrijwilligers voor computerlessen',
    devices: 'Opgeknapte laptops en tablets',
    venue: 'Een lokaal voor digitale workshops',
    funding: 'Steun voor databundels',
    communication: 'Hulp bij het bekendmaken van een hulplijn',
    other: 'Samenwerking rond digitale inclusie',
  },
  fr: {
    expertise: 'Conseils sur l’accessibilité des sites',
    volunteers: 'Des bénévoles pour des cours d’informatique',
    devices: 'Des portables et tablettes reconditionnés',
    venue: 'Une salle pour des ateliers numériques',
    funding: 'Un soutien pour des forfaits de données',
    communication: 'Faire connaître une ligne d’aide',
    other: 'Collaborer pour l’inclusion numérique',
  },
  de: {
    expertise: 'Beratung zu barrierefreien Websites',
    volunteers: 'Ehrenamtliche für Computerkurse',
    devices: 'Aufbereitete Laptops und Tablets',
    venue: 'Ein Raum für digitale Workshops',
    funding: 'Unterstützung für Datenpakete',
    communication: 'Eine Hilfehotline bekannt machen',
    other: 'Zusammenarbeit für digitale Inklusion',
  },
  en: {
    expertise: 'Advice on accessible websites',
    volunteers: 'Volunteers for computer classes',
    devices: 'Refurbished laptops and tablets',
    venue: 'A room for digital workshops',
    funding: 'Support for mobile data',
    communication: 'Spreading the word about a helpline',
    other: 'Working together on digital inclusion',
  },
};

/** The manifest's `scale` hook: one post per signatory of the batch, in bulk, indexed. */
export async function seedScalePosts(db: Kysely<DB>, orgs: readonly ScaleSignatory[]): Promise<void> {
  if (orgs.length === 0) return;
  const rnd = random(orgs.length * 104_729 + Date.parse(orgs[0]!.signedAt) / 1000);
  const day = today();
  const now = Date.now();
  const rows: repo.PostRow[] = orgs.map((org) => {
    const lang = org.languages.find(isLang) ?? 'nl';
    const topic = rnd.pick(TOPICS);
    const kind = rnd.pick(KINDS);
    const regions = org.regions.filter(isRegion);
    const createdAt = new Date(now - rnd.int(300) * DAY).toISOString();
    const expired = rnd.chance(0.1);
    return {
      id: newId(),
      org_id: org.id,
      author_user_id: org.adminUserId,
      kind,
      topic,
      cause: rnd.pick(CAUSES),
      region_bits: toRegionBits(regions.length ? regions : [rnd.pick(REGIONS)]),
      title: WORDS[lang][topic],
      description: `${WORDS[lang][topic]}. ${WORDS[lang].other}.`,
      lang,
      expires_on: addDays(day, expired ? -1 - rnd.int(60) : 1 + rnd.int(364)),
      ...repo.openState(createdAt),
      // As housekeeping leaves an expired post.
      listed: expired ? 0 : 1,
    };
  });
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
      await trx.insertInto('exchange_posts').values(rows.slice(i, i + ROWS_PER_INSERT)).execute();
    }
    await indexPosts(trx, rows);
  });
}
