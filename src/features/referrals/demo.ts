import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { DemoPages, DemoPeople } from '../../platform/feature.ts';
import { addMs, now } from '../../platform/db/sql.ts';
import { LANGS } from '../../platform/i18n/i18n.ts';
import { brusselsYear, publicInviteesOf, wholeSelection } from '../organisations/service-directory.ts';
import { adminUserIds } from '../organisations/service-registration.ts';
import * as repo from './repository.ts';
import { newReferral } from './service.ts';
import { rebuildTotals } from './service-track.ts';

// The referrals' demo (`seed --demo`): every signatory with an administrator has invitations in
// every state (a link just made, an e-mail opened, one applied with, one signed), and every
// organisation the demo's "invited by" links brought in is credited to its inviter, so the
// profiles, the space and the chain agree. The page sweep opens a live link of the demo admin's.

const DAY = 86_400_000;

const NAMES = ['Buurthuis De Brug vzw', 'Bibliothèque de Namur', 'Sozialzentrum Eupen', 'Codeklas Gent'];

export async function demo(db: Kysely<DB>): Promise<void> {
  const everyone = {
    q: null,
    sector: null,
    region: null,
    language: null,
    year: null,
    includeWithdrawn: true,
    sort: 'name' as const,
  };
  const orgs = await wholeSelection(db, everyone);
  const signedAt = new Map(orgs.map((o) => [o.id, o.signed_at]));
  const invitees = await publicInviteesOf(
    db,
    orgs.map((o) => o.id),
  );
  const base = Date.now();
  await db.transaction().execute(async (trx) => {
    for (const invitee of invitees) {
      const at = signedAt.get(invitee.id) ?? now();
      await repo.insertCredit(trx, {
        inviter_org_id: invitee.invited_by_org_id!,
        invitee_org_id: invitee.id,
        credited_at: at,
        year: brusselsYear(at),
      });
    }
    let n = 0;
    for (const org of orgs.filter((o) => o.status === 'signatory')) {
      const userId = (await adminUserIds(trx, org.id))[0];
      if (!userId) continue;
      const brought = invitees.find((i) => i.invited_by_org_id === org.id);
      const day = (d: number) => new Date(base - d * DAY).toISOString();
      const lang = LANGS[n % LANGS.length]!;
      const email = (name: string, person: string) => ({
        kind: 'email' as const,
        invitee_name: name,
        recipient_name: person,
        recipient_email: `contact${n}@${name.toLowerCase().replace(/[^a-z]+/g, '-')}.example`,
        recipient_lang: lang,
        message: null,
      });
      const link = (name: string | null) => ({
        kind: 'link' as const,
        invitee_name: name,
        recipient_name: null,
        recipient_email: null,
        recipient_lang: null,
        message: null,
      });
      const sent = newReferral(org.id, userId, day(2), link(NAMES[n % NAMES.length]!));
      const opened = {
        ...newReferral(org.id, userId, day(20), email(NAMES[(n + 1) % NAMES.length]!, 'Els Janssens')),
        state: 'opened' as const,
        first_opened_at: day(18),
        open_count: 2,
      };
      const applied = {
        ...newReferral(org.id, userId, day(60), email(NAMES[(n + 2) % NAMES.length]!, 'Luc Dubois')),
        state: 'applied' as const,
        first_opened_at: day(58),
        open_count: 1,
        applied_at: day(57),
      };
      const rows = [sent, opened, applied];
      if (brought) {
        const at = signedAt.get(brought.id) ?? day(30);
        const created = addMs(at, -10 * DAY);
        rows.push({
          ...newReferral(org.id, userId, created, link(brought.legal_name)),
          state: 'signed' as const,
          first_opened_at: addMs(created, DAY),
          open_count: 1,
          applied_at: addMs(created, 2 * DAY),
          applied_org_id: brought.id,
          signed_at: at,
        });
      }
      await repo.insertReferrals(trx, rows);
      n++;
    }
    await rebuildTotals(trx);
  });
}

/** A live link of the demo admin's organisation, for the page its recipients open. */
export async function demoPages(db: Kysely<DB>, people: DemoPeople): Promise<DemoPages> {
  const admin = people['org-admin'];
  const orgId = admin.memberships[0]?.orgId;
  if (!orgId) throw new Error('The demo organisation admin belongs to no organisation');
  const row = newReferral(orgId, admin.userId, now(), {
    kind: 'link',
    invitee_name: 'Buurthuis De Brug vzw',
    recipient_name: null,
    recipient_email: null,
    recipient_lang: null,
    message: null,
  });
  await repo.insertReferral(db, row);
  return { tokens: { '/:lang/join/:token': row.token } };
}
