import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Dialect } from '../../platform/db/database.ts';
import { addMs, newId, now } from '../../platform/db/sql.ts';
import { audit } from '../../platform/audit/audit.ts';
import { newToken } from '../../platform/auth/tokens.ts';
import { queueMail } from '../../platform/mail/mailer.ts';
import { consume } from '../../platform/http/rate-limit.ts';
import { promotePending, removeStored } from '../../platform/files/storage.ts';
import type { Principal } from '../../platform/auth/principal.ts';
import { currentVersion, textToSign } from '../charter/service.ts';
import {
  adminUserIds,
  findByEnterpriseNumber,
  findSignatoryBySlug,
  openApplicantOrganisation,
  recordOrganisationEvent,
  type OrganisationRef,
} from '../organisations/service-registration.ts';
import { toProfileInput } from '../organisations/profile-schema.ts';
import { lockOrganisation } from '../organisations/service.ts';
import * as repo from './repository.ts';
import { applicantReceivedMail, executiveInviteMail } from './mails.ts';
import { DAY, fail, isUniqueViolation, TOKEN_MS, type Outcome, type SigningDeps } from './outcome.ts';
import type { ApplyInput } from './pages/apply/schema.ts';

const subject = (id: string) => ({ subjectType: 'application', subjectId: id });

// ---- sending the application

/** The signatory that invited this organisation, by its public slug (from ?invitedBy=). */
export function inviterBySlug(db: Kysely<DB>, slug: string): Promise<OrganisationRef | null> {
  return findSignatoryBySlug(db, slug);
}

const APPLICATIONS_PER_DAY = 10;
/** The refusal once the day's applications are used up; the page answers 429 Too Many Requests. */
export const TOO_MANY_APPLICATIONS = 'signing.error.tooManyApplications';

class Refused extends Error {
  constructor(readonly outcome: Outcome<never>) {
    super('application refused');
  }
}

interface Checked {
  existing: OrganisationRef | null;
  inviter: OrganisationRef | null;
}

/** The rules about who may apply for which number; run inside the transaction that applies. */
async function checkApplication(
  trx: Transaction<DB>,
  dialect: Dialect,
  principal: Principal,
  input: ApplyInput,
): Promise<Outcome<Checked>> {
  let inviter: OrganisationRef | null = null;
  if (input.invitedBy) {
    if (input.invitedBy === input.enterpriseNumber) return fail({ invitedBy: 'signing.error.invitedBySelf' });
    inviter = await findByEnterpriseNumber(trx, input.invitedBy);
    if (!inviter || inviter.status !== 'signatory') return fail({ invitedBy: 'signing.error.invitedByUnknown' });
  }
  const existing = await findByEnterpriseNumber(trx, input.enterpriseNumber);
  if (!existing) return { ok: true, value: { existing, inviter } };
  if (existing.status === 'signatory') {
    return fail(
      { enterpriseNumber: 'signing.error.alreadySigned' },
      { notice: { kind: 'alreadySigned', slug: existing.slug, name: existing.legalName } },
    );
  }
  await lockOrganisation(trx, dialect, existing.id);
  const running = await repo.applicationInProgress(trx, existing.id);
  if (running) {
    // The link to the running application only for someone who may open it (a current admin).
    const mine = principal.memberships.some((m) => m.orgId === existing.id && m.role === 'admin');
    return fail(
      { enterpriseNumber: 'signing.error.inProgress' },
      { notice: { kind: 'inProgress', applicationId: mine ? running.id : null } },
    );
  }
  // Someone already looks after this organisation here: they apply again, or add this person first.
  const admins = await adminUserIds(trx, existing.id);
  if (admins.length > 0 && !admins.includes(principal.userId))
    return fail({ enterpriseNumber: 'signing.error.hasAdmins' });
  return { ok: true, value: { existing, inviter } };
}

/**
 * Sends an application: in one transaction the organisation (new, or the same row re-opened),
 * its profile, the applicant as administrator, the application with the executive's personal
 * link, the public "applied" event, the audit lines and both mails. The draft goes too.
 */
