import type { Kysely, Transaction } from 'kysely';
import { contactsOf, secretariatContacts } from '../accounts/service.ts';
import type { DB } from '../../platform/db/schema.ts';
import { newId, now } from '../../platform/db/sql.ts';
import { audit } from '../../platform/audit/audit.ts';
import { hashToken } from '../../platform/auth/tokens.ts';
import { queueMail } from '../../platform/mail/mailer.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import { charterFor, textToSign, versionById, type Charter } from '../charter/service.ts';
import {
  adminUserIds,
  markSignatory,
  organisationProfile,
  recordOrganisationEvent,
  type OrganisationProfile,
} from '../organisations/service-registration.ts';
import { isRenewal } from './service-renewal.ts';
import * as repo from './repository.ts';
import { applicantDeclinedMail, applicantSignedMail, secretariatSignedMail } from './mails.ts';
import { fail, type Outcome, type SigningDeps } from './outcome.ts';

// The executive's side: the personal link is the only way to a signature. Whoever holds it
// sees the charter and may sign or decline, once, before it runs out.

type Db = Kysely<DB> | Transaction<DB>;

export type LinkState =
  | { kind: 'valid'; app: repo.ApplicationRow }
  | { kind: 'unknown' }
  | { kind: 'expired' }
  | { kind: 'answered'; signed: boolean; app: repo.ApplicationRow };

/** A renewal is approved the moment its executive signs: no one decided it. */
const renewedOnSigning = (app: repo.ApplicationRow) =>
  app.status === 'approved' && app.decided_by === null && app.decided_at === app.executive_answered_at;

async function linkState(db: Db, token: string): Promise<LinkState> {
  // Whatever arrives in the address is hashed first: no raw input ever reaches a query.
  const app = await repo.findApplicationByTokenHash(db, hashToken(token));
  if (!app) return { kind: 'unknown' };
  if (app.status !== 'awaiting_executive') {
    return app.executive_answered_at
      ? { kind: 'answered', signed: app.status !== 'declined', app }
      : { kind: 'unknown' };
  }
  if (!app.token_expires_at || app.token_expires_at <= now()) return { kind: 'expired' };
  return { kind: 'valid', app };
}

export interface ConfirmView {
  org: OrganisationProfile;
  applicantName: string;
  applicantEmail: string;
  executive: { name: string; title: string; email: string };
  expiresAt: string;
  /** The text shown, exactly as it will be hashed, and its SHA-256. */
  charter: Charter;
  textHash: string;
  /** Signing a newer version for an organisation that signed an earlier one (service-renewal.ts). */
  renewal: { from: number; to: number } | null;
}

export type Confirmation =
  | { kind: 'valid'; view: ConfirmView }
  | { kind: 'unknown' }
  | { kind: 'expired' }
  | { kind: 'answered'; signed: boolean; renewed: boolean; orgName: string };

/** What the executive sees behind their link, in the language of the page. */
export async function openConfirmation(db: Kysely<DB>, token: string, lang: Lang): Promise<Confirmation> {
  const state = await linkState(db, token);
  if (state.kind === 'answered') {
    const org = await organisationProfile(db, state.app.org_id);
    return { kind: 'answered', signed: state.signed, renewed: renewedOnSigning(state.app), orgName: org?.legalName ?? '' };
  }
  if (state.kind !== 'valid') return state;
  const { app } = state;
  const [org, charter, text] = await Promise.all([
    organisationProfile(db, app.org_id),
    charterFor(db, app.charter_version_id, lang),
    textToSign(db, app.charter_version_id, lang),
  ]);
  if (!org || !charter || !text) return { kind: 'unknown' };
  return {
    kind: 'valid',
    view: {
      org,
      applicantName: app.contact_name,
      applicantEmail: app.contact_email,
      executive: { name: app.executive_name, title: app.executive_title, email: app.executive_email },
      expiresAt: app.token_expires_at!,
      charter,
      textHash: text.sha256,
      renewal: isRenewal(org, charter.version) ? { from: org.charterVersion!, to: charter.version } : null,
    },
  };
}

export type LinkOutcome = Outcome<{ orgName: string }> | { ok: false; link: 'unknown' | 'expired' | 'answered' };

function linkProblem(state: LinkState): LinkOutcome | null {
  if (state.kind === 'valid') return null;
  return { ok: false, link: state.kind };
}

/** The signature given through the personal link: who signed, the exact text's language and hash, when. */
function onlineSignature(
  app: repo.ApplicationRow,
  signer: { signerName: string; signerTitle: string },
  text: { lang: string; sha256: string },
  signedAt: string,
) {
  return {
    id: newId(),
    org_id: app.org_id,
    application_id: app.id,
    charter_version_id: app.charter_version_id,
    signer_name: signer.signerName,
    signer_title: signer.signerTitle,
    signer_email: app.executive_email,
    lang: text.lang,
    text_hash: text.sha256,
    signed_at: signedAt,
  };
}

/** Whom to tell that the executive answered: the applicant while still an admin, and the secretariat. */
async function applicantAndSecretariat(db: Kysely<DB>, app: { applicant_user_id: string; org_id: string }) {
  const [applicant, secretariat, admins] = await Promise.all([
    contactsOf(db, [app.applicant_user_id]),
    secretariatContacts(db),
    adminUserIds(db, app.org_id),
  ]);
  return { applicant: admins.includes(app.applicant_user_id) ? (applicant[0] ?? null) : null, secretariat };
}

/**
 * The executive signs: the signature keeps their name, title, e-mail, the time, the charter
 * version, the language and the SHA-256 of the exact text they were shown. `shownHash` is the
 * hash the page carried: if the text changed in between, nothing is signed.
 */
