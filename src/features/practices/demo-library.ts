import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { DemoPages } from '../../platform/feature.ts';
import { newId } from '../../platform/db/sql.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import { contactsByEmail, secretariatContacts } from '../accounts/service.ts';
import { membershipsOfUser } from '../organisations/service.ts';
import { signatoriesByName } from '../organisations/service-directory.ts';
import { organisationProfile } from '../organisations/service-registration.ts';
import { addToCount, syncPublished } from './derived.ts';
import { DEMO_ADMIN } from './demo-writing.ts';
import * as repo from './repository.ts';
import { moveAdoptionCount, insertAdoption } from './repository-library.ts';
import { toBits, type Cause, type TargetGroup } from './vocabulary.ts';

// The library's demo (`seed --demo`): 24 published practices of several signatories, across
// every cause, in Dutch and French, some also in German or English, some in one language only,
// and adoptions by other signatories. Names, figures and places are invented.

type Text = [title: string, summary: string, body: string];

interface Item {
  /** Which signatory (by its place in the directory's name order, modulo their number). */
  org: number;
  causes: Cause[];
  groups: TargetGroup[];
  texts: Partial<Record<Lang, Text>>;
  reached: number;
  /** Adopted by the signatories this many places further on. */
  adoptions: number;
}

const body = (how: string, tip: string) =>
  `## ${how}\n\n${tip}\n\n- een vaste contactpersoon\n- evaluatie na zes maanden`;
const corps = (how: string, tip: string) =>
  `## ${how}\n\n${tip}\n\n- une personne de contact fixe\n- une évaluation après six mois`;