export async function submitApplication(
  deps: SigningDeps,
  principal: Principal,
  input: ApplyInput,
  logo: { pendingName: string | null },
): Promise<Outcome<{ applicationId: string }>> {
  const { db, config } = deps;
  if (!principal.emailVerified) return fail({ _form: 'signing.apply.notVerified.title' });
  const charter = await currentVersion(db);
  const charterText = charter ? await textToSign(db, charter.id, input.executiveLang) : null;
  if (!charter || !charterText) return fail({ _form: 'signing.error.noCharter' });

  // Each application mails an address the applicant typed: a ceiling keeps the form from being a mail cannon.
  // Checked before the logo moves, so a refused application keeps its logo aside for tomorrow.
  const limit = await consume(db, `signing:apply:${principal.userId}`, APPLICATIONS_PER_DAY, DAY);
  if (!limit.allowed) return fail({ _form: TOO_MANY_APPLICATIONS }, { retryAfter: limit.retryAfter });
  // The logo moves out of the pending folder first: a file is not part of the transaction.
  let logoFile: string | null = null;
  if (logo.pendingName) {
    if (!(await promotePending(config.dataDir, principal.userId, 'logos', logo.pendingName)))
      return fail({ logo: 'signing.profile.logo.error.gone' });
    logoFile = logo.pendingName;
  }
  const { token, hash } = newToken();
  const at = now();
  const applicationId = newId();
  try {
    const outcome = await db.transaction().execute(async (trx): Promise<Outcome<{ replacedLogo: string | null }>> => {
      const checked = await checkApplication(trx, deps.dialect, principal, input);
      // A refusal rolls back everything the checks touched (the row lock's timestamp included).
      if (!checked.ok) throw new Refused(checked);
      const { org, replacedLogo } = await openApplicantOrganisation(
        trx,
        {
          enterpriseNumber: input.enterpriseNumber,
          profile: toProfileInput(input),
          logoFile,
          invitedByOrgId: checked.value.inviter?.id ?? null,
          applicantUserId: principal.userId,
        },
        checked.value.existing?.id ?? null,
      );
      await repo.insertApplication(trx, {
        id: applicationId,
        org_id: org.id,
        status: 'awaiting_executive',
        applicant_user_id: principal.userId,
        contact_name: principal.name,
        contact_email: principal.email,
        executive_name: input.executiveName,
        executive_title: input.executiveTitle,
        executive_email: input.executiveEmail,
        executive_lang: input.executiveLang,
        charter_version_id: charter.id,
        token_hash: hash,
        token_expires_at: addMs(at, TOKEN_MS),
        submitted_at: at,
        executive_answered_at: null,
        decided_at: null,
        decided_by: null,
        decision_reason: null,
        info_request: null,
        updated_at: at,
      });
      await recordOrganisationEvent(trx, { orgId: org.id, kind: 'applied', at, charterVersion: charter.version });
      await deps.events.emit({ trx, dialect: deps.dialect }, 'signing:applied', {
        orgId: org.id,
        invitedByOrgId: checked.value.inviter?.id ?? null,
        referralToken: input.referral ?? null,
      });
      await audit(trx, {
        actor: principal.userId,
        action: 'signing.application_sent',
        ...subject(applicationId),
        details: {
          orgId: org.id,
          enterpriseNumber: org.enterpriseNumber,
          executiveEmail: input.executiveEmail,
          charterVersion: charter.version,
        },
      });
      await queueMail(
        trx,
        executiveInviteMail(config, {
          executive: { name: input.executiveName, email: input.executiveEmail, lang: input.executiveLang },
          orgName: org.legalName,
          applicantName: principal.name,
          applicantEmail: principal.email,
          token,
          expiresAt: addMs(at, TOKEN_MS),
          charterText: charterText.text,
        }),
      );
      await queueMail(
        trx,
        applicantReceivedMail(config, principal, {
          applicationId,
          orgName: org.legalName,
          executiveName: input.executiveName,
        }),
      );
      await repo.deleteDraft(trx, principal.userId);
      return { ok: true, value: { replacedLogo } };
    });
    if (outcome.ok) await removeStored(config.dataDir, 'logos', outcome.value.replacedLogo);
    return { ok: true, value: { applicationId } };
  } catch (err) {
    await removeStored(config.dataDir, 'logos', logoFile);
    if (err instanceof Refused) return err.outcome;
    // Two people sent the same enterprise number at the same moment: the second hears it is in progress.
    if (isUniqueViolation(err))
      return fail(
        { enterpriseNumber: 'signing.error.inProgress' },
        { notice: { kind: 'inProgress', applicationId: null } },
      );
    throw err;
  }
}
