import type { Kysely } from 'kysely';
import { secretariatContacts } from '../accounts/service.ts';
import type { DB } from '../../platform/db/schema.ts';
import { addMs, now } from '../../platform/db/sql.ts';
import { audit } from '../../platform/audit/audit.ts';
import { newToken } from '../../platform/auth/tokens.ts';
import { queueMail } from '../../platform/mail/mailer.ts';
import { consume } from '../../platform/http/rate-limit.ts';
import type { Principal } from '../../platform/auth/principal.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import { textToSign, versionById } from '../charter/service.ts';
import {
  organisationProfile,
  organisationRefs,
  type OrganisationProfile,
} from '../organisations/service-registration.ts';
import * as repo from './repository.ts';
import { executiveInviteMail, langOf, renewalInviteMail, secretariatRepliedMail } from './mails.ts';
import { isRenewal } from './service-renewal.ts';
import { DAY, fail, TOKEN_MS, type Outcome, type SigningDeps } from './outcome.ts';
import type { ApplicationStatus, SigningMethod } from './signing.table.ts';

const subject = (id: string) => ({ subjectType: 'application', subjectId: id });

// ---- the applicant's page

export interface SignatureView {
  id: string;
  /** Online through the executive's link, or on paper (recorded by the secretariat, with a scan). */
  method: SigningMethod;
  signerName: string;
  signerTitle: string;
  signerEmail: string;
  signedAt: string;
  textHash: string;
  lang: string;
  charterVersion: number | null;
  /** The signer's name, title and address were blanked at the end of their retention. */
  erased: boolean;
}

export interface ApplicationView {
  id: string;
  status: ApplicationStatus;
  submittedAt: string;
  updatedAt: string;
  contactName: string;
  contactEmail: string;
  applicantUserId: string;
  executive: { name: string; title: string; email: string; lang: Lang };
  tokenExpiresAt: string | null;
  executiveAnsweredAt: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
  infoRequest: string | null;
  org: OrganisationProfile;
  signature: SignatureView | null;
  charterVersion: number | null;
  /** When retention blanked the names and addresses (see retention.ts), or null. */
  erasedAt: string | null;
}

/** Everything about one application, for its applicant's page or the secretariat's. */
export async function applicationView(db: Kysely<DB>, id: string): Promise<ApplicationView | null> {
  const app = await repo.findApplication(db, id);
  if (!app) return null;
  const [org, signature, version] = await Promise.all([
    organisationProfile(db, app.org_id),
    repo.signatureOfApplication(db, app.org_id, id),
    versionById(db, app.charter_version_id),
  ]);
  if (!org) return null;
  return {
    id: app.id,
    status: app.status,
    submittedAt: app.submitted_at,
    updatedAt: app.updated_at,
    contactName: app.contact_name,
    contactEmail: app.contact_email,
    applicantUserId: app.applicant_user_id,
    executive: {
      name: app.executive_name,
      title: app.executive_title,
      email: app.executive_email,
      lang: langOf(app.executive_lang),
    },
    tokenExpiresAt: app.token_expires_at,
    executiveAnsweredAt: app.executive_answered_at,
    decidedAt: app.decided_at,
    decisionReason: app.decision_reason,
    infoRequest: app.info_request,
    org,
    charterVersion: version?.version ?? null,
    erasedAt: app.erased_at,
    signature: signature
      ? {
          id: signature.id,
          method: signature.method === 'paper' ? 'paper' : 'online',
          signerName: signature.signer_name,
          signerTitle: signature.signer_title,
          signerEmail: signature.signer_email,
          signedAt: signature.signed_at,
          textHash: signature.text_hash,
          lang: signature.lang,
          charterVersion: version?.version ?? null,
          erased: signature.erased_at !== null,
        }
      : null,
  };
}

/**
 * Only the organisation's current administrators may follow an application, the person who sent
 * it included: once the admins removed them (or made them a member), they no longer see it,
 * answer for it or send the executive's link anywhere. The memberships are read per request.
 */
export function mayFollow(principal: Principal, app: { org_id: string }): boolean {
  return principal.memberships.some((m) => m.orgId === app.org_id && m.role === 'admin');
}

export async function applicationForApplicant(
  db: Kysely<DB>,
  id: string,
  principal: Principal,
): Promise<{ ok: true; view: ApplicationView } | { ok: false; reason: 'notFound' | 'forbidden' }> {
  const app = await repo.findApplication(db, id);
  if (!app) return { ok: false, reason: 'notFound' };
  if (!mayFollow(principal, app)) return { ok: false, reason: 'forbidden' };
  const view = await applicationView(db, id);
  return view ? { ok: true, view } : { ok: false, reason: 'notFound' };
}

export interface MyApplication {
  id: string;
  status: ApplicationStatus;
  submittedAt: string;
  orgName: string;
}

/** The applications of the organisations a person administers, with their names (two queries). */
export async function myApplications(db: Kysely<DB>, principal: Principal): Promise<MyApplication[]> {
  const adminOf = principal.memberships.filter((m) => m.role === 'admin').map((m) => m.orgId);
  const rows = await repo.applicationsOfOrganisations(db, adminOf);
  const orgs = await organisationRefs(
    db,
    rows.map((r) => r.org_id),
  );
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    submittedAt: r.submitted_at,
    orgName: orgs.get(r.org_id)?.legalName ?? '',
  }));
}

