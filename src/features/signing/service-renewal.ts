import type { Transaction } from 'kysely';
import type { Config } from '../../config.ts';
import type { DB } from '../../platform/db/schema.ts';
import { addMs, newId, now } from '../../platform/db/sql.ts';
import { audit } from '../../platform/audit/audit.ts';
import { newToken } from '../../platform/auth/tokens.ts';
import { queueMail } from '../../platform/mail/mailer.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import { textToSign, type TextToSign } from '../charter/service.ts';
import { contactsOf } from '../accounts/service.ts';
import { adminUserIds, organisationRefs, type OrganisationProfile } from '../organisations/service-registration.ts';
import * as repo from './repository.ts';
import { langOf, renewalInviteMail, renewalNeedsExecutiveMail } from './mails.ts';
import { TOKEN_MS } from './outcome.ts';

// Signing a new charter version again (ADR 0037). When a new version is put in force, every
// signatory gets an application for it, waiting for its executive: the person who signed for it
// last, through the same personal link as at signing. Signing it needs no review (the
// organisation was reviewed when it joined): the organisation's charter version moves at once.
// Until then the organisation stays listed with the version it signed.

export interface RenewalsOpened {
  /** Executives who were sent a personal link. */
  sent: number;
  /** Signatories whose last signature holds no address (on paper, or erased): their
   * administrators name the executive on the application's page, which sends the link. */
  withoutAddress: number;
}

/** An application for a signatory organisation, to a newer version than it signed, is a renewal. */
export function isRenewal(org: Pick<OrganisationProfile, 'status' | 'charterVersion'>, version: number): boolean {
  return org.status === 'signatory' && org.charterVersion !== null && org.charterVersion < version;
}

/**
 * Opens a renewal for every signatory, in the caller's transaction (the publication of the new
 * version): an application waiting for the executive, and the mail with their personal link.
 */
export async function openRenewals(
  trx: Transaction<DB>,
  config: Config,
  opts: { versionId: string; version: number; actor: { userId: string; name: string; email: string } },
): Promise<RenewalsOpened> {
  const signatures = await repo.approvedSignaturesByOrganisation(trx);
  const latest = new Map<string, (typeof signatures)[number]>();
  for (const s of signatures) if (!latest.has(s.org_id)) latest.set(s.org_id, s);
  const orgs = await organisationRefs(trx, [...latest.keys()]);
  const texts = new Map<Lang, TextToSign | null>();
  const textIn = async (lang: Lang) => {
    if (!texts.has(lang)) texts.set(lang, await textToSign(trx, opts.versionId, lang));
    return texts.get(lang)!;
  };
  const at = now();
  const expiresAt = addMs(at, TOKEN_MS);
  const opened: RenewalsOpened = { sent: 0, withoutAddress: 0 };
  for (const [orgId, signature] of latest) {
    const org = orgs.get(orgId);
    if (!org || org.status !== 'signatory') continue;
    const email = signature.erased_at ? '' : signature.signer_email;
    const lang = langOf(signature.lang);
    const link = email ? newToken() : null;
    const id = newId();
    await repo.insertApplication(trx, {
      id,
      org_id: orgId,
      status: 'awaiting_executive',
      applicant_user_id: opts.actor.userId,
      contact_name: opts.actor.name,
      contact_email: opts.actor.email,
      executive_name: signature.erased_at ? '' : signature.signer_name,
      executive_title: signature.erased_at ? '' : signature.signer_title,
      executive_email: email,
      executive_lang: lang,
      charter_version_id: opts.versionId,
      token_hash: link?.hash ?? null,
      token_expires_at: link ? expiresAt : null,
      submitted_at: at,
      executive_answered_at: null,
      decided_at: null,
      decided_by: null,
      decision_reason: null,
      info_request: null,
      erased_at: null,
      updated_at: at,
    });
    await audit(trx, {
      actor: opts.actor.userId,
      action: 'signing.renewal_opened',
      subjectType: 'application',
      subjectId: id,
      details: { orgId, version: opts.version, linkSent: link !== null },
    });
    const text = await textIn(lang);
    if (!link || !text) {
      opened.withoutAddress++;
      // Its administrators name the executive on the application's page, which sends the link.
      const admins = await contactsOf(trx, await adminUserIds(trx, orgId));
      for (const admin of admins)
        await queueMail(trx, renewalNeedsExecutiveMail(config, admin, { applicationId: id, orgName: org.legalName, version: opts.version }));
      continue;
    }
    await queueMail(
      trx,
      renewalInviteMail(config, {
        executive: { name: signature.signer_name, email, lang },
        orgName: org.legalName,
        version: opts.version,
        token: link.token,
        expiresAt,
        charterText: text.text,
      }),
    );
    opened.sent++;
  }
  return opened;
}
