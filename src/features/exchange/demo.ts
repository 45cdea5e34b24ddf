import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { DemoPages, DemoPeople } from '../../platform/feature.ts';
import { newId } from '../../platform/db/sql.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import { contactsByEmail } from '../accounts/service.ts';
import { membershipsOfUser } from '../organisations/service.ts';
import { signatoriesByName } from '../organisations/service-directory.ts';
import * as repo from './repository.ts';
import { indexPosts } from './search-index.ts';
import { addDays, today, toRegionBits, type Cause, type Kind, type Region, type Topic } from './vocabulary.ts';

// The exchange's demo (`seed --demo`): six offers and six asks that answer each other in pairs
// (same cause, a region in common, opposite kinds, different organisations), in the four
// languages, and one of the demo organisation's posts that has expired, and one the secretariat hid. Names and places are invented.

/** The demo organisation admin's address (src/cli/seed.ts, DEMO_ACCOUNTS). */
const DEMO_ADMIN = 'sofie.maes@digitaal-samen.example';

interface Spec {
  kind: Kind;
  topic: Topic;
  cause: Cause;
  regions: Region[];
  lang: Lang;
  title: string;
  description: string;
}

/** In pairs: each offer is followed by the ask it answers. */
const PAIRS: [Spec, Spec][] = [
  [
    {
      kind: 'offer',
      topic: 'devices',
      cause: 'access',
      regions: ['flanders', 'brussels'],
      lang: 'nl',
      title: '200 opgeknapte laptops voor wie er thuis geen heeft',
      description:
        'We vervangen dit jaar onze kantoorlaptops. 200 toestellen zijn opgeknapt, gewist en klaar voor gebruik, met een Nederlands- of Franstalig toetsenbord.\n\nWe geven ze aan organisaties die ze uitlenen of schenken aan mensen zonder computer.',
    },
    {
      kind: 'ask',
      topic: 'devices',
      cause: 'access',
      regions: ['brussels'],
      lang: 'fr',
      title: 'Des ordinateurs pour notre espace public numérique à Anderlecht',
      description:
        'Notre espace public numérique accueille 80 personnes par semaine, mais nos huit ordinateurs ont plus de dix ans.\n\nNous cherchons une vingtaine de portables ou de PC fixes en état de marche.',
    },
  ],
  [
    {
      kind: 'offer',
      topic: 'volunteers',
      cause: 'skills',
      regions: ['wallonia'],
      lang: 'fr',
      title: 'Des formateurs bénévoles à Liège',
      description:
        'Douze membres de notre personnel donnent chacun une demi-journée par mois pour animer des ateliers de base : messagerie, banque en ligne, démarches administratives.\n\nIls peuvent venir dans vos locaux, en région liégeoise.',
    },
    {
      kind: 'ask',
      topic: 'volunteers',
      cause: 'skills',
      regions: ['wallonia'],
      lang: 'fr',
      title: 'Animateurs pour des ateliers smartphone à Seraing',
      description:
        'Notre CPAS lance des ateliers « premiers pas avec le smartphone » pour les personnes âgées. Il nous manque des animateurs pour les mardis après-midi.',
    },
  ],
  [
    {
      kind: 'offer',
      topic: 'venue',
      cause: 'non_digital',
      regions: ['german_community'],
      lang: 'de',
      title: 'Schulungsraum in Eupen, kostenlos an Wochenenden',
      description:
        'Unser Schulungsraum bietet 16 Plätze, WLAN und einen Beamer. An Samstagen steht er Vereinen kostenlos zur Verfügung, die Menschen bei Behördengängen begleiten.',
    },
    {
      kind: 'ask',
      topic: 'venue',
      cause: 'non_digital',
      regions: ['german_community', 'wallonia'],
      lang: 'de',
      title: 'Raum für eine Sprechstunde zu Online-Formularen in Sankt Vith',
      description:
        'Wir möchten einmal im Monat eine Sprechstunde anbieten, in der Menschen Hilfe beim Ausfüllen von Online-Formularen bekommen. Dafür suchen wir einen ruhigen Raum mit Internet.',
    },
  ],
  [
    {
      kind: 'offer',
      topic: 'expertise',
      cause: 'trust',
      regions: ['flanders', 'brussels', 'wallonia'],
      lang: 'en',
      title: 'Fraud-awareness sessions by our security team',
      description:
        'Our security specialists explain how phishing, fake bank calls and parcel scams work, in plain language. One hour, on site or online, in Dutch, French or English.',
    },
    {
      kind: 'ask',
      topic: 'expertise',
      cause: 'trust',
      regions: ['flanders'],
      lang: 'nl',
      title: 'Iemand die uitlegt hoe je phishing herkent',
      description:
        'Onze bezoekers durven niet meer online bankieren sinds een golf van valse sms’en. We zoeken een spreker voor een infoavond in Gent, in eenvoudige taal.',
    },
  ],
  [
    {
      kind: 'offer',
      topic: 'funding',
      cause: 'affordability',
      regions: ['brussels'],
      lang: 'fr',
      title: 'Un fonds pour des abonnements internet sociaux',
      description:
        'Notre fondation finance cette année 150 abonnements internet à tarif social pendant un an, pour des familles suivies par une association bruxelloise.',
    },
    {
      kind: 'ask',
      topic: 'funding',
      cause: 'affordability',
      regions: ['brussels', 'flanders'],
      lang: 'nl',
      title: 'Financiering voor mobiele data voor werkzoekenden',
      description:
        'Veel werkzoekenden die we begeleiden hebben alleen een smartphone zonder data. We zoeken steun om hun een databundel van zes maanden te geven.',
    },
  ],
  [
    {
      kind: 'offer',
      topic: 'communication',
      cause: 'stress',
      regions: ['flanders'],
      lang: 'nl',
      title: 'Onze klantenkrant verspreidt uw oproep',
      description:
        'Onze klantenkrant bereikt 90.000 gezinnen in Limburg. We bieden elk kwartaal een halve pagina aan voor een initiatief dat mensen helpt die digitale stress ervaren.',
    },
    {
      kind: 'ask',
      topic: 'communication',
      cause: 'stress',
      regions: ['flanders'],
      lang: 'en',
      title: 'Help us reach people who feel lost online',
      description:
        'Our free helpline for people who panic in front of online forms is little known. We need help to spread the word in Limburg and Antwerp.',
    },
  ],
];

