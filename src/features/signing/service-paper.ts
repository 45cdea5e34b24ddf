import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { newId, now } from '../../platform/db/sql.ts';
import { audit } from '../../platform/audit/audit.ts';
import { promotePending } from '../../platform/files/storage.ts';
import type { Principal } from '../../platform/auth/principal.ts';
import { textToSign, versionByNumber } from '../charter/service.ts';
import {
  findByEnterpriseNumber,
  markSignatory,
  openApplicantOrganisation,
  recordOrganisationEvent,
  type OrganisationRef,
} from '../organisations/service-registration.ts';
import { toProfileInput } from '../organisations/profile-schema.ts';
import { lockOrganisation } from '../organisations/service.ts';
import { inviteFirstAdministrator } from '../organisations/service-invitations.ts';
import * as repo from './repository.ts';
import { isUniqueViolation, type SigningDeps } from './outcome.ts';
import type { Outcome as PlatformOutcome } from '../../platform/outcome.ts';
import { belgianDate } from '../../platform/i18n/format.ts';
import type { PaperInput } from './pages/paper/schema.ts';

// The paper route: an organisation signs the printed form (GET /:lang/sign/paper-form.pdf) and
// sends it in; the secretariat records it here. The organisation is then a signatory like any
// other, its public history says it signed on paper, and the scan stays with the secretariat.

/** A refusal the page explains with a link: the organisation already signed, or applies online now. */
export type PaperNotice =
  { kind: 'alreadySigned'; slug: string; name: string } | { kind: 'inProgress'; applicationId: string };

export type PaperOutcome<T> = PlatformOutcome<T, never, { notice?: PaperNotice }>;

const refuse = (
  errors: Record<string, string>,
  extra: { values?: Record<string, string | number>; notice?: PaperNotice } = {},
): PaperOutcome<never> => ({ ok: false, errors, ...extra });

class Refused extends Error {
  constructor(readonly outcome: PaperOutcome<never>) {
    super('paper signature refused');
  }
}

/** When the signature counts from: noon that day (the same day in Belgium), never later than now. */
function signedAtFor(date: string): string {
  const noon = `${date}T12:00:00.000Z`;
  const at = now();
  return noon > at ? at : noon;
}

/** Which organisation row to use: a new one, or an applicant, rejected or withdrawn one with the same number. */
async function checkOrganisation(
  trx: Transaction<DB>,
  deps: SigningDeps,
  input: PaperInput,
): Promise<{ existing: OrganisationRef | null; inviter: OrganisationRef | null }> {
  let inviter: OrganisationRef | null = null;
  if (input.invitedBy) {
    if (input.invitedBy === input.enterpriseNumber)
      throw new Refused(refuse({ invitedBy: 'signing.error.invitedBySelf' }));
    inviter = await findByEnterpriseNumber(trx, input.invitedBy);
    if (!inviter || inviter.status !== 'signatory')
      throw new Refused(refuse({ invitedBy: 'signing.error.invitedByUnknown' }));
  }
  const existing = await findByEnterpriseNumber(trx, input.enterpriseNumber);
  if (!existing) return { existing, inviter };
  if (existing.status === 'signatory') {
    throw new Refused(
      refuse(
        { enterpriseNumber: 'signing.paper.error.alreadySigned' },
        { notice: { kind: 'alreadySigned', slug: existing.slug, name: existing.legalName } },
      ),
    );
  }
  await lockOrganisation(trx, deps.dialect, existing.id);
  const running = await repo.applicationInProgress(trx, existing.id);
  if (running) {
    throw new Refused(
      refuse(
        { enterpriseNumber: 'signing.paper.error.inProgress' },
        { notice: { kind: 'inProgress', applicationId: running.id } },
      ),
    );
  }
  return { existing, inviter };
}

/**
 * Records a signature given on paper, in one transaction: the organisation (new, or the same row
 * re-opened), an application already decided, the signature (method "paper", the charter
 * version, the SHA-256 of the text in force in the form's language, the scan, who recorded it),
 * the organisation as a signatory through the organisations service, its public history
 * ("signed on paper", then "approved") and one audit line. The scan waits in the pending folder
 * (it survives a refused form) and moves to the scans folder as the transaction's last step.
 */
