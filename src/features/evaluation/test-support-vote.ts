// Helpers for the vote, result, publication and re-signing tests: an evaluation and its
// proposals inserted straight into the tables (their own pages are another part of the
// feature), and signatories that signed online, with the signature a renewal reads.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { newId, now } from '../../platform/db/sql.ts';
import { belgianDate } from '../../platform/i18n/format.ts';
import { currentVersion } from '../charter/service.ts';
import { createOrganisation, createUser, type TestUser } from '../../../test/support/accounts.ts';
import type { Phase } from './phases.ts';
import { charterDraft } from './service-publish.ts';
import { bodyField } from './pages/publish/schema.ts';
import type { Majority, Quorum } from './vote.ts';

/** A Belgian day `days` after `from` (before when negative). */
export function dayAfter(from: string, days: number): string {
  const d = new Date(`${from}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The phase days that put an evaluation in `phase` today (the real Belgian today, as the pages read it). */
export function daysFor(phase: Exclude<Phase, 'scheduled'>, today = belgianDate()) {
  const shift = { consultation: 0, proposals: 1, vote: 2, result: 3 }[phase];
  // Each phase opens a day after the one before; `today` falls in `phase`.
  const start = dayAfter(today, -shift);
  return {
    consultation_opens_on: start,
    proposals_opens_on: dayAfter(start, 1),
    vote_opens_on: dayAfter(start, 2),
    result_on: dayAfter(start, 3),
  };
}

export async function insertEvaluation(
  db: Kysely<DB>,
  opts: { phase: Exclude<Phase, 'scheduled'>; quorum?: Quorum; majority?: Majority; createdBy: string },
): Promise<string> {
  const id = newId();
  const at = now();
  await db
    .insertInto('evaluations')
    .values({
      id,
      charter_version: 1,
      ...daysFor(opts.phase),
      quorum: opts.quorum ?? 'half',
      majority: opts.majority ?? 'twoThirds',
      eligible_count: null,
      published_version: null,
      published_at: null,
      created_by: opts.createdBy,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return id;
}

/** Moves the evaluation into `phase` today, as the days passing would. */
export async function moveToPhase(db: Kysely<DB>, evaluationId: string, phase: Exclude<Phase, 'scheduled'>) {
  await db.updateTable('evaluations').set(daysFor(phase)).where('id', '=', evaluationId).execute();
}

export async function insertProposal(
  db: Kysely<DB>,
  p: { evaluationId: string; orgId: string; authorId: string; commitment: number; lang?: string; quoted: string; proposed: string; reason?: string; groupId?: string | null },
): Promise<string> {
  const id = newId();
  const at = now();
  await db
    .insertInto('evaluation_proposals')
    .values({
      id,
      evaluation_id: p.evaluationId,
      org_id: p.orgId,
      author_id: p.authorId,
      commitment: p.commitment,
      lang: p.lang ?? 'nl',
      quoted: p.quoted,
      proposed: p.proposed,
      reason: p.reason ?? 'Duidelijker voor iedereen.',
      group_id: p.groupId ?? null,
      status: 'open',
      created_at: at,
      updated_at: at,
    })
    .execute();
  return id;
}

export interface Signatory {
  id: string;
  name: string;
  admin: TestUser;
  executiveEmail: string;
}

/**
 * A signatory with an administrator, whose executive signed version 1 online and whose
 * application the secretariat approved: what a renewal reads to find whom to ask.
 */
export async function insertSignatory(db: Kysely<DB>, opts: { name?: string; status?: 'signatory' | 'applicant' } = {}): Promise<Signatory> {
  const admin = await createUser(db);
  const org = await createOrganisation(db, { name: opts.name, status: opts.status, members: [{ user: admin, role: 'admin' }] });
  const version = await currentVersion(db);
  const applicationId = newId();
  const at = now();
  const executiveEmail = `executive-${org.id.slice(0, 8)}@example.be`;
  await db
    .insertInto('applications')
    .values({
      id: applicationId,
      org_id: org.id,
      status: opts.status === 'applicant' ? 'awaiting_review' : 'approved',
      applicant_user_id: admin.id,
      contact_name: admin.name,
      contact_email: admin.email,
      executive_name: 'Els Claes',
      executive_title: 'Directeur',
      executive_email: executiveEmail,
      executive_lang: 'nl',
      charter_version_id: version!.id,
      token_hash: null,
      token_expires_at: null,
      submitted_at: at,
      executive_answered_at: at,
      decided_at: at,
      decided_by: null,
      decision_reason: null,
      info_request: null,
      erased_at: null,
      updated_at: at,
    })
    .execute();
  await db
    .insertInto('signatures')
    .values({
      id: newId(),
      org_id: org.id,
      application_id: applicationId,
      charter_version_id: version!.id,
      signer_name: 'Els Claes',
      signer_title: 'Directeur',
      signer_email: executiveEmail,
      lang: 'nl',
      text_hash: 'x'.repeat(64),
      signed_at: at,
      erased_at: null,
      scan_file: null,
      recorded_by: null,
    })
    .execute();
  return { id: org.id, name: org.name, admin, executiveEmail };
}

/** Commitment 4 in the Dutch text of version 1, and the new wording the tests propose. */
export const COMMITMENT_4 = {
  quoted: 'door interne opleiding te stimuleren',
  proposed: 'door elk jaar interne opleiding aan te bieden aan alle medewerkers',
};

export interface HeldVote {
  evaluationId: string;
  secretariat: TestUser;
  signatories: Signatory[];
  /** On commitment 4's wording: 3 yes, 1 no of 6 under half as quorum and a two-thirds majority. */
  accepted: string;
  /** Only 2 of the 6 vote: under the quorum. */
  noQuorum: string;
}

/**
 * The case: six signatories, half as quorum and a two-thirds majority; a proposal on
 * commitment 4 gets enough votes, another misses the quorum. Leaves the evaluation in the vote.
 */
export async function holdVote(db: Kysely<DB>, castVotes: CastVotes): Promise<HeldVote> {
  const secretariat = await createUser(db, { secretariat: true });
  const signatories: Signatory[] = [];
  for (let i = 0; i < 6; i++) signatories.push(await insertSignatory(db, { name: `Ondertekenaar ${i + 1}` }));
  const evaluationId = await insertEvaluation(db, { phase: 'vote', quorum: 'half', majority: 'twoThirds', createdBy: secretariat.id });
  const [a, b, c, d] = signatories as [Signatory, Signatory, Signatory, Signatory];
  const accepted = await insertProposal(db, { evaluationId, orgId: a.id, authorId: a.admin.id, commitment: 4, ...COMMITMENT_4 });
  const noQuorum = await insertProposal(db, {
    evaluationId,
    orgId: b.id,
    authorId: b.admin.id,
    commitment: 6,
    quoted: 'campagnes te ondersteunen',
    proposed: 'campagnes actief te ondersteunen',
  });
  const vote = (s: Signatory, choices: Record<string, 'yes' | 'no' | 'abstain'>) => castVotes(db, s.admin.id, s.id, choices);
  await vote(a, { [accepted]: 'yes', [noQuorum]: 'yes' });
  await vote(b, { [accepted]: 'yes', [noQuorum]: 'yes' });
  await vote(c, { [accepted]: 'yes' });
  await vote(d, { [accepted]: 'no' });
  return { evaluationId, secretariat, signatories, accepted, noQuorum };
}

type CastVotes = (
  db: Kysely<DB>,
  actor: string,
  orgId: string,
  choices: Record<string, 'yes' | 'no' | 'abstain'>,
) => Promise<{ ok: boolean }>;

/** The draft's texts as the secretariat's page fills them in, by field name. */
export async function draftFields(db: Kysely<DB>): Promise<Record<string, string>> {
  const answer = await charterDraft(db);
  if (answer.kind !== 'ready') throw new Error(`no draft yet (${answer.kind})`);
  return Object.fromEntries(answer.draft.draft.texts.map((text) => [bodyField(text.lang), text.body]));
}