/** Adds the posts, after the signatories and their people; the demo organisation posts first. */
export async function demo(db: Kysely<DB>): Promise<void> {
  const [admin] = await contactsByEmail(db, [DEMO_ADMIN]);
  const demoOrg = admin ? (await membershipsOfUser(db, admin.id))[0]?.orgId : undefined;
  const signatories = (await signatoriesByName(db)).map((o) => o.id);
  const orgs = demoOrg ? [demoOrg, ...signatories.filter((id) => id !== demoOrg)] : signatories;
  if (orgs.length < 2) return;
  const day = today();
  const rows: repo.PostRow[] = [];
  const at = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString();
  const row = (spec: Spec, orgId: string, daysAgo: number, expires: string): repo.PostRow => ({
    id: newId(),
    org_id: orgId,
    author_user_id: orgId === demoOrg ? (admin?.id ?? null) : null,
    kind: spec.kind,
    topic: spec.topic,
    cause: spec.cause,
    region_bits: toRegionBits(spec.regions),
    title: spec.title,
    description: spec.description,
    lang: spec.lang,
    expires_on: expires,
    ...repo.openState(at(daysAgo)),
  });
  for (const [i, [offer, ask]] of PAIRS.entries()) {
    // The offer and the ask of a pair are always two organisations.
    rows.push(row(offer, orgs[(2 * i) % orgs.length]!, 40 - 3 * i, addDays(day, 60 + 20 * i)));
    rows.push(row(ask, orgs[(2 * i + 1) % orgs.length]!, 38 - 3 * i, addDays(day, 90 + 15 * i)));
  }
  // One that has expired: its page says so and it is in no list.
  rows.push(
    row(
      {
        kind: 'ask',
        topic: 'volunteers',
        cause: 'skills',
        regions: ['flanders'],
        lang: 'nl',
        title: 'Vrijwilligers voor de digitale zitdag van januari',
        description:
          'Voor onze zitdag rond belastingaangiftes zochten we vijf vrijwilligers die mensen helpen met hun eID.',
      },
      orgs[0]!,
      120,
      addDays(day, -10),
    ),
  );
  // One the secretariat hid, with the reason its organisation reads.
  const hidden = row(
    {
      kind: 'offer',
      topic: 'other',
      cause: 'affordability',
      regions: ['flanders'],
      lang: 'nl',
      title: 'Korting op onze nieuwe smartphones',
      description: 'Met de code INCLUSIO krijgt u 10 % korting op elke nieuwe smartphone in onze winkels.',
    },
    orgs[1]!,
    5,
    addDays(day, 120),
  );
  rows.push({
    ...hidden,
    listed: 0,
    hidden_at: at(2),
    hidden_reason: 'Dit is reclame voor een winkel, geen aanbod aan andere ondertekenaars.',
  });
  for (const r of rows) await repo.insertPost(db, r);
  await indexPosts(db, rows);
  await demoAnswers(db, rows[0]!.id);
}

/**
 * Two readers answered the demo organisation's offer (one shared their address), as answerPost
 * leaves it: a row for each, the messages having gone out by mail.
 */
async function demoAnswers(db: Kysely<DB>, postId: string): Promise<void> {
  for (const [days, shared] of [
    [3, 1],
    [9, 0],
  ] as const) {
    await db
      .insertInto('exchange_answers')
      .values({
        id: newId(),
        post_id: postId,
        user_id: null,
        shared_address: shared,
        created_at: new Date(Date.now() - days * 86_400_000).toISOString(),
      })
      .execute();
  }
  await db.updateTable('exchange_posts').set({ answer_count: 2 }).where('id', '=', postId).execute();
}

/** The page sweep's post: the demo organisation's open offer (its pages show every form). */
export async function demoPages(db: Kysely<DB>, people: DemoPeople): Promise<DemoPages> {
  const orgId = people['org-admin'].memberships[0]?.orgId;
  if (!orgId) throw new Error('The demo organisation admin belongs to no organisation');
  const post = await db
    .selectFrom('exchange_posts')
    .select('id')
    .where('org_id', '=', orgId)
    .where('listed', '=', 1)
    .where('expires_on', '>=', today())
    .orderBy('created_at')
    .executeTakeFirstOrThrow();
  return { params: { postId: post.id } };
}
