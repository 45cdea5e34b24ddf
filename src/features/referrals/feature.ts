import type { Feature } from '../../platform/feature.ts';
import { routes } from './routes.tsx';
import { migrations } from './migrations/index.ts';
import { commitments } from './service-read.ts';
import { onApplied, onSigned, rebuildTotals } from './service-track.ts';
import { demo, demoPages } from './demo.ts';
import { forgetRecipients } from './retention.ts';
import { seedScaleReferrals } from './seed-scale.ts';
import { REFERRALS_CONTENT } from './repository.ts';

/**
 * Invitations between organisations (issue 8, commitment 5: promote the charter and bring in new
 * signatories): a link to share or an e-mail, followed from sent to signed, and the inviter
 * credited. "Referrals", since "invitations" are people asked into a team (organisations).
 */
export const referrals: Feature = {
  name: 'referrals',
  contents: [REFERRALS_CONTENT],
  routes,
  migrations,
  tables: ['referrals', 'referral_credits'],
  // Counted from the invitations and the credits by the writes; a restore rebuilds them.
  notBackedUp: ['referral_totals'],
  afterRestore: rebuildTotals,
  // An e-mail invitation's recipient is kept a year (retention.ts).
  housekeeping: async (db) => {
    await forgetRecipients(db);
  },
  events: {
    'signing:applied': async ({ trx }, event) => onApplied(trx, event),
    'signing:signed': async ({ trx }, event) => onSigned(trx, event),
  },
  commitments,
  demo,
  demoPages,
  // One signatory in five made a link to share (seed --scale N).
  scale: seedScaleReferrals,
};
