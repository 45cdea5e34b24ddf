import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { newId, now } from '../../platform/db/sql.ts';
import { audit } from '../../platform/audit/audit.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import { fail, ok, type Outcome } from '../../platform/outcome.ts';
import { charterFor, versionByNumber } from '../charter/service.ts';
import { signatoryRoleOf } from '../organisations/service.ts';
import { organisationRefs } from '../organisations/service-registration.ts';
import { belgianToday } from './clock.ts';
import { occursIn } from './quote.ts';
import { decodeCursor, pageOf } from './cursor.ts';
import { currentEvaluation, type CurrentEvaluation } from './service-setup.ts';
import { evaluatedCommitments } from './service-consultation.ts';
import { invalidFields } from './refusals.ts';
import * as repo from './repository-proposals.ts';
import type { CommentRow, GroupRow, ListFilter, ProposalRow } from './repository-proposals.ts';

// Proposals to change the charter's wording (ADR 0036): during the proposals phase a member of a
// signatory quotes a passage of an authoritative text (Dutch or French) and proposes new wording
// with its reason; members of signatories comment and support (one support per organisation).
// The author's organisation may withdraw its proposal until the vote opens.

export type { ProposalRow, CommentRow, GroupRow };
export const LIST_PAGE_SIZE = 20;
export const COMMENT_PAGE_SIZE = 30;
export const QUOTE_MAX = 1000;
export const PROPOSED_MAX = 2000;
export const REASON_MAX = 2000;
export const COMMENT_MAX = 2000;
/** Groups are few (the secretariat makes them by hand); the cap keeps the query bounded. */
export const GROUPS_SHOWN = 100;

export type ProposalRefusal = 'forbidden' | 'closed' | 'notFound' | 'invalid';

export interface ProposalInput {
  commitment: number;
  lang: 'nl' | 'fr';
  quoted: string;
  proposed: string;
  reason: string;
}

/** The charter text a proposal may quote from: the commitment's words and the charter's body, in `lang`. */
async function quotableTexts(db: Kysely<DB>, charterVersion: number, lang: Lang, commitment: number): Promise<string[]> {
  const version = await versionByNumber(db, charterVersion);
  const charter = version ? await charterFor(db, version.id, lang) : null;
  if (!charter || charter.lang !== lang) return [];
  return [charter.body, ...charter.commitments.filter((c) => c.number === commitment).map((c) => c.fullText)];
}

const proposing = (current: CurrentEvaluation | null): current is CurrentEvaluation => current?.phase === 'proposals';

export async function submitProposal(
  db: Kysely<DB>,
  actor: string,
  orgId: string,
  input: ProposalInput,
  today = belgianToday(),
): Promise<Outcome<{ id: string }, ProposalRefusal>> {
  if ((await signatoryRoleOf(db, orgId, actor)) === null) return fail('forbidden');
  const current = await currentEvaluation(db, today);
  if (!proposing(current)) return fail('closed');
  const evaluation = current.evaluation;
  const texts = await quotableTexts(db, evaluation.charter_version, input.lang, input.commitment);
  if (!occursIn(input.quoted, texts)) return invalidFields({ quoted: 'evaluation.proposals.error.notInCharter' });
  if (input.quoted.replace(/\s+/g, ' ') === input.proposed.replace(/\s+/g, ' '))
    return invalidFields({ proposed: 'evaluation.proposals.error.same' });
  const id = newId();
  const at = now();
  await db.transaction().execute(async (trx) => {
    await repo.insertProposal(trx, {
      id,
      evaluation_id: evaluation.id,
      org_id: orgId,
      author_id: actor,
      group_id: null,
      status: 'open',
      created_at: at,
      updated_at: at,
      ...input,
    });
    await repo.addToProposalCount(trx, evaluation.id, 1);
    await audit(trx, {
      actor,
      action: 'evaluation.proposal_submitted',
      subjectType: 'evaluation_proposal',
      subjectId: id,
      details: { orgId, commitment: input.commitment, lang: input.lang },
    });
  });
  return ok({ id });
}

export interface ProposalLine extends ProposalRow {
  orgName: string;
  orgSlug: string;
}

async function withOrganisations<T extends { org_id: string }>(db: Kysely<DB>, rows: T[]) {
  const refs = await organisationRefs(
    db,
    rows.map((r) => r.org_id),
  );
  return rows.map((r) => ({ ...r, orgName: refs.get(r.org_id)?.legalName ?? '', orgSlug: refs.get(r.org_id)?.slug ?? '' }));
}

export interface ProposalList {
  current: CurrentEvaluation | null;
  commitmentTitles: Map<number, string>;
  groups: GroupRow[];
  lines: ProposalLine[];
  next: string | null;
}

/** The public list: one page of the open proposals, filtered, with the groups they are in. */
export async function proposalList(
  db: Kysely<DB>,
  lang: Lang,
  filter: ListFilter,
  after: unknown,
  today = belgianToday(),
): Promise<ProposalList> {
  const current = await currentEvaluation(db, today);
  if (!current) return { current, commitmentTitles: new Map(), groups: [], lines: [], next: null };
  const id = current.evaluation.id;
  const [rows, groups, commitments] = await Promise.all([
    repo.openProposals(db, id, filter, decodeCursor(after), LIST_PAGE_SIZE + 1),
    repo.groupsOf(db, id, GROUPS_SHOWN),
    evaluatedCommitments(db, current.evaluation.charter_version, lang),
  ]);
  const { shown, next } = pageOf(rows, LIST_PAGE_SIZE);
  return {
    current,
    commitmentTitles: new Map(commitments.map((c) => [c.number, c.shortTitle])),
    groups,
    lines: await withOrganisations(db, shown),
    next,
  };
}

