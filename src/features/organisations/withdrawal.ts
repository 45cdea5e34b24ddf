import type { Transaction } from 'kysely';
import { contactsOf, secretariatContacts } from '../accounts/service.ts';
import type { DB } from '../../platform/db/schema.ts';
import { newId, now } from '../../platform/db/sql.ts';
import { audit } from '../../platform/audit/audit.ts';
import type { Principal } from '../../platform/auth/principal.ts';
import { composeMail } from '../../platform/mail/compose.ts';
import { queueMail } from '../../platform/mail/mailer.ts';
import { DEFAULT_LANG, isLang } from '../../platform/i18n/i18n.ts';
import * as repo from './repository.ts';
import type { EventBus } from '../../platform/events.ts';
import { fail, isAdmin, ok, type Outcome, type ServiceDeps } from './service.ts';

// An organisation withdraws from the charter: its status changes, the public history keeps
// the withdrawal and its reason, and the secretariat and the organisation's administrators
// hear about it by mail, each in their own language.

export const WITHDRAWAL_REASON_MAX = 2000;

export async function withdrawFromCharter(
  deps: ServiceDeps & { events: EventBus },
  actor: Principal,
  orgId: string,
  reason: string,
): Promise<Outcome<null, 'notFound' | 'forbidden' | 'notSignatory'>> {
  return deps.db.transaction().execute(async (trx) => {
    const org = await repo.lockOrganisation(trx, deps.dialect, orgId);
    if (!org) return fail('notFound');
    if (!(await isAdmin(trx, orgId, actor.userId))) return fail('forbidden');
    if (org.status !== 'signatory') return fail('notSignatory');
    const at = now();
    await repo.setStatus(trx, orgId, 'withdrawn', at);
    await repo.insertEvent(trx, {
      id: newId(),
      org_id: orgId,
      at,
      kind: 'withdrawn',
      note: reason,
      charter_version: org.charter_version,
    });
    await audit(trx, {
      actor: actor.userId,
      action: 'organisations.charter_withdrawn',
      subjectType: 'organisation',
      subjectId: orgId,
      details: { reason, from: org.status },
    });
    await tellEveryone(trx, deps, { orgId, orgName: org.legal_name, actorName: actor.name, reason });
    await deps.events.emit({ trx, dialect: deps.dialect }, 'organisations:withdrawn', { orgId, at });
    return ok(null);
  });
}

async function tellEveryone(
  trx: Transaction<DB>,
  deps: ServiceDeps,
  w: { orgId: string; orgName: string; actorName: string; reason: string },
): Promise<void> {
  const values = { org: w.orgName, actor: w.actorName, reason: w.reason };
  const secretariat = await secretariatContacts(trx);
  const told = new Set<string>();
  for (const person of secretariat) {
    const lang = isLang(person.locale) ? person.locale : DEFAULT_LANG;
    told.add(person.email);
    await queueMail(
      trx,
      composeMail(person.email, lang, {
        subject: 'organisations.mail.withdrawn.subject',
        paragraphs: ['organisations.mail.withdrawn.secretariat', 'organisations.mail.withdrawn.reason'],
        action: {
          label: 'organisations.mail.withdrawn.secretariatAction',
          url: `${deps.config.baseUrl}/${lang}/secretariat/organisations/${w.orgId}`,
        },
        values,
      }),
    );
  }
  for (const person of await contactsOf(trx, await repo.adminIds(trx, w.orgId))) {
    if (told.has(person.email)) continue;
    const lang = isLang(person.locale) ? person.locale : DEFAULT_LANG;
    await queueMail(
      trx,
      composeMail(person.email, lang, {
        subject: 'organisations.mail.withdrawn.subject',
        paragraphs: [
          'organisations.mail.withdrawn.admins',
          'organisations.mail.withdrawn.reason',
          'organisations.mail.withdrawn.mistake',
        ],
        action: {
          label: 'organisations.mail.withdrawn.adminsAction',
          url: `${deps.config.baseUrl}/${lang}/organisations/${w.orgId}`,
        },
        values,
      }),
    );
  }
}
