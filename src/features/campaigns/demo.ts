import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { DemoPages } from '../../platform/feature.ts';
import { eventBus } from '../../platform/events.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import { isPostgres } from '../../platform/search/search.ts';
import { secretariatContacts } from '../accounts/service.ts';
import { signatoriesByName } from '../organisations/service-directory.ts';
import { adminUserIds } from '../organisations/service-registration.ts';
import { onActivityChanged } from './reach.ts';
import type { Cause, TargetGroup } from './vocabulary.ts';
import { addMaterial, createCampaign } from './service.ts';
import { logParticipation, supportCampaign } from './service-support.ts';

// The campaigns' demo (`seed --demo`): one past, one running and one upcoming campaign relative
// to the demo's day, written in four languages with a poster and a social post per language;
// supporters among the demo signatories (the demo admin's organisation among them) and their
// participations logged through the activity log, so the reach moves as it would.

const DAY = 86_400_000;
const dayFrom = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

interface DemoCampaign {
  from: number;
  to: number;
  causes: readonly Cause[];
  groups: readonly TargetGroup[];
  /** Title, aim and call to action per language. */
  texts: Record<Lang, [string, string, string]>;
}

const CAMPAIGNS: DemoCampaign[] = [
  {
    from: -200,
    to: -170,
    causes: ['trust'],
    groups: ['older'],
    texts: {
      nl: [
        'Veilig online bankieren',
        'Samen leren we ouderen hoe ze valse berichten van de bank herkennen.',
        'Organiseer een infosessie in uw buurt.',
      ],
      fr: [
        'Banque en ligne en toute sécurité',
        'Ensemble, aidons les personnes âgées à reconnaître les faux messages de la banque.',
        'Organisez une séance d’information près de chez vous.',
      ],
      de: [
        'Sicheres Online-Banking',
        'Gemeinsam helfen wir älteren Menschen, falsche Nachrichten der Bank zu erkennen.',
        'Organisieren Sie eine Infositzung in Ihrer Nähe.',
      ],
      en: [
        'Safe online banking',
        'Together we help older people spot fake messages from the bank.',
        'Hold an information session near you.',
      ],
    },
  },
  {
    from: -10,
    to: 30,
    causes: ['skills', 'access'],
    groups: ['low_income', 'jobseekers'],
    texts: {
      nl: [
        'Digitale week',
        'Een week lang openen organisaties hun deuren voor wie hulp nodig heeft met online diensten.',
        'Doe mee en open uw deuren.',
      ],
      fr: [
        'Semaine numérique',
        'Pendant une semaine, des organisations ouvrent leurs portes à qui a besoin d’aide avec les services en ligne.',
        'Participez et ouvrez vos portes.',
      ],
      de: [
        'Digitale Woche',
        'Eine Woche lang öffnen Organisationen ihre Türen für alle, die Hilfe bei Online-Diensten brauchen.',
        'Machen Sie mit und öffnen Sie Ihre Türen.',
      ],
      en: [
        'Digital week',
        'For one week, organisations open their doors to anyone who needs help with online services.',
        'Take part and open your doors.',
      ],
    },
  },
  {
    from: 60,
    to: 90,
    causes: ['affordability'],
    groups: ['single_parents'],
    texts: {
      nl: [
        'Een toestel voor iedereen',
        'We zamelen gebruikte laptops in voor gezinnen zonder computer.',
        'Schenk een laptop of zet een inzamelpunt op.',
      ],
      fr: [
        'Un appareil pour chacun',
        'Nous collectons des ordinateurs portables usagés pour les familles sans ordinateur.',
        'Donnez un portable ou ouvrez un point de collecte.',
      ],
      de: [
        'Ein Gerät für alle',
        'Wir sammeln gebrauchte Laptops für Familien ohne Computer.',
        'Spenden Sie einen Laptop oder richten Sie eine Sammelstelle ein.',
      ],
      en: [
        'A device for everyone',
        'We collect used laptops for families without a computer.',
        'Give a laptop or set up a collection point.',
      ],
    },
  },
];

const MATERIAL_NAMES: Record<Lang, [string, string]> = {
  nl: ['Affiche (A3)', 'Tekst voor sociale media'],
  fr: ['Affiche (A3)', 'Texte pour les réseaux sociaux'],
  de: ['Plakat (A3)', 'Text für soziale Medien'],
  en: ['Poster (A3)', 'Social media post'],
};

export async function demo(db: Kysely<DB>): Promise<void> {
  const secretariat = (await secretariatContacts(db))[0];
  if (!secretariat) return;
  const signatories = await signatoriesByName(db);
  const deps = {
    db,
    dialect: isPostgres(db) ? ('postgres' as const) : ('sqlite' as const),
    events: eventBus([{ 'activities:changed': onActivityChanged }]),
  };
  for (const [n, c] of CAMPAIGNS.entries()) {
    const made = await createCampaign(db, secretariat.id, {
      lang: 'nl',
      texts: (Object.keys(c.texts) as Lang[]).map((l) => ({
        lang: l,
        title: c.texts[l][0],
        aim: c.texts[l][1],
        ctaText: c.texts[l][2],
      })),
      startsOn: dayFrom(c.from),
      endsOn: dayFrom(c.to),
      causes: [...c.causes],
      groups: [...c.groups],
      ctaLink: 'https://www.inclusion-numerique.be',
    });
    if (!made.ok) continue;
    for (const l of Object.keys(MATERIAL_NAMES) as Lang[]) {
      const [poster, post] = MATERIAL_NAMES[l];
      for (const [title, kind] of [
        [poster, 'poster'],
        [post, 'post'],
      ] as const)
        await addMaterial(db, secretariat.id, made.value.id, {
          lang: l,
          title,
          kind: 'link',
          url: `https://www.inclusion-numerique.be/${l}/campaigns/${made.value.slug}/${kind}`,
          file: null,
        });
    }
    // The upcoming campaign has no supporters yet; the others about a third of the signatories.
    if (c.from > 0) continue;
    for (const [i, org] of signatories.entries()) {
      if ((i + n) % 3 !== 0 && i !== 0) continue;
      const admin = (await adminUserIds(db, org.id))[0];
      if (!admin) continue;
      await supportCampaign(db, admin, made.value.id, org.id);
      const campaign = (await db
        .selectFrom('campaigns')
        .selectAll()
        .where('id', '=', made.value.id)
        .executeTakeFirst())!;
      await logParticipation(deps, admin, campaign, c.texts.nl[0], {
        orgId: org.id,
        on: dayFrom(Math.min(c.from + 2 + (i % 7), -1)),
        people: 10 + ((i * 37) % 200),
        note: null,
        visibility: i % 5 === 4 ? 'private' : 'public',
      });
    }
  }
}

export async function demoPages(db: Kysely<DB>): Promise<DemoPages> {
  const row = await db.selectFrom('campaigns').select(['id', 'slug']).orderBy('starts_on', 'desc').executeTakeFirst();
  if (!row) throw new Error('The demo has no campaign for the page sweep');
  return { params: { campaignSlug: row.slug, campaignId: row.id } };
}