const ITEMS: Item[] = [
  {
    org: 0,
    causes: ['access', 'affordability'],
    groups: ['low_income'],
    reached: 180,
    adoptions: 3,
    texts: {
      nl: [
        'Tablets uitlenen via de bibliotheek',
        'Leden lenen een tablet met 4G-abonnement voor zes weken, met een startgids in eenvoudige taal.',
        body('Hoe het werkt', 'Wie een tablet leent, krijgt aan de balie een korte uitleg van een vrijwilliger.'),
      ],
      fr: [
        'Prêter des tablettes à la bibliothèque',
        'Les membres empruntent une tablette avec un abonnement 4G pendant six semaines, avec un guide de démarrage en langage clair.',
        corps('Comment ça marche', 'Au guichet, une personne bénévole explique les premiers gestes.'),
      ],
    },
  },
  {
    org: 1,
    causes: ['non_digital', 'stress'],
    groups: ['older'],
    reached: 2400,
    adoptions: 2,
    texts: {
      nl: [
        'Een telefonische hulplijn voor online formulieren',
        'Wie vastloopt in een online formulier, belt een gratis nummer en vult het samen met een medewerker in.',
        body('Waarom', 'Niet iedereen kan of wil online: de hulplijn is er vijf dagen per week.'),
      ],
    },
  },
  {
    org: 2,
    causes: ['skills'],
    groups: ['jobseekers', 'low_education'],
    reached: 96,
    adoptions: 1,
    texts: {
      fr: [
        'Formation aux candidatures en ligne',
        'Quatre matinées pour créer un CV, une adresse e-mail et postuler sur les sites d’offres d’emploi.',
        corps('Le programme', 'Chaque participant repart avec son CV et trois candidatures envoyées.'),
      ],
      nl: [
        'Opleiding online solliciteren',
        'Vier ochtenden om een cv, een e-mailadres en een eerste online sollicitatie te maken.',
        body('Het programma', 'Elke deelnemer vertrekt met een cv en drie verstuurde sollicitaties.'),
      ],
    },
  },
  {
    org: 3,
    causes: ['trust'],
    groups: ['older'],
    reached: 640,
    adoptions: 4,
    texts: {
      nl: [
        'Veiligheidssessies voor oudere klanten',
        'In onze kantoren leren oudere klanten phishing herkennen, met echte voorbeelden van valse berichten.',
        body('Aanpak', 'Een sessie duurt anderhalf uur, met koffie en een folder om mee te nemen.'),
      ],
      fr: [
        'Séances de sécurité pour la clientèle âgée',
        'Dans nos agences, la clientèle âgée apprend à reconnaître l’hameçonnage à partir de vrais faux messages.',
        corps('Approche', 'Une séance dure une heure et demie, avec un café et un dépliant à emporter.'),
      ],
      de: [
        'Sicherheitskurse für ältere Kundinnen und Kunden',
        'In unseren Filialen lernen ältere Menschen, Phishing an echten Beispielen zu erkennen.',
        '## Ablauf\n\nEine Sitzung dauert anderthalb Stunden.',
      ],
    },
  },
  {
    org: 4,
    causes: ['stress', 'non_digital'],
    groups: ['low_education', 'language_migration'],
    reached: 12000,
    adoptions: 2,
    texts: {
      nl: [
        'Brieven in duidelijke taal',
        'We herschreven onze veertig meest verstuurde brieven in taalniveau B1, samen met klanten die ze testten.',
        body('Hoe we het deden', 'Elke brief werd getest door vijf klanten voor hij verstuurd werd.'),
      ],
      fr: [
        'Des courriers en langage clair',
        'Nous avons réécrit nos quarante courriers les plus envoyés au niveau B1, testés par des clients.',
        corps('Notre méthode', 'Chaque courrier a été testé par cinq clients avant envoi.'),
      ],
    },
  },
  {
    org: 5,
    causes: ['skills'],
    groups: ['older'],
    reached: 75,
    adoptions: 0,
    texts: {
      fr: [
        'Ateliers smartphone pour les seniors',
        'Six séances en petit groupe pour apprivoiser son smartphone : appels vidéo, photos, applications utiles.',
        corps('Déroulement', 'Les groupes comptent au plus six personnes, chacune avec son propre appareil.'),
      ],
    },
  },
  {
    org: 0,
    causes: ['skills'],
    groups: ['health_disability'],
    reached: 210,
    adoptions: 1,
    texts: {
      nl: [
        'Digitale vaardigheden voor het personeel',
        'Een interne opleiding voor alle medewerkers aan het loket: hoe help je een klant die vastloopt online?',
        body('Inhoud', 'Twee halve dagen, met rollenspel en een naslagkaart.'),
      ],
      fr: [
        'Former le personnel aux compétences numériques',
        'Une formation interne pour tout le personnel d’accueil : comment aider une personne bloquée en ligne ?',
        corps('Contenu', 'Deux demi-journées, avec jeux de rôle et une fiche pratique.'),
      ],
      en: [
        'Digital skills training for front-desk staff',
        'An in-house course for every front-desk employee: how to help a customer who is stuck online.',
        '## Content\n\nTwo half days, with role play and a reference card.',
      ],
    },
  },
  {
    org: 1,
    causes: ['affordability'],
    groups: ['low_income', 'single_parents'],
    reached: 430,
    adoptions: 2,
    texts: {
      nl: [
        'Sociaal internettarief actief aanbieden',
        'Onze medewerkers wijzen klanten met een verhoogde tegemoetkoming actief op het sociaal tarief.',
        body('Waarom', 'Veel mensen kennen het tarief niet of vinden de aanvraag te ingewikkeld.'),
      ],
      fr: [
        'Proposer activement le tarif social internet',
        'Notre personnel signale activement le tarif social aux clients qui bénéficient de l’intervention majorée.',
        corps('Pourquoi', 'Beaucoup ignorent ce tarif ou trouvent la demande trop compliquée.'),
      ],
    },
  },
  {
    org: 2,
    causes: ['access'],
    groups: ['young_low_education'],
    reached: 150,
    adoptions: 1,
    texts: {
      fr: [
        'Ordinateurs reconditionnés pour les jeunes',
        'Des ordinateurs d’entreprise reconditionnés sont donnés à des jeunes en formation, avec un an de support.',
        corps(
          'Le circuit',
          'Les entreprises partenaires donnent leurs anciens appareils, effacés et réinstallés par nos stagiaires.',
        ),
      ],
    },
  },
  {
    org: 3,
    causes: ['trust', 'skills'],
    groups: ['smartphone_only'],
    reached: 820,
    adoptions: 1,
    texts: {
      nl: [
        'Itsme installeren aan het loket',
        'Op afspraak helpen we mensen itsme te installeren op hun smartphone, stap voor stap.',
        body('Afspraak', 'Een afspraak duurt twintig minuten; breng uw identiteitskaart en pincode mee.'),
      ],
      fr: [
        'Installer itsme au guichet',
        'Sur rendez-vous, nous aidons à installer itsme sur le smartphone, étape par étape.',
        corps('Rendez-vous', 'Un rendez-vous dure vingt minutes ; apportez votre carte d’identité et son code PIN.'),
      ],
    },
  },
  {
    org: 4,
    causes: ['non_digital'],
    groups: ['older', 'health_disability'],
    reached: 3100,
    adoptions: 1,
    texts: {
      nl: [
        'Papieren aanvraag blijft mogelijk',
        'Elke online aanvraag kan ook op papier, met een gefrankeerde terugzendenvelop en dezelfde termijn.',
        body('Afspraak', 'De papieren weg is even snel als de online weg: dat staat in ons klantencharter.'),
      ],
    },
  },
  {
    org: 5,
    causes: ['stress'],
    groups: ['language_migration'],
    reached: 260,
    adoptions: 0,
    texts: {
      fr: [
        'Permanence numérique multilingue',
        'Chaque mardi, une permanence aide à remplir les démarches en ligne en arabe, turc, roumain et français.',
        corps('Organisation', 'Des interprètes bénévoles accompagnent les personnes sans rendez-vous.'),
      ],
      nl: [
        'Meertalige digitale zitdag',
        'Elke dinsdag helpt een zitdag bij online aanvragen in het Arabisch, Turks, Roemeens en Frans.',
        body('Organisatie', 'Vrijwillige tolken helpen zonder afspraak.'),
      ],
    },
  },
  {
    org: 0,
    causes: ['skills', 'trust'],
    groups: ['young_low_education'],
    reached: 340,
    adoptions: 1,
    texts: {
      nl: [
        'Workshops online veiligheid voor jongeren',
        'In jeugdhuizen leren jongeren hun accounts beveiligen en oplichting op sociale media herkennen.',
        body('Werkwijze', 'Jongerenwerkers geven de workshop samen met een jonge ervaringsdeskundige.'),
      ],
    },
  },
  {
    org: 1,
    causes: ['access'],
    groups: ['older', 'low_income'],
    reached: 90,
    adoptions: 0,
    texts: {
      fr: [
        'Wifi gratuit et ordinateurs dans les maisons de quartier',
        'Trois maisons de quartier offrent le wifi, deux ordinateurs et une imprimante en accès libre.',
        corps('Accès', 'L’accès est libre aux heures d’ouverture ; un animateur aide si besoin.'),
      ],
      de: [
        'Kostenloses WLAN und Computer in Stadtteilhäusern',
        'Drei Stadtteilhäuser bieten WLAN, zwei Computer und einen Drucker frei zugänglich an.',
        '## Zugang\n\nDer Zugang ist während der Öffnungszeiten frei.',
      ],
    },
  },
  {
    org: 2,
    causes: ['affordability', 'access'],
    groups: ['single_parents'],
    reached: 120,
    adoptions: 1,
    texts: {
      nl: [
        'Laptops voor schoolgaande kinderen van alleenstaande ouders',
        'Alleenstaande ouders krijgen een opgeknapte laptop voor hun kinderen, met ouderlijk toezicht ingesteld.',
        body('Voorwaarden', 'Doorverwijzing door het OCMW of de school volstaat.'),
      ],
      fr: [
        'Des ordinateurs portables pour les enfants de familles monoparentales',
        'Les familles monoparentales reçoivent un portable reconditionné pour leurs enfants, avec contrôle parental.',
        corps('Conditions', 'Une orientation par le CPAS ou l’école suffit.'),
      ],
    },
  },
  {
    org: 3,
    causes: ['stress'],
    groups: ['health_disability'],
    reached: 55,
    adoptions: 0,
    texts: {
      de: [
        'Digitale Sprechstunde im Pflegeheim',
        'Einmal pro Woche hilft eine Fachkraft Bewohnerinnen und Bewohnern bei Videoanrufen und Online-Terminen.',
        '## Ablauf\n\nDie Sprechstunde findet im Aufenthaltsraum statt, ohne Anmeldung.',
      ],
      fr: [
        'Permanence numérique en maison de repos',
        'Une fois par semaine, une personne aide les résidents pour les appels vidéo et les rendez-vous en ligne.',
        corps('Déroulement', 'La permanence a lieu dans la salle commune, sans inscription.'),
      ],
    },
  },
  {
    org: 4,
    causes: ['skills'],
    groups: ['jobseekers'],
    reached: 310,
    adoptions: 2,
    texts: {
      nl: [
        'Digitale basisvaardigheden in het inburgeringstraject',
        'Elke cursist leert e-mailen, Mijn Burgerprofiel gebruiken en veilig betalen, als deel van de taalles.',
        body('Samenwerking', 'Taallesgevers en digibegeleiders geven de lessen samen.'),
      ],
      en: [
        'Basic digital skills in the integration course',
        'Every learner practises e-mail, government portals and safe payments as part of the language class.',
        '## Partnership\n\nLanguage teachers and digital coaches teach together.',
      ],
    },
  },
  {
    org: 5,
    causes: ['trust'],
    groups: ['low_education'],
    reached: 500,
    adoptions: 1,
    texts: {
      fr: [
        'Campagne « Arnaque ou pas ? »',
        'Des affiches et des cartes postales dans les commerces du quartier montrent comment repérer un faux SMS.',
        corps('Diffusion', 'Les commerçants distribuent les cartes avec le ticket de caisse.'),
      ],
    },
  },
  {
    org: 0,
    causes: ['non_digital', 'stress'],
    groups: ['older'],
    reached: 1800,
    adoptions: 1,
    texts: {
      nl: [
        'Een loket zonder afspraak, elke voormiddag',
        'Wie liever iemand ziet dan online te gaan, kan elke voormiddag zonder afspraak langskomen.',
        body('Waarom', 'Een verplichte online afspraak hield net de mensen weg die hulp nodig hadden.'),
      ],
      fr: [
        'Un guichet sans rendez-vous chaque matin',
        'Qui préfère voir quelqu’un plutôt que d’aller en ligne peut passer chaque matin sans rendez-vous.',
        corps(
          'Pourquoi',
          'Le rendez-vous en ligne obligatoire éloignait justement celles et ceux qui avaient besoin d’aide.',
        ),
      ],
    },
  },
  {
    org: 1,
    causes: ['skills'],
    groups: ['language_migration', 'low_education'],
    reached: 140,
    adoptions: 0,
    texts: {
      nl: [
        'Digibuddy’s: vrijwilligers aan huis',
        'Vrijwillige digibuddy’s gaan bij mensen thuis langs om te helpen met hun eigen toestel.',
        body('Vrijwilligers', 'Elke vrijwilliger volgt eerst een opleiding van een dag.'),
      ],
    },
  },
  {
    org: 2,
    causes: ['affordability'],
    groups: ['low_income'],
    reached: 700,
    adoptions: 1,
    texts: {
      fr: [
        'Recharges de données pour les usagers du CPAS',
        'Le CPAS offre des recharges de données mobiles aux personnes qui doivent suivre des démarches en ligne.',
        corps('Attribution', 'La recharge est accordée par l’assistant social, sans dossier supplémentaire.'),
      ],
      nl: [
        'Mobiele data voor cliënten van het OCMW',
        'Het OCMW geeft mobiele data aan mensen die online stappen moeten zetten.',
        body('Toekenning', 'De maatschappelijk werker kent de data toe, zonder extra dossier.'),
      ],
    },
  },
  {
    org: 3,
    causes: ['access', 'skills'],
    groups: ['smartphone_only', 'young_low_education'],
    reached: 85,
    adoptions: 0,
    texts: {
      nl: [
        'Een computerlokaal voor wie alleen een smartphone heeft',
        'Jongeren die alleen een smartphone hebben, werken in ons computerlokaal aan schooltaken en sollicitaties.',
        body('Openingsuren', 'Open op woensdagmiddag en zaterdagvoormiddag, met begeleiding.'),
      ],
      fr: [
        'Une salle informatique pour qui n’a qu’un smartphone',
        'Les jeunes qui n’ont qu’un smartphone travaillent dans notre salle informatique à leurs devoirs et candidatures.',
        corps('Horaires', 'Ouverte le mercredi après-midi et le samedi matin, avec un accompagnement.'),
      ],
    },
  },
  {
    org: 4,
    causes: ['trust'],
    groups: ['health_disability', 'older'],
    reached: 230,
    adoptions: 1,
    texts: {
      fr: [
        'Un numéro vert contre les fraudes',
        'Un numéro gratuit permet de vérifier, avant de payer, si un message ou un appel vient vraiment de nous.',
        corps('Fonctionnement', 'Le numéro est ouvert du lundi au samedi, de 8 à 20 heures.'),
      ],
      nl: [
        'Een gratis nummer tegen fraude',
        'Via een gratis nummer controleert u, voor u betaalt, of een bericht of oproep echt van ons komt.',
        body('Werking', 'Het nummer is open van maandag tot zaterdag, van 8 tot 20 uur.'),
      ],
      en: [
        'A free fraud check line',
        'A free number lets customers check, before paying, whether a message or call really comes from us.',
        '## How it works\n\nOpen Monday to Saturday, 8 am to 8 pm.',
      ],
    },
  },
  {
    org: 5,
    causes: ['non_digital', 'affordability'],
    groups: ['single_parents', 'low_income'],
    reached: 60,
    adoptions: 0,
    texts: {
      fr: [
        'Paiement au guichet sans frais',
        'Les factures peuvent être payées au guichet sans frais supplémentaires, en espèces ou par carte.',
        corps('Engagement', 'Aucun supplément n’est facturé pour le paiement hors ligne.'),
      ],
    },
  },
];

