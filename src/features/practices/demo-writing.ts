import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { DemoPages, DemoPeople } from '../../platform/feature.ts';
import { newId, now } from '../../platform/db/sql.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import { contactsByEmail, secretariatContacts } from '../accounts/service.ts';
import { membershipsOfUser } from '../organisations/service.ts';
import { organisationProfile } from '../organisations/service-registration.ts';
import { addToCount, syncPublished } from './derived.ts';
import * as repo from './repository.ts';
import type { RevisionStatus } from './practices.table.ts';
import { toBits, type TagName, type TagValue } from './vocabulary.ts';

// The writing side's demo (`seed --demo`): the demo organisation's practices at each step of the
// way, so its pages and the secretariat's queue have something to show. One is published, one was
// returned with a comment, one waits for review, one is a draft saved half-way; readers asked
// about the published one. The library's published practices and adoptions are the public side's demo.

/** The demo organisation admin's address (src/cli/seed.ts, DEMO_ACCOUNTS). */
export const DEMO_ADMIN = 'sofie.maes@digitaal-samen.example';
export const DEMO_MEMBER = 'karim.benali@digitaal-samen.example';

type Texts = Partial<Record<Lang, { title: string; summary: string; body: string; results?: string }>>;

interface Spec {
  lang: Lang;
  texts: Texts;
  tags: { [T in TagName]?: TagValue<T>[] };
  periodStart: string;
  peopleReached: number | null;
  links: { url: string; label: string }[];
  status: Exclude<RevisionStatus, 'superseded'>;
  comment?: string;
  draft?: Record<string, string | string[]>;
  /** Texts a new version (still a draft) adds to the published one: an update in progress. */
  update?: Texts;
}

const SPECS: Spec[] = [
  {
    lang: 'nl',
    status: 'published',
    periodStart: '2025-09-01',
    peopleReached: 340,
    tags: {
      cause: ['access', 'affordability'],
      group: ['older', 'low_income'],
      commitment: ['1', '4'],
      audience: ['community'],
      region: ['flanders', 'brussels'],
      language: ['nl', 'fr'],
    },
    links: [{ url: 'https://www.digitaal-samen.example/uitleen', label: 'Het uitleenreglement' }],
    update: {
      de: {
        title: 'Laptops an Menschen ohne Computer zu Hause verleihen',
        summary:
          'Wer zu Hause keinen Computer hat, leiht bei uns drei Monate lang einen aufbereiteten Laptop, mit mobilem Router und einer ersten Einführung am Schalter.',
        body: 'Wir bereiten ausgemusterte Laptops unserer eigenen Dienste auf. Wer einen braucht, kommt an den Schalter oder wird vom ÖSHZ geschickt.',
      },
    },
    texts: {
      nl: {
        title: 'Laptops uitlenen aan wie er thuis geen heeft',
        summary:
          'Wie thuis geen computer heeft, leent bij ons een opgeknapte laptop voor drie maanden, met een mobiele router en een eerste les aan de balie.',
        body: '## Hoe het werkt\n\nWe knappen afgeschreven laptops van onze eigen diensten op. Wie er een nodig heeft, komt langs aan de balie of wordt doorverwezen door het OCMW.\n\n- drie maanden, één keer verlengbaar\n- een mobiele router met data inbegrepen\n- een eerste uur uitleg bij het ophalen\n\nWe vragen geen waarborg: dat hield precies de mensen tegen die we wilden bereiken.',
        results: 'In het eerste jaar leenden 340 mensen een laptop; 9 op 10 brachten hem op tijd terug.',
      },
      fr: {
        title: 'Prêter des ordinateurs portables à qui n’en a pas à la maison',
        summary:
          'Qui n’a pas d’ordinateur à la maison emprunte chez nous un portable reconditionné pour trois mois, avec un routeur mobile et une première séance au guichet.',
        body: '## Comment ça marche\n\nNous reconditionnons les portables mis au rebut par nos propres services. Qui en a besoin passe au guichet ou nous est adressé par le CPAS.\n\n- trois mois, renouvelables une fois\n- un routeur mobile avec données comprises\n- une heure d’explication au retrait\n\nNous ne demandons pas de caution : elle écartait justement les personnes que nous voulions atteindre.',
        results: 'La première année, 340 personnes ont emprunté un portable ; 9 sur 10 l’ont rendu à temps.',
      },
    },
  },
  {
    lang: 'nl',
    status: 'returned',
    comment:
      'Dank u! Kunt u nog vermelden hoeveel mensen de opleiding volgden en wie ze gaf? Dan publiceren we ze meteen.',
    periodStart: '2026-01-15',
    peopleReached: null,
    tags: {
      cause: ['skills', 'trust'],
      group: ['older'],
      commitment: ['4', '8'],
      audience: ['employees'],
      digcomp: ['safety'],
      region: ['flanders'],
      language: ['nl'],
    },
    links: [],
    texts: {
      nl: {
        title: 'Phishing herkennen: een workshop voor het loketpersoneel',
        summary:
          'Onze loketmedewerkers leren in twee uur verdachte berichten herkennen, zodat ze klanten die twijfelen meteen kunnen helpen en naar Safeonweb verwijzen.',
        body: 'Elke medewerker aan het loket volgt een workshop van twee uur met echte voorbeelden van valse berichten.\n\nDaarna krijgt iedereen een kaartje met de vijf vragen om te stellen bij een verdacht bericht.',
      },
    },
  },
  {
    lang: 'fr',
    status: 'submitted',
    periodStart: '2026-03-01',
    peopleReached: 120,
    tags: {
      cause: ['non_digital'],
      group: ['older', 'health_disability'],
      commitment: ['7'],
      audience: ['customers'],
      region: ['wallonia'],
      language: ['fr'],
    },
    links: [],
    texts: {
      fr: {
        title: 'Toutes nos démarches aussi par téléphone, sans supplément',
        summary:
          'Chaque démarche en ligne peut aussi se faire par téléphone, au même prix et dans les mêmes délais ; nous mesurons l’usage de chaque canal chaque mois.',
        body: 'Une ligne gratuite répond du lundi au vendredi. Les conseillers remplissent le formulaire en ligne avec la personne au bout du fil.',
        results: '120 personnes par mois utilisent la ligne ; le temps d’attente moyen est de quatre minutes.',
      },
    },
  },
  {
    lang: 'nl',
    status: 'draft',
    periodStart: '2026-02-01',
    peopleReached: null,
    tags: {},
    links: [],
    texts: {},
    draft: {
      lang: 'nl',
      title: 'Brieven in duidelijke taal',
      summary: 'We herschrijven onze standaardbrieven samen met klanten',
      cause: ['stress'],
    },
  },
];

