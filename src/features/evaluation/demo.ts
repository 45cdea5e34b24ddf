import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { DemoPages, DemoPeople } from '../../platform/feature.ts';
import { secretariatContacts } from '../accounts/service.ts';
import { signatoriesByName } from '../organisations/service-directory.ts';
import { adminUserIds } from '../organisations/service-registration.ts';
import { addDays, belgianToday } from './clock.ts';
import { DIFFICULTIES, RELEVANCES } from './components.tsx';
import { saveEvaluation } from './service-setup.ts';
import { saveAnswers, type RawAnswers } from './service-consultation.ts';
import { commentOn, setSupport, submitProposal, type ProposalInput } from './service-proposals.ts';
import { assignGroup, createGroup } from './service-groups.ts';

// The joint evaluation's demo (`seed --demo`): the evaluation of version 1 is in its proposals
// phase today. The consultation opened five weeks ago and most signatories answered; three
// proposals quote the authoritative texts (one on commitment 4's internal training), with
// comments and supports, and the secretariat has grouped two of them. The vote opens in four
// weeks, so no vote exists yet (evaluation_votes stays empty in the demo).

const DEMO_ADMIN_ORG = 'Digitaal Samen vzw';

/** A stable pseudo-random number from a few integers: the demo is the same on every run. */
const mix = (...n: number[]) => n.reduce((h, x) => Math.imul(h ^ (x + 0x9e3779b9), 0x85ebca6b) >>> 0, 17) % 1000;

const PROPOSALS: (ProposalInput & { comment: string })[] = [
  {
    commitment: 4,
    lang: 'nl',
    quoted: 'door interne opleiding te stimuleren en acties en vooruitgang te delen',
    proposed:
      'door alle medewerkers een interne opleiding over digitale inclusie aan te bieden en acties en vooruitgang elk jaar te delen',
    reason:
      '“Stimuleren” is te vrijblijvend. Een opleiding voor alle medewerkers en een jaarlijks verslag maken het engagement meetbaar.',
    comment: 'Eens, maar geef kleine organisaties tijd: een opleiding voor iedereen kost ons een jaar.',
  },
  {
    commitment: 8,
    lang: 'nl',
    quoted: 'het online veiligheidsgevol van mensen te verhogen',
    proposed: 'het online veiligheidsgevoel van mensen te verhogen',
    reason: 'Een tikfout in de officiële tekst: “veiligheidsgevol” moet “veiligheidsgevoel” zijn.',
    comment: 'Goed gezien. Dit hoeft geen discussie.',
  },
  {
    commitment: 4,
    lang: 'fr',
    quoted: 'en favorisant des parcours de formation interne',
    proposed: 'en proposant à tout le personnel des parcours de formation interne, y compris aux personnes qui travaillent sans ordinateur',
    reason: 'Le personnel de terrain est souvent oublié. La Charte doit le nommer.',
    comment: 'Chez nous, c’est justement le personnel de nettoyage qui en a le plus besoin.',
  },
];

export async function demo(db: Kysely<DB>): Promise<void> {
  const secretariat = (await secretariatContacts(db))[0];
  if (!secretariat) return;
  const today = belgianToday();
  const days = {
    consultation_opens_on: addDays(today, -35),
    proposals_opens_on: addDays(today, -3),
    vote_opens_on: addDays(today, 28),
    result_on: addDays(today, 42),
  };
  // Created before the consultation opened, as the secretariat would have.
  const created = await saveEvaluation(db, secretariat.id, { ...days, quorum: 'half', majority: 'twoThirds' }, addDays(today, -40));
  if (!created.ok) throw new Error('The demo evaluation could not be created');

  const signatories = await signatoriesByName(db);
  const home = signatories.find((o) => o.legal_name === DEMO_ADMIN_ORG) ?? signatories[0];
  const ordered = home ? [home, ...signatories.filter((o) => o.id !== home.id)] : signatories;
  const actors: { orgId: string; admin: string }[] = [];
  for (const org of ordered) {
    const admin = (await adminUserIds(db, org.id))[0];
    if (admin) actors.push({ orgId: org.id, admin });
  }

  // Three in four signatories answered the consultation, a week after it opened; some skipped a commitment.
  const answeredOn = addDays(days.consultation_opens_on, 7);
  for (const [i, { orgId, admin }] of actors.entries()) {
    if (i % 4 === 3) continue;
    const raw: RawAnswers = {};
    for (let n = 1; n <= 9; n++) {
      if ((i + n) % 7 === 0) continue;
      // Mostly relevant; campaigns (6) and self-assessment (7) more often in doubt and harder.
      const doubt = n === 6 || n === 7 ? 4 : 2;
      const r = mix(i, n) % 10;
      raw[`relevance-${n}`] = RELEVANCES[r < 10 - doubt ? 0 : r < 9 ? 1 : 2];
      raw[`difficulty-${n}`] = DIFFICULTIES[Math.min(3, (mix(n, i, 3) % 3) + (doubt > 2 ? 1 : 0))];
      if (n === 4 && i % 3 === 0) raw[`change-${n}`] = 'Maak duidelijker wat een interne opleiding minstens moet inhouden.';
    }
    await saveAnswers(db, admin, orgId, raw, answeredOn);
  }

  // The proposals, by the first three organisations (the demo admin's first); comments and
  // supports from the others.
  const ids: string[] = [];
  for (const [i, { comment, ...input }] of PROPOSALS.entries()) {
    const author = actors[i];
    if (!author) return;
    const submitted = await submitProposal(db, author.admin, author.orgId, input, today);
    if (!submitted.ok) throw new Error(`The demo proposal on commitment ${input.commitment} was refused`);
    ids.push(submitted.value.id);
    const critic = actors[(i + 3) % actors.length]!;
    await commentOn(db, critic.admin, submitted.value.id, { org: critic.orgId, body: comment }, today);
    for (const supporter of actors.slice(3 + i, 3 + i + 6 - 2 * i)) {
      await setSupport(db, supporter.admin, submitted.value.id, supporter.orgId, true, today);
    }
  }
  const group = await createGroup(db, secretariat.id, 'Interne opleiding · Formation interne', today);
  if (group.ok) for (const id of [ids[0], ids[2]]) if (id) await assignGroup(db, secretariat.id, id, group.value.id, today);
}

/** The first demo proposal (on commitment 4, by the demo admin's organisation). */
export async function demoPages(db: Kysely<DB>, _people: DemoPeople): Promise<DemoPages> {
  const first = await db
    .selectFrom('evaluation_proposals')
    .select('id')
    .where('commitment', '=', 4)
    .where('lang', '=', 'nl')
    .orderBy('created_at')
    .executeTakeFirst();
  if (!first) throw new Error('The demo has no evaluation proposal');
  return { params: { proposalId: first.id } };
}
