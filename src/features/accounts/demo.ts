import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { DemoPages, DemoPeople } from '../../platform/feature.ts';
import type { TokenKind } from './accounts.table.ts';
import { createToken } from './repository.ts';

const DAY = 24 * 3600_000;

/**
 * The page sweep's way into the pages people reach from a mail: live links to reset a
 * password, verify an address or confirm a new one, and the first-start set-up. The demo has a
 * secretariat, so the set-up link is spent: the sweep checks the page that says so (410).
 */
export async function demoPages(db: Kysely<DB>, people: DemoPeople): Promise<DemoPages> {
  const member = people['org-member'].userId;
  const link = (kind: TokenKind, userId: string | null, payload: Record<string, string> = {}) =>
    createToken(db, { kind, userId, payload, ttlMs: DAY });
  return {
    tokens: {
      '/:lang/reset-password/:token': await link('reset_password', member, { email: 'member@example.org' }),
      '/:lang/verify-email/:token': await link('verify_email', member, { email: 'member@example.org' }),
      '/:lang/confirm-email/:token': await link('change_email', member, { email: 'member.new@example.org' }),
      '/:lang/setup/:token': await link('setup_admin', null),
    },
    status: { '/:lang/setup/:token': 410 },
  };
}