/** An application as the person who sent it gave it, for their own copy of their data. */
export interface ApplicationSent {
  id: string;
  organisation: string;
  status: ApplicationStatus;
  submittedAt: string;
  decidedAt: string | null;
  /** The person's own details as they gave them (blank once retention has erased them). */
  contact: { name: string; email: string } | null;
  /** Whom they named to sign; the executive's own address is theirs, and left out. */
  executive: { name: string; title: string } | null;
}

/** Every application a person sent, whatever became of their membership ("download my data"). */
export async function applicationsSentBy(db: Kysely<DB>, userId: string): Promise<ApplicationSent[]> {
  const rows = await repo.applicationsByApplicant(db, userId);
  const orgs = await organisationRefs(
    db,
    rows.map((r) => r.org_id),
  );
  return rows.map((r) => ({
    id: r.id,
    organisation: orgs.get(r.org_id)?.legalName ?? '',
    status: r.status,
    submittedAt: r.submitted_at,
    decidedAt: r.decided_at,
    contact: r.erased_at ? null : { name: r.contact_name, email: r.contact_email },
    executive: r.erased_at ? null : { name: r.executive_name, title: r.executive_title },
  }));
}

const RESENDS_PER_DAY = 5;

/**
 * A new personal link for the executive (the old one stops working), optionally to corrected
 * details. Only while the executive has not answered; at most five times a day.
 */
export async function resendLink(
  deps: SigningDeps,
  id: string,
  principal: Principal,
  executive: { executiveName: string; executiveTitle: string; executiveEmail: string; executiveLang: Lang },
): Promise<Outcome<null>> {
  const { db, config } = deps;
  const app = await repo.findApplication(db, id);
  if (!app || !mayFollow(principal, app)) return fail({ _form: 'signing.error.notFound' });
  if (app.status !== 'awaiting_executive') return fail({ _form: 'signing.error.notAwaitingExecutive' });
  const [org, text] = await Promise.all([
    organisationProfile(db, app.org_id),
    textToSign(db, app.charter_version_id, executive.executiveLang),
  ]);
  if (!org || !text) return fail({ _form: 'signing.error.noCharter' });
  const { token, hash } = newToken();
  const at = now();
  return db.transaction().execute(async (trx): Promise<Outcome<null>> => {
    const limit = await consume(trx, `signing:resend:${id}`, RESENDS_PER_DAY, DAY);
    if (!limit.allowed) return fail({ _form: 'signing.error.tooManyResends' }, { retryAfter: limit.retryAfter });
    const moved = await repo.moveApplication(trx, id, ['awaiting_executive'], {
      token_hash: hash,
      token_expires_at: addMs(at, TOKEN_MS),
      executive_name: executive.executiveName,
      executive_title: executive.executiveTitle,
      executive_email: executive.executiveEmail,
      executive_lang: executive.executiveLang,
    });
    if (!moved) return fail({ _form: 'signing.error.notAwaitingExecutive' });
    const changed = app.executive_email !== executive.executiveEmail || app.executive_name !== executive.executiveName;
    await audit(trx, {
      actor: principal.userId,
      action: 'signing.link_resent',
      ...subject(id),
      // What changed, not the addresses: the application row holds the current one.
      details: { executiveChanged: changed },
    });
    const to = { name: executive.executiveName, email: executive.executiveEmail, lang: executive.executiveLang };
    const common = { executive: to, orgName: org.legalName, token, expiresAt: addMs(at, TOKEN_MS), charterText: text.text };
    // A renewal (a newer version for a signatory) is asked for in its own words.
    const version = (await versionById(trx, app.charter_version_id))?.version ?? 0;
    await queueMail(
      trx,
      isRenewal(org, version)
        ? renewalInviteMail(config, { ...common, version })
        : executiveInviteMail(config, {
            ...common,
            applicantName: app.contact_name,
            applicantEmail: app.contact_email,
            again: true,
          }),
    );
    return { ok: true, value: null };
  });
}

/** The applicant answers the secretariat's question; the application goes back in review. */
export async function replyToInfoRequest(
  deps: SigningDeps,
  id: string,
  principal: Principal,
  message: string,
): Promise<Outcome<null>> {
  const { db, config } = deps;
  const app = await repo.findApplication(db, id);
  if (!app || !mayFollow(principal, app)) return fail({ _form: 'signing.error.notFound' });
  const [orgs, secretariat] = await Promise.all([organisationRefs(db, [app.org_id]), secretariatContacts(db)]);
  const orgName = orgs.get(app.org_id)?.legalName ?? '';
  return db.transaction().execute(async (trx): Promise<Outcome<null>> => {
    if (!(await repo.moveApplication(trx, id, ['info_requested'], { status: 'awaiting_review' })))
      return fail({ reply: 'signing.error.noQuestion' });
    await audit(trx, { actor: principal.userId, action: 'signing.info_replied', ...subject(id), details: { message } });
    for (const person of secretariat)
      await queueMail(trx, secretariatRepliedMail(config, person, { applicationId: id, orgName }));
    return { ok: true, value: null };
  });
}