const AUDIENCE = ['customers', 'community', 'employees'] as const;

/** Adds the library's published practices and adoptions, after the writing side's demo. */
export async function demoLibrary(db: Kysely<DB>): Promise<void> {
  const orgs = (await signatoriesByName(db)).map((o) => o.id);
  const [secretariat] = await secretariatContacts(db);
  if (orgs.length < 2) return;
  const base = Date.parse('2025-03-01T09:00:00.000Z');
  for (const [i, item] of ITEMS.entries()) {
    const orgId = orgs[item.org % orgs.length]!;
    const id = newId();
    const revisionId = newId();
    const at = new Date(base + i * 9 * 86_400_000).toISOString();
    const langs = Object.keys(item.texts) as Lang[];
    const tags = {
      cause: toBits('cause', item.causes),
      group: toBits('group', item.groups),
      commitment: toBits('commitment', ['1', i % 2 ? '4' : '8']),
      audience: toBits('audience', [AUDIENCE[i % 3]!]),
      digcomp: item.causes.includes('skills') ? toBits('digcomp', ['communication', 'safety']) : 0,
      region: toBits('region', [(['flanders', 'brussels', 'wallonia', 'german_community'] as const)[i % 4]!]),
      language: toBits('language', langs),
    };
    const author = secretariat?.id ?? 'demo';
    await repo.insertPractice(db, { id, orgId, originalLang: langs[0]!, userId: author, at });
    await repo.insertRevision(db, {
      id: revisionId,
      practiceId: id,
      number: 1,
      userId: author,
      at,
      fields: {
        tags,
        periodStart: at.slice(0, 10),
        periodEnd: null,
        peopleReached: item.reached,
        contactName: ['Lotte Claes', 'Nadia El Amrani', 'Julien Dubois', 'Greta Schmitz'][i % 4]!,
        contactEmail: `contact${i}@demo-practices.example`,
      },
    });
    for (const [lang, [title, summary, text]] of Object.entries(item.texts) as [Lang, Text][]) {
      await repo.upsertText(db, { revisionId, lang, title, summary, body: text, results: '' }, lang === langs[0], at);
    }
    await repo.setRevisionStatus(db, revisionId, 'published', {
      submitted_at: at,
      submitted_by: author,
      reviewed_at: at,
      reviewed_by: secretariat?.id ?? null,
      review_comment: null,
    });
    const org = await organisationProfile(db, orgId);
    await repo.updatePractice(db, id, {
      status: 'published',
      published_revision_id: revisionId,
      ...repo.tagColumns(tags),
      text_lang_bits: toBits('language', langs),
      sector: org?.sector ?? null,
      period_start: at.slice(0, 10),
      people_reached: item.reached,
      published_at: at,
      slug: `${slugOf(item.texts[langs[0]!]![0])}-${i + 1}`,
    });
    for (let k = 1; k <= item.adoptions && k < orgs.length; k++) {
      const adopter = orgs[(item.org + k) % orgs.length]!;
      if (adopter === orgId) continue;
      const note = k === 1 ? 'We hebben het overgenomen in twee afdelingen; de eerste reacties zijn goed.' : null;
      if (await insertAdoption(db, { practiceId: id, orgId: adopter, note, userId: author, at })) {
        await moveAdoptionCount(db, id, 1);
      }
    }
    await syncPublished(db, id);
  }
  await demoAccountAdopts(db);
}

