import type { Kysely } from 'kysely';
import { contactsOf } from '../accounts/service.ts';
import type { DB } from '../../platform/db/schema.ts';
import { now } from '../../platform/db/sql.ts';
import { audit } from '../../platform/audit/audit.ts';
import { queueMail } from '../../platform/mail/mailer.ts';
import { versionById } from '../charter/service.ts';
import { membershipsOfUser } from '../organisations/service.ts';
import {
  adminUserIds,
  markRejected,
  markSignatory,
  organisationRefs,
  recordOrganisationEvent,
} from '../organisations/service-registration.ts';
import * as repo from './repository.ts';
import { applicantApprovedMail, applicantInfoRequestedMail, applicantRejectedMail } from './mails.ts';
import { fail, type Outcome, type SigningDeps } from './outcome.ts';
import { applicationView, type ApplicationView } from './service-applicant.ts';
import type { ApplicationStatus } from './signing.table.ts';

// The secretariat's side: the queue, one application in full, and the three decisions.

export const PAGE_SIZE = 25;

export interface QueueItem {
  id: string;
  status: ApplicationStatus;
  submittedAt: string;
  executiveAnsweredAt: string | null;
  orgName: string;
  enterpriseNumber: string;
  executiveName: string;
  /** The viewer belongs to this organisation or applied for it: someone else must review it. */
  ownInterest: boolean;
}

/**
 * Separation of duties: a secretariat account never reviews an application of an organisation it
 * belongs to (any role) or that it applied for. `memberOf` is the reviewer's organisation ids.
 */
export interface Reviewer {
  userId: string;
  memberOf: readonly string[];
}

function hasOwnInterest(reviewer: Reviewer, app: { applicant_user_id: string; org_id: string }): boolean {
  return app.applicant_user_id === reviewer.userId || reviewer.memberOf.includes(app.org_id);
}

/** The reviewer as the database knows them now (the decisions do not trust the caller's list). */
async function reviewerFromDatabase(db: Kysely<DB>, userId: string): Promise<Reviewer> {
  const memberships = await membershipsOfUser(db, userId);
  return { userId, memberOf: memberships.map((m) => m.orgId) };
}

async function withOrganisations(db: Kysely<DB>, rows: repo.ApplicationRow[], viewer: Reviewer): Promise<QueueItem[]> {
  const orgs = await organisationRefs(
    db,
    rows.map((r) => r.org_id),
  );
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    submittedAt: r.submitted_at,
    executiveAnsweredAt: r.executive_answered_at,
    orgName: orgs.get(r.org_id)?.legalName ?? '',
    enterpriseNumber: orgs.get(r.org_id)?.enterpriseNumber ?? '',
    executiveName: r.executive_name,
    ownInterest: hasOwnInterest(viewer, r),
  }));
}

export async function secretariatOverview(
  db: Kysely<DB>,
  viewer: Reviewer,
): Promise<{ counts: Record<ApplicationStatus, number>; oldest: QueueItem[] }> {
  const [counts, oldest] = await Promise.all([repo.countByStatus(db), repo.oldestWith(db, 'awaiting_review', 5)]);
  return { counts, oldest: await withOrganisations(db, oldest, viewer) };
}