export interface ProposalPage {
  current: CurrentEvaluation;
  proposal: ProposalLine;
  commitmentTitle: string;
  group: GroupRow | null;
  comments: (CommentRow & { orgName: string; orgSlug: string })[];
  next: string | null;
  /** The reader's organisations that may comment and support: signatories. */
  actingFor: { orgId: string; orgName: string }[];
  supportedBy: Set<string>;
}

/** A proposal's page for a reader (anyone), or null when there is no such proposal. */
export async function proposalPage(
  db: Kysely<DB>,
  proposalId: string,
  lang: Lang,
  reader: { orgId: string; orgName: string }[],
  after: unknown,
  today = belgianToday(),
): Promise<ProposalPage | null> {
  const proposal = await repo.proposalById(db, proposalId);
  const current = await currentEvaluation(db, today);
  if (!proposal || !current || proposal.evaluation_id !== current.evaluation.id) return null;
  const [comments, group, commitments, refs] = await Promise.all([
    repo.commentsOf(db, proposalId, decodeCursor(after), COMMENT_PAGE_SIZE + 1),
    proposal.group_id ? repo.groupById(db, proposal.group_id) : Promise.resolve(undefined),
    evaluatedCommitments(db, current.evaluation.charter_version, lang),
    organisationRefs(
      db,
      reader.map((m) => m.orgId),
    ),
  ]);
  const actingFor = reader.filter((m) => refs.get(m.orgId)?.status === 'signatory');
  const { shown, next } = pageOf(comments, COMMENT_PAGE_SIZE);
  const [line] = await withOrganisations(db, [proposal]);
  return {
    current,
    proposal: line!,
    commitmentTitle: commitments.find((c) => c.number === Number(proposal.commitment))?.shortTitle ?? '',
    group: group ?? null,
    comments: await withOrganisations(db, shown),
    next,
    actingFor,
    supportedBy: await repo.supportingAmong(
      db,
      proposalId,
      actingFor.map((m) => m.orgId),
    ),
  };
}

/** The proposal, open, in the running evaluation's proposals phase, and the actor a member of a signatory `orgId`. */
async function openForDiscussion(
  db: Kysely<DB>,
  actor: string,
  orgId: string,
  proposalId: string,
  today: string,
): Promise<Outcome<ProposalRow, ProposalRefusal>> {
  const proposal = await repo.proposalById(db, proposalId);
  if (!proposal) return fail('notFound');
  if ((await signatoryRoleOf(db, orgId, actor)) === null) return fail('forbidden');
  const current = await currentEvaluation(db, today);
  if (!proposing(current) || proposal.evaluation_id !== current.evaluation.id || proposal.status !== 'open')
    return fail('closed');
  return ok(proposal);
}

export async function commentOn(
  db: Kysely<DB>,
  actor: string,
  proposalId: string,
  input: { org: string; body: string },
  today = belgianToday(),
): Promise<Outcome<null, ProposalRefusal>> {
  const found = await openForDiscussion(db, actor, input.org, proposalId, today);
  if (!found.ok) return found;
  await db.transaction().execute(async (trx) => {
    const id = newId();
    await repo.insertComment(trx, {
      id,
      proposal_id: proposalId,
      org_id: input.org,
      author_id: actor,
      body: input.body,
      created_at: now(),
    });
    await audit(trx, {
      actor,
      action: 'evaluation.comment_posted',
      subjectType: 'evaluation_proposal',
      subjectId: proposalId,
      details: { commentId: id, orgId: input.org },
    });
  });
  return ok(null);
}

/** Supports the proposal for an organisation (`on`), or takes the support back. */
export async function setSupport(
  db: Kysely<DB>,
  actor: string,
  proposalId: string,
  orgId: string,
  on: boolean,
  today = belgianToday(),
): Promise<Outcome<boolean, ProposalRefusal>> {
  const found = await openForDiscussion(db, actor, orgId, proposalId, today);
  if (!found.ok) return found;
  await db.transaction().execute(async (trx) => {
    const changed = on
      ? await repo.addSupport(trx, proposalId, orgId, actor, now())
      : await repo.removeSupport(trx, proposalId, orgId);
    const entry = { actor, subjectType: 'evaluation_proposal', subjectId: proposalId, details: { orgId } };
    if (changed && on) await audit(trx, { ...entry, action: 'evaluation.proposal_supported' });
    if (changed && !on) await audit(trx, { ...entry, action: 'evaluation.support_withdrawn' });
  });
  return ok(on);
}

/** The author's organisation takes its proposal back, before the vote opens. */
export async function withdrawProposal(
  db: Kysely<DB>,
  actor: string,
  orgId: string,
  proposalId: string,
  today = belgianToday(),
): Promise<Outcome<null, ProposalRefusal>> {
  const found = await openForDiscussion(db, actor, orgId, proposalId, today);
  if (!found.ok) return found;
  if (found.value.org_id !== orgId) return fail('forbidden');
  await db.transaction().execute(async (trx) => {
    if (!(await repo.withdraw(trx, proposalId, now()))) return;
    await repo.addToProposalCount(trx, found.value.evaluation_id, -1);
    await audit(trx, {
      actor,
      action: 'evaluation.proposal_withdrawn',
      subjectType: 'evaluation_proposal',
      subjectId: proposalId,
      details: { orgId },
    });
  });
  return ok(null);
}