async function addPractice(db: Kysely<DB>, orgId: string, authorId: string, reviewerId: string | null, spec: Spec) {
  const at = now();
  const id = newId();
  const revisionId = newId();
  await repo.insertPractice(db, { id, orgId, originalLang: spec.lang, userId: authorId, at });
  const tags = {
    cause: toBits('cause', spec.tags.cause ?? []),
    group: toBits('group', spec.tags.group ?? []),
    commitment: toBits('commitment', spec.tags.commitment ?? []),
    audience: toBits('audience', spec.tags.audience ?? []),
    digcomp: toBits('digcomp', spec.tags.digcomp ?? []),
    region: toBits('region', spec.tags.region ?? []),
    language: toBits('language', spec.tags.language ?? []),
  };
  await repo.insertRevision(db, {
    id: revisionId,
    practiceId: id,
    number: 1,
    userId: authorId,
    at,
    fields: {
      tags,
      periodStart: spec.periodStart,
      periodEnd: null,
      peopleReached: spec.peopleReached,
      contactName: 'Sofie Maes',
      contactEmail: DEMO_ADMIN,
    },
  });
  for (const [lang, t] of Object.entries(spec.texts)) {
    await repo.upsertText(db, { revisionId, lang, results: '', ...t }, lang === spec.lang, at);
  }
  await repo.replaceLinks(db, revisionId, spec.links);
  if (spec.draft) await repo.setDraftData(db, revisionId, JSON.stringify(spec.draft), { userId: authorId, at });
  const event = (kind: repo.PracticeEvent['kind'], actor: string | null, comment: string | null = null) =>
    repo.insertEvent(db, {
      id: newId(),
      practice_id: id,
      revision_id: revisionId,
      at,
      actor_user_id: actor,
      kind,
      comment,
    });
  await event('created', authorId);
  if (spec.status !== 'draft') {
    await repo.setRevisionStatus(db, revisionId, spec.status, {
      submitted_at: at,
      submitted_by: authorId,
      reviewed_at: spec.status === 'submitted' ? null : at,
      reviewed_by: spec.status === 'submitted' ? null : reviewerId,
      review_comment: spec.comment ?? null,
    });
    await event('submitted', authorId);
  }
  if (spec.status === 'submitted') await addToCount(db, 'review', 'submitted', 1);
  if (spec.status === 'returned') await event('returned', reviewerId, spec.comment ?? null);
  if (spec.status === 'published') {
    const org = await organisationProfile(db, orgId);
    await repo.updatePractice(db, id, {
      status: 'published',
      published_revision_id: revisionId,
      ...repo.tagColumns(tags),
      text_lang_bits: toBits('language', Object.keys(spec.texts) as Lang[]),
      sector: org?.sector ?? null,
      period_start: spec.periodStart,
      people_reached: spec.peopleReached,
      published_at: at,
      slug: `demo-${id.slice(0, 8).toLowerCase()}`,
    });
    await event('published', reviewerId);
    await syncPublished(db, id);
    await demoQuestions(db, id, revisionId, at);
    if (spec.update) {
      const published = (await repo.revisionById(db, revisionId))!;
      const next = newId();
      await repo.copyRevision(db, published, { id: next, number: 2, userId: authorId, at });
      for (const [lang, t] of Object.entries(spec.update)) {
        await repo.upsertText(db, { revisionId: next, lang, results: '', ...t }, false, at);
      }
      await repo.updatePractice(db, id, { working_revision_id: next });
      await repo.insertEvent(db, {
        id: newId(),
        practice_id: id,
        revision_id: next,
        at,
        actor_user_id: authorId,
        kind: 'created',
        comment: null,
      });
    }
  } else {
    await repo.updatePractice(db, id, { status: spec.status, working_revision_id: revisionId });
  }
}