/**
 * The demo account's organisation adopted the sweep's practice (so its page shows the form
 * that withdraws an adoption), and someone reported a problem with it (so the secretariat's
 * list shows the form that closes a report).
 */
async function demoAccountAdopts(db: Kysely<DB>): Promise<void> {
  const [admin] = await contactsByEmail(db, [DEMO_ADMIN]);
  const orgId = admin ? (await membershipsOfUser(db, admin.id))[0]?.orgId : undefined;
  const practice = await sweepPractice(db);
  if (!admin || !orgId || !practice) return;
  const at = new Date(Date.parse('2026-02-02T10:00:00.000Z')).toISOString();
  if (practice.org_id !== orgId) {
    const note = 'Onze vrijwilligers gebruiken het sinds februari in de bibliotheek.';
    if (await insertAdoption(db, { practiceId: practice.id, orgId, note, userId: admin.id, at })) {
      await moveAdoptionCount(db, practice.id, 1);
    }
  }
  await db
    .insertInto('practice_reports')
    .values({
      id: newId(),
      practice_id: practice.id,
      reason: 'broken_link',
      details: 'De link naar het uitleenreglement geeft een foutmelding.',
      user_id: null,
      client_key: 'demo',
      status: 'open',
      created_at: at,
      closed_at: null,
      closed_by: null,
    })
    .execute();
  await addToCount(db, 'reports', 'open', 1);
}

/** The page sweep's practice: one that exists only in Dutch, so three of four languages show the notice. */
function sweepPractice(db: Kysely<DB>) {
  return db
    .selectFrom('practices')
    .select(['id', 'slug', 'org_id'])
    .where('status', '=', 'published')
    .where('text_lang_bits', '=', toBits('language', ['nl']))
    .orderBy('published_at')
    .executeTakeFirst();
}

const slugOf = (title: string) =>
  title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 50);

/** The page sweep's practice (see sweepPractice). */
export async function demoLibraryPages(db: Kysely<DB>): Promise<DemoPages> {
  const row = await sweepPractice(db);
  if (!row) throw new Error('The demo has no practice written only in Dutch');
  return { params: { practiceSlug: row.slug } };
}
