import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { ScaleSignatory } from '../../platform/feature.ts';
import { brusselsYear } from '../organisations/service-directory.ts';
import * as repo from './repository.ts';
import { newReferral } from './service.ts';

// `seed --scale N`'s invitations: a small share of the new signatories (one in five) made a
// link to share some days after signing, and half of those links were opened; written in bulk,
// with the yearly counts the writes would have kept.

const DAY = 86_400_000;
const SHARE = 5;

export async function seedScaleReferrals(db: Kysely<DB>, signatories: readonly ScaleSignatory[]): Promise<void> {
  const rows = signatories
    .filter((_, i) => i % SHARE === 0)
    .map((org, i) => {
      const at = new Date(Math.min(Date.parse(org.signedAt) + 7 * DAY, Date.now())).toISOString();
      const row = newReferral(org.id, org.adminUserId, at, {
        kind: 'link',
        invitee_name: null,
        recipient_name: null,
        recipient_email: null,
        recipient_lang: null,
        message: null,
      });
      return i % 2 === 0 ? { ...row, state: 'opened' as const, first_opened_at: at, open_count: 1 } : row;
    });
  await db.transaction().execute(async (trx) => {
    await repo.insertReferrals(trx, rows);
    for (const r of rows) {
      const year = brusselsYear(r.created_at);
      await repo.bump(trx, r.org_id, year, 'sent');
      if (r.first_opened_at) await repo.bump(trx, r.org_id, year, 'opened');
    }
  });
}