export async function recordPaperSignature(
  deps: SigningDeps,
  principal: Principal,
  input: PaperInput,
  scan: { pendingName: string },
): Promise<PaperOutcome<{ applicationId: string; slug: string; invited: boolean }>> {
  const { db, config } = deps;
  if (!principal.isSecretariat) return refuse({ _form: 'signing.error.notReviewable' });
  const version = await versionByNumber(db, input.charterVersion);
  if (!version || version.status === 'draft' || !version.publishedAt)
    return refuse({ charterVersion: 'signing.paper.error.version' });
  const inForce = belgianDate(version.publishedAt);
  if (input.signedOn < inForce)
    return refuse({ signedOn: 'signing.paper.error.beforeVersion' }, { values: { version: version.version } });
  const text = await textToSign(db, version.id, input.formLang);
  if (!text) return refuse({ _form: 'signing.error.noCharter' });

  const scanFile = scan.pendingName;
  const at = now();
  const signedAt = signedAtFor(input.signedOn);
  const applicationId = newId();
  const signatureId = newId();
  try {
    const recorded = await db.transaction().execute(async (trx) => {
      const { existing, inviter } = await checkOrganisation(trx, deps, input);
      // Separation of duties, as in the online review: nobody records a signature for an
      // organisation they belong to.
      if (existing && principal.memberships.some((m) => m.orgId === existing.id))
        throw new Refused(refuse({ _form: 'signing.error.ownInterest' }));
      const { org } = await openApplicantOrganisation(
        trx,
        {
          enterpriseNumber: input.enterpriseNumber,
          profile: toProfileInput(input),
          logoFile: null,
          invitedByOrgId: inviter?.id ?? null,
          applicantUserId: principal.userId,
          asAdmin: false,
        },
        existing?.id ?? null,
      );
      // The paper form is the application; the secretariat that records it has decided it.
      await repo.insertApplication(trx, {
        id: applicationId,
        org_id: org.id,
        status: 'approved',
        applicant_user_id: principal.userId,
        contact_name: principal.name,
        contact_email: principal.email,
        executive_name: input.executiveName,
        executive_title: input.executiveTitle,
        executive_email: '',
        executive_lang: text.lang,
        charter_version_id: version.id,
        token_hash: null,
        token_expires_at: null,
        submitted_at: at,
        executive_answered_at: signedAt,
        decided_at: at,
        decided_by: principal.userId,
        decision_reason: null,
        info_request: null,
        updated_at: at,
      });
      await repo.insertSignature(trx, {
        id: signatureId,
        org_id: org.id,
        application_id: applicationId,
        charter_version_id: version.id,
        signer_name: input.executiveName,
        signer_title: input.executiveTitle,
        signer_email: '',
        lang: text.lang,
        text_hash: text.sha256,
        signed_at: signedAt,
        method: 'paper',
        scan_file: scanFile,
        recorded_by: principal.userId,
      });
      await deps.events.emit({ trx, dialect: deps.dialect }, 'signing:applied', {
        orgId: org.id,
        invitedByOrgId: inviter?.id ?? null,
        referralToken: null,
      });
      await recordOrganisationEvent(trx, {
        orgId: org.id,
        kind: 'signed_on_paper',
        at: signedAt,
        charterVersion: version.version,
      });
      await markSignatory(trx, org.id, {
        signedAt,
        charterVersion: version.version,
        actor: principal.userId,
        via: 'paper',
      });
      await deps.events.emit({ trx, dialect: deps.dialect }, 'signing:signed', { orgId: org.id });
      await recordOrganisationEvent(trx, { orgId: org.id, kind: 'approved', at, charterVersion: version.version });
      // Nobody applied online to administer the organisation: the contact person on the form is invited to.
      const contact = input.contactEmail
        ? await inviteFirstAdministrator(trx, deps, principal, org.id, input.contactEmail, input.formLang)
        : { invited: false };
      await audit(trx, {
        actor: principal.userId,
        action: 'signing.paper_signature_recorded',
        subjectType: 'application',
        subjectId: applicationId,
        details: {
          orgId: org.id,
          signatureId,
          charterVersion: version.version,
          lang: text.lang,
          textHash: text.sha256,
          signedAt,
        },
      });
      // Last, so that a refusal above leaves the scan waiting in the form: moved only when all is well.
      if (!(await promotePending(config.dataDir, principal.userId, 'scans', scanFile)))
        throw new Refused(refuse({ scan: 'signing.paper.error.scanGone' }));
      return { slug: org.slug, invited: contact.invited };
    });
    return { ok: true, value: { applicationId, ...recorded } };
  } catch (err) {
    if (err instanceof Refused) return err.outcome;
    // Someone recorded or applied for the same number at this very moment.
    if (isUniqueViolation(err)) return refuse({ enterpriseNumber: 'signing.paper.error.inProgressNow' });
    throw err;
  }
}

/** The scan of a paper signature, for the secretariat: the stored file's name, or null. */
export async function paperScanOf(deps: SigningDeps, signatureId: string): Promise<string | null> {
  if (!repo.isId(signatureId)) return null;
  const row = await repo.findSignature(deps.db, signatureId);
  // An erased signature's scan is gone, even while its file waits for housekeeping to delete it.
  return row?.method === 'paper' && row.scan_file && !row.erased_at ? row.scan_file : null;
}