/** The keyset of the last row on a page, as a short opaque string for the address. */
export function encodeCursor(row: { submittedAt: string; id: string }): string {
  return Buffer.from(`${row.submittedAt}|${row.id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: unknown): { submittedAt: string; id: string } | null {
  if (typeof cursor !== 'string' || cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  const [submittedAt, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (rest.length || !submittedAt || !id) return null;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(submittedAt) || !/^[0-9a-f-]{36}$/.test(id)) return null;
  return { submittedAt, id };
}

export async function reviewQueue(
  db: Kysely<DB>,
  status: ApplicationStatus,
  after: { submittedAt: string; id: string } | null,
  viewer: Reviewer,
): Promise<{ counts: Record<ApplicationStatus, number>; items: QueueItem[]; next: string | null }> {
  // One row more than a page tells whether there is a next page, without counting.
  const [counts, rows] = await Promise.all([repo.countByStatus(db), repo.queuePage(db, status, after, PAGE_SIZE + 1)]);
  const page = rows.slice(0, PAGE_SIZE);
  const last = page[page.length - 1];
  return {
    counts,
    items: await withOrganisations(db, page, viewer),
    next: rows.length > PAGE_SIZE && last ? encodeCursor({ submittedAt: last.submitted_at, id: last.id }) : null,
  };
}

export interface HistoryLine {
  at: string;
  action: string;
  actorName: string | null;
  text: string | null;
}

export async function applicationForSecretariat(
  db: Kysely<DB>,
  id: string,
  viewer: Reviewer,
): Promise<{ view: ApplicationView; history: HistoryLine[]; ownInterest: boolean } | null> {
  const app = await repo.findApplication(db, id);
  const view = app ? await applicationView(db, id) : null;
  if (!app || !view) return null;
  const rows = await repo.historyOf(db, id);
  const actors = await contactsOf(
    db,
    rows.map((r) => r.actor_user_id).filter((a): a is string => a !== null),
  );
  const names = new Map(actors.map((a) => [a.id, a.name]));
  const history = rows.map((r) => {
    let details: Record<string, unknown> = {};
    try {
      details = JSON.parse(r.details) as Record<string, unknown>;
    } catch {
      // an unreadable line still shows who did what and when
    }
    const text =
      typeof details.message === 'string'
        ? details.message
        : typeof details.reason === 'string'
          ? details.reason
          : null;
    return {
      at: r.at,
      action: r.action,
      actorName: r.actor_user_id ? (names.get(r.actor_user_id) ?? null) : null,
      text,
    };
  });
  return { view, history, ownInterest: hasOwnInterest(viewer, app) };
}

/** The applicant to mail about a decision: only while they still administer the organisation. */
async function applicantOf(db: Kysely<DB>, app: repo.ApplicationRow) {
  const [people, orgs, admins] = await Promise.all([
    contactsOf(db, [app.applicant_user_id]),
    organisationRefs(db, [app.org_id]),
    adminUserIds(db, app.org_id),
  ]);
  const applicant = admins.includes(app.applicant_user_id) ? (people[0] ?? null) : null;
  return { applicant, org: orgs.get(app.org_id) ?? null };
}

const REVIEWABLE: ApplicationStatus[] = ['awaiting_review', 'info_requested'];

/**
 * Approves: the organisation becomes a signatory from the moment its executive signed, under
 * the charter version they signed. Only an application with a signature can be approved.
 */
export async function approveApplication(deps: SigningDeps, id: string, actor: string): Promise<Outcome<null>> {
  const { db, config } = deps;
  const app = await repo.findApplication(db, id);
  if (!app) return fail({ _form: 'signing.error.notFound' });
  if (hasOwnInterest(await reviewerFromDatabase(db, actor), app)) return fail({ _form: 'signing.error.ownInterest' });
  const signature = await repo.signatureOfApplication(db, app.org_id, id);
  if (!REVIEWABLE.includes(app.status) || !signature) return fail({ _form: 'signing.error.notReviewable' });
  const [version, { applicant, org }] = await Promise.all([
    versionById(db, signature.charter_version_id),
    applicantOf(db, app),
  ]);
  if (!version || !org) return fail({ _form: 'signing.error.noCharter' });
  const at = now();
  return db.transaction().execute(async (trx): Promise<Outcome<null>> => {
    if (!(await repo.moveApplication(trx, id, REVIEWABLE, { status: 'approved', decided_at: at, decided_by: actor }))) {
      return fail({ _form: 'signing.error.notReviewable' });
    }
    await markSignatory(trx, app.org_id, { signedAt: signature.signed_at, charterVersion: version.version, actor });
    await deps.events.emit({ trx, dialect: deps.dialect }, 'signing:signed', { orgId: app.org_id });
    await recordOrganisationEvent(trx, { orgId: app.org_id, kind: 'approved', at, charterVersion: version.version });
    await audit(trx, {
      actor,
      action: 'signing.application_approved',
      subjectType: 'application',
      subjectId: id,
      details: { orgId: app.org_id, signedAt: signature.signed_at },
    });
    if (applicant)
      await queueMail(trx, applicantApprovedMail(config, applicant, { orgName: org.legalName, slug: org.slug }));
    return { ok: true, value: null };
  });
}

/** Rejects, with a reason the applicant reads. Possible until a decision, even before the executive answered. */
export async function rejectApplication(
  deps: SigningDeps,
  id: string,
  actor: string,
  reason: string,
): Promise<Outcome<null>> {
  const { db, config } = deps;
  const app = await repo.findApplication(db, id);
  if (!app) return fail({ _form: 'signing.error.notFound' });
  if (hasOwnInterest(await reviewerFromDatabase(db, actor), app)) return fail({ _form: 'signing.error.ownInterest' });
  const { applicant, org } = await applicantOf(db, app);
  const at = now();
  return db.transaction().execute(async (trx): Promise<Outcome<null>> => {
    const moved = await repo.moveApplication(trx, id, repo.IN_PROGRESS, {
      status: 'rejected',
      decided_at: at,
      decided_by: actor,
      decision_reason: reason,
    });
    if (!moved) return fail({ _form: 'signing.error.notReviewable' });
    await markRejected(trx, app.org_id, { actor });
    await recordOrganisationEvent(trx, { orgId: app.org_id, kind: 'rejected', at });
    await audit(trx, {
      actor,
      action: 'signing.application_rejected',
      subjectType: 'application',
      subjectId: id,
      details: { reason },
    });
    if (applicant)
      await queueMail(
        trx,
        applicantRejectedMail(config, applicant, { applicationId: id, orgName: org?.legalName ?? '', reason }),
      );
    return { ok: true, value: null };
  });
}

/** Asks the applicant a question; the application waits for their answer. */
export async function requestInformation(
  deps: SigningDeps,
  id: string,
  actor: string,
  message: string,
): Promise<Outcome<null>> {
  const { db, config } = deps;
  const app = await repo.findApplication(db, id);
  if (!app) return fail({ _form: 'signing.error.notFound' });
  if (hasOwnInterest(await reviewerFromDatabase(db, actor), app)) return fail({ _form: 'signing.error.ownInterest' });
  const { applicant, org } = await applicantOf(db, app);
  return db.transaction().execute(async (trx): Promise<Outcome<null>> => {
    if (
      !(await repo.moveApplication(trx, id, ['awaiting_review'], { status: 'info_requested', info_request: message }))
    ) {
      return fail({ _form: 'signing.error.notReviewable' });
    }
    await audit(trx, {
      actor,
      action: 'signing.info_requested',
      subjectType: 'application',
      subjectId: id,
      details: { message },
    });
    if (applicant)
      await queueMail(
        trx,
        applicantInfoRequestedMail(config, applicant, { applicationId: id, orgName: org?.legalName ?? '', message }),
      );
    return { ok: true, value: null };
  });
}