/** Adds the demo organisation's practices (`seed --demo`), after organisations and their people. */
export async function demo(db: Kysely<DB>): Promise<void> {
  const [admin] = await contactsByEmail(db, [DEMO_ADMIN]);
  const [member] = await contactsByEmail(db, [DEMO_MEMBER]);
  const [secretariat] = await secretariatContacts(db);
  if (!admin) return;
  const orgId = (await membershipsOfUser(db, admin.id))[0]?.orgId;
  if (!orgId) return;
  for (const [i, spec] of SPECS.entries()) {
    await addPractice(db, orgId, i === 3 && member ? member.id : admin.id, secretariat?.id ?? null, spec);
  }
}

/**
 * The page sweep's parameters: the published practice with an update in progress (its page
 * shows every form: edit, translation, submit, archive), and the revision waiting for review.
 */
export async function demoPages(db: Kysely<DB>, people: DemoPeople): Promise<DemoPages> {
  const orgId = people['org-admin'].memberships[0]?.orgId;
  if (!orgId) throw new Error('The demo organisation admin belongs to no organisation');
  const updating = await db
    .selectFrom('practices')
    .select('id')
    .where('org_id', '=', orgId)
    .where('status', '=', 'published')
    .where('working_revision_id', 'is not', null)
    .executeTakeFirstOrThrow();
  const waiting = await db
    .selectFrom('practice_revisions')
    .select('id')
    .where('status', '=', 'submitted')
    .orderBy('submitted_at')
    .executeTakeFirstOrThrow();
  return { params: { practiceId: updating.id, revisionId: waiting.id } };
}

/**
 * Two readers asked about the published practice (one shared their address), as askQuestion
 * leaves it: a row for the limits and a line in the history. The messages were mailed, not kept.
 */
async function demoQuestions(db: Kysely<DB>, practiceId: string, revisionId: string, since: string): Promise<void> {
  for (const [days, shared] of [
    [12, 1],
    [30, 0],
  ] as const) {
    const at = new Date(Date.parse(since) + days * 86_400_000).toISOString();
    await db
      .insertInto('practice_questions')
      .values({
        id: newId(),
        practice_id: practiceId,
        user_id: null,
        client_key: 'demo',
        shared_address: shared,
        created_at: at,
      })
      .execute();
    await repo.insertEvent(db, {
      id: newId(),
      practice_id: practiceId,
      revision_id: revisionId,
      at,
      actor_user_id: null,
      kind: 'questioned',
      comment: null,
    });
  }
}