export async function signAsExecutive(
  deps: SigningDeps,
  token: string,
  lang: Lang,
  input: { signerName: string; signerTitle: string; shownHash: string },
): Promise<LinkOutcome> {
  const { db, config } = deps;
  const before = await linkState(db, token);
  const problem = linkProblem(before);
  if (problem || before.kind !== 'valid') return problem!;
  const app = before.app;
  const [text, version, org, people] = await Promise.all([
    textToSign(db, app.charter_version_id, lang),
    versionById(db, app.charter_version_id),
    organisationProfile(db, app.org_id),
    applicantAndSecretariat(db, app),
  ]);
  if (!text || !version || !org) return fail({ _form: 'signing.error.noCharter' });
  if (text.sha256 !== input.shownHash) return fail({ _form: 'signing.error.textChanged' });
  const signedAt = now();
  if (isRenewal(org, version.version)) return signRenewal(deps, app, org, { ...input, signedAt, text, version: version.version });
  return db.transaction().execute(async (trx): Promise<LinkOutcome> => {
    const moved = await repo.moveApplication(trx, app.id, ['awaiting_executive'], {
      status: 'awaiting_review',
      executive_answered_at: signedAt,
      executive_name: input.signerName,
      executive_title: input.signerTitle,
    });
    if (!moved) return { ok: false, link: 'answered' };
    await repo.insertSignature(trx, onlineSignature(app, input, text, signedAt));
    await recordOrganisationEvent(trx, {
      orgId: app.org_id,
      kind: 'signed',
      at: signedAt,
      charterVersion: version.version,
    });
    await audit(trx, {
      actor: null,
      action: 'signing.executive_signed',
      subjectType: 'application',
      subjectId: app.id,
      details: {
        signerName: input.signerName,
        signerTitle: input.signerTitle,
        signerEmail: app.executive_email,
        lang: text.lang,
        textHash: text.sha256,
        charterVersion: version.version,
      },
    });
    const mail = { applicationId: app.id, orgName: org.legalName, signerName: input.signerName };
    if (people.applicant) await queueMail(trx, applicantSignedMail(config, people.applicant, mail));
    for (const person of people.secretariat) await queueMail(trx, secretariatSignedMail(config, person, mail));
    return { ok: true, value: { orgName: org.legalName } };
  });
}

/**
 * The executive signs a newer version for an organisation that signed an earlier one: approved
 * at once, and the organisation's charter version moves with it (its signing date does not).
 */
async function signRenewal(
  deps: SigningDeps,
  app: repo.ApplicationRow,
  org: OrganisationProfile,
  input: { signerName: string; signerTitle: string; signedAt: string; text: { lang: string; sha256: string }; version: number },
): Promise<LinkOutcome> {
  const { signedAt } = input;
  return deps.db.transaction().execute(async (trx): Promise<LinkOutcome> => {
    const moved = await repo.moveApplication(trx, app.id, ['awaiting_executive'], {
      status: 'approved',
      executive_answered_at: signedAt,
      decided_at: signedAt,
      decided_by: null,
      executive_name: input.signerName,
      executive_title: input.signerTitle,
    });
    if (!moved) return { ok: false, link: 'answered' };
    await repo.insertSignature(trx, onlineSignature(app, input, input.text, signedAt));
    // The organisation keeps the day it first signed; only the version it stands by changes.
    await markSignatory(trx, app.org_id, {
      signedAt: org.signedAt ?? signedAt,
      charterVersion: input.version,
      actor: app.applicant_user_id,
    });
    await recordOrganisationEvent(trx, { orgId: app.org_id, kind: 'resigned', at: signedAt, charterVersion: input.version });
    await audit(trx, {
      actor: null,
      action: 'signing.executive_resigned',
      subjectType: 'application',
      subjectId: app.id,
      details: {
        orgId: app.org_id,
        signerName: input.signerName,
        signerTitle: input.signerTitle,
        signerEmail: app.executive_email,
        lang: input.text.lang,
        textHash: input.text.sha256,
        charterVersion: input.version,
        before: org.charterVersion,
      },
    });
    return { ok: true, value: { orgName: org.legalName } };
  });
}

/** The executive declines; the applicant hears it, with the reason if one was given. */
export async function declineAsExecutive(
  deps: SigningDeps,
  token: string,
  reason: string | undefined,
): Promise<LinkOutcome> {
  const { db, config } = deps;
  const before = await linkState(db, token);
  const problem = linkProblem(before);
  if (problem || before.kind !== 'valid') return problem!;
  const app = before.app;
  const [org, people] = await Promise.all([organisationProfile(db, app.org_id), applicantAndSecretariat(db, app)]);
  const orgName = org?.legalName ?? '';
  const at = now();
  return db.transaction().execute(async (trx): Promise<LinkOutcome> => {
    const moved = await repo.moveApplication(trx, app.id, ['awaiting_executive'], {
      status: 'declined',
      executive_answered_at: at,
      decision_reason: reason ?? null,
    });
    if (!moved) return { ok: false, link: 'answered' };
    await audit(trx, {
      actor: null,
      action: 'signing.executive_declined',
      subjectType: 'application',
      subjectId: app.id,
      details: { reason: reason ?? null },
    });
    if (people.applicant) {
      await queueMail(
        trx,
        applicantDeclinedMail(config, people.applicant, {
          applicationId: app.id,
          orgName,
          executiveName: app.executive_name,
          reason: reason ?? null,
        }),
      );
    }
    return { ok: true, value: { orgName } };
  });
}
